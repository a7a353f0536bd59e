//! Which builtin modules the runtime carries inside its binary, shared by core/build.rs (which
//! embeds them) and xtask (which writes the browser package's bundle of the others).
//!
//! Every module under core/js (except js/test) is a builtin; the id of
//! `js/internal/timers.js` is `internal/timers`. The native binary embeds all of them. The
//! browser package embeds only [`BOOT`], the modules every run loads, and fetches the rest as
//! one JSON bundle the first time a program requires one of them: most snippets never do, and
//! the runtime wasm stays small (the issue's size budget).

use std::path::{Path, PathBuf};

/// The modules every run loads (bootstrap, console, timers, events, errors, globals): always
/// embedded. The tests' `boot_modules_cover_a_plain_run` checks that a plain event-loop program
/// needs nothing else but `internal/inspect`, which loads only once there is an object, function
/// or placeholder string to format (console.log of strings and numbers does without it).
pub const BOOT: &[&str] = &[
    "events",
    "internal/bootstrap",
    "internal/console",
    "internal/errors",
    "internal/globals",
    "internal/timers",
];

/// (id, path) of every builtin module under `js`, sorted by path.
pub fn collect(js: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    collect_dir(js, js, &mut out);
    out
}

fn collect_dir(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
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
            collect_dir(&p, base, out);
        } else if p.extension().is_some_and(|x| x == "js") {
            let rel = p.strip_prefix(base).unwrap_or(&p).with_extension("");
            let id = rel.to_string_lossy().replace('\\', "/");
            out.push((id, p));
        }
    }
}

/// `s` as a JSON string literal.
fn json_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The browser bundle: a JSON object mapping the id of every module outside [`BOOT`] to its
/// stripped source (`strip` is build_strip's `strip_js`).
pub fn lazy_bundle(js: &Path, strip: fn(&str) -> String) -> Result<String, String> {
    let mut out = String::from("{");
    let mut first = true;
    for (id, path) in collect(js) {
        if BOOT.contains(&id.as_str()) {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if !first {
            out.push(',');
        }
        first = false;
        out.push('\n');
        json_string(&id, &mut out);
        out.push(':');
        json_string(&strip(&text), &mut out);
    }
    out.push_str("\n}\n");
    Ok(out)
}
