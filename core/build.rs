//! Embeds the JavaScript builtin modules under `js/` (see build_modules.rs) into the binary:
//! all of them, or with the `lazy-modules` feature (the browser package) only the boot set,
//! and the ids of all of them either way.

// `lazy_bundle` is for xtask.
#[allow(dead_code)]
#[path = "build_modules.rs"]
mod build_modules;
#[path = "build_strip.rs"]
mod build_strip;

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let js = manifest.join("js");
    let lazy = std::env::var_os("CARGO_FEATURE_LAZY_MODULES").is_some();
    println!("cargo:rerun-if-changed=js");
    println!("cargo:rerun-if-changed=build_strip.rs");
    println!("cargo:rerun-if-changed=build_modules.rs");
    let files = build_modules::collect(&js);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let mut src = String::from(
        "/// (id, source) of every embedded module.\npub(crate) static MODULES: &[(&str, &str)] = &[\n",
    );
    let mut ids = String::from(
        "/// Ids of every builtin module, embedded or not.\npub(crate) static MODULE_IDS: &[&str] = &[\n",
    );
    for (id, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(ids, "    {id:?},");
        if lazy && !build_modules::BOOT.contains(&id.as_str()) {
            continue;
        }
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
    ids.push_str("];\n");
    let _ = writeln!(
        src,
        "/// The modules every run loads.\npub(crate) static BOOT_IDS: &[&str] = &{:?};",
        build_modules::BOOT
    );
    src.push_str(&ids);
    let out = out_dir.join("modules.rs");
    if let Err(e) = std::fs::write(&out, src) {
        panic!("cannot write {}: {e}", out.display());
    }
}
