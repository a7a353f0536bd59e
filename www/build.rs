//! Generates the examples gallery (`examples.rs` in OUT_DIR) from `www/gallery.json`: each
//! entry names a conformance-corpus snippet (`tests/corpus/…`), so every example the gallery
//! offers is one whose output the corpus test checks against real node.

use std::path::Path;

fn main() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gallery = here.join("gallery.json");
    let corpus = here.join("../tests/corpus");
    println!("cargo:rerun-if-changed={}", gallery.display());
    let text =
        std::fs::read_to_string(&gallery).unwrap_or_else(|e| panic!("{}: {e}", gallery.display()));
    let entries: Vec<serde_json::Value> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("gallery.json: {e}"));
    let mut out =
        String::from("/// The gallery, in teaching order.\npub static EXAMPLES: &[Example] = &[\n");
    for e in &entries {
        let s = |k: &str| e[k].as_str().unwrap_or_default().to_owned();
        let file = corpus.join(s("file"));
        println!("cargo:rerun-if-changed={}", file.display());
        assert!(
            file.exists(),
            "gallery.json: {} does not exist",
            file.display()
        );
        let settings = &e["settings"];
        out.push_str(&format!(
            "    Example {{ id: {:?}, title: {:?}, about: {:?}, group: {:?}, rule: {}, file: {:?}, code: include_str!({:?}), threadpool: {}, latency: {}, clock: {:?} }},\n",
            s("id"),
            s("title"),
            s("about"),
            s("group"),
            e["rule"].as_u64().map_or("None".into(), |r| format!("Some({r})")),
            s("file"),
            file.canonicalize().unwrap_or(file.clone()).display().to_string(),
            settings["threadpoolSize"].as_u64().map_or("None".into(), |r| format!("Some({r})")),
            settings["loopEntryLatencyMs"].as_u64().map_or("None".into(), |r| format!("Some({r})")),
            settings["clock"].as_str().unwrap_or("virtual"),
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("examples.rs");
    std::fs::write(dest, out).expect("write examples.rs");
}
