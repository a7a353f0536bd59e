//! Embeds every JavaScript module under `js/` (except `js/test/`) into the binary: the id of
//! `js/internal/timers.js` is `internal/timers`.

#[path = "build_strip.rs"]
mod build_strip;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::path);
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "test") {
                continue;
            }
            collect(&p, base, out);
        } else if p.extension().is_some_and(|x| x == "js") {
            let rel = p.strip_prefix(base).unwrap_or(&p).with_extension("");
            let id = rel.to_string_lossy().replace('\\', "/");
            out.push((id, p));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let js = manifest.join("js");
    println!("cargo:rerun-if-changed=js");
    let mut files = Vec::new();
    collect(&js, &js, &mut files);
    let mut src = String::from("/// (id, source) of every embedded module.\npub(crate) static MODULES: &[(&str, &str)] = &[\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    for (id, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let stripped = out_dir.join("js").join(format!("{id}.js"));
        if let Some(dir) = stripped.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Err(e) = std::fs::write(&stripped, build_strip::strip_js(&text)) {
            panic!("cannot write {}: {e}", stripped.display());
        }
        let _ = writeln!(
            src,
            "    ({id:?}, include_str!({:?})),",
            stripped.display().to_string()
        );
    }
    src.push_str("];\n");
    println!("cargo:rerun-if-changed=build_strip.rs");
    let out = out_dir.join("modules.rs");
    if let Err(e) = std::fs::write(&out, src) {
        panic!("cannot write {}: {e}", out.display());
    }
}
