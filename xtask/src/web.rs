//! The browser build: the `loopscope_web` package (wasm-bindgen + wasm-opt, or wasm-pack for
//! `dist`), its size budget, the corpus manifest for the browser tests, and the browser test
//! runs (wasm-bindgen-test and the Playwright page) in Debian's chromium.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cargo, root, run, setup};

/// Runtime wasm after wasm-opt, gzipped (issue budget).
pub const WASM_GZ_BUDGET: u64 = 1_300_000;

const WASM: &str = "wasm32-unknown-unknown";
const PROFILE: &str = "wasm-release";

/// wasm-opt's flags for what rustc emits for wasm32 (DESIGN.md §7).
const WASM_OPT_FLAGS: [&str; 7] = [
    "-Oz",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

fn browser_dir() -> PathBuf {
    root().join("web/tests/browser")
}

/// Sizes of a built package's wasm.
pub struct Sizes {
    pub gz: u64,
}

/// Gzipped size (flate2 best, the same as `gzip -9`).
pub fn gz_size(path: &Path) -> Result<u64, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&bytes).map_err(|e| e.to_string())?;
    let out = enc.finish().map_err(|e| e.to_string())?;
    Ok(out.len() as u64)
}

fn wasm_opt(wasm: &Path) -> Result<(), String> {
    let bin = browser_dir().join("node_modules/.bin/wasm-opt");
    let started = std::time::Instant::now();
    run(Command::new(bin)
        .args(WASM_OPT_FLAGS)
        .arg(wasm)
        .arg("-o")
        .arg(wasm))?;
    eprintln!(
        "xtask: wasm-opt took {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn report(wasm: &Path) -> Result<Sizes, String> {
    let raw = std::fs::metadata(wasm).map_err(|e| e.to_string())?.len();
    let gz = gz_size(wasm)?;
    println!(
        "wasm size: {} bytes raw, {} bytes gzipped (budget {} bytes gzipped after wasm-opt)",
        raw, gz, WASM_GZ_BUDGET
    );
    Ok(Sizes { gz })
}

fn check_budget(s: &Sizes) -> Result<(), String> {
    if s.gz > WASM_GZ_BUDGET {
        return Err(format!(
            "the runtime wasm is {} bytes gzipped, over the {} byte budget",
            s.gz, WASM_GZ_BUDGET
        ));
    }
    Ok(())
}

/// Builds the package with wasm-bindgen (`--target web`) into `out` and optimizes it.
pub fn build_pkg(out: &Path) -> Result<Sizes, String> {
    setup::ensure_web_build_tools()?;
    run(cargo().args([
        "build",
        "-p",
        "loopscope_web",
        "--target",
        WASM,
        "--profile",
        PROFILE,
        "--features",
        "lazy-modules",
    ]))?;
    let input = root()
        .join("target")
        .join(WASM)
        .join(PROFILE)
        .join("loopscope_web.wasm");
    run(Command::new(setup::wasm_bindgen_bin())
        .args(["--target", "web", "--out-dir"])
        .arg(out)
        .arg(&input))?;
    let wasm = out.join("loopscope_web_bg.wasm");
    wasm_opt_cached(&wasm, "runtime")?;
    write_module_bundle(out)?;
    report(&wasm)
}

/// The bundle's file name, next to the package's JavaScript (web/js/controller.js).
pub const MODULE_BUNDLE: &str = "loopscope_modules.json";

/// Writes the builtin modules the `lazy-modules` wasm does not embed into `pkg` and prints
/// its size.
fn write_module_bundle(pkg: &Path) -> Result<(), String> {
    let bundle =
        crate::build_modules::lazy_bundle(&root().join("core/js"), crate::build_strip::strip_js)?;
    let file = pkg.join(MODULE_BUNDLE);
    std::fs::write(&file, &bundle).map_err(|e| format!("{}: {e}", file.display()))?;
    println!(
        "module bundle: {} bytes raw, {} bytes gzipped (fetched on the first require of a module outside the boot set)",
        bundle.len(),
        gz_size(&file)?
    );
    Ok(())
}

/// Runs wasm-opt on `wasm` in place, reusing the last output for the same input (it takes
/// about a minute for the runtime); `slot` names the cache entry.
pub fn wasm_opt_cached(wasm: &Path, slot: &str) -> Result<(), String> {
    let cache = root().join("target/xtask/wasm-opt-cache").join(slot);
    let (pre, post) = (cache.join("input.wasm"), cache.join("output.wasm"));
    let fresh = std::fs::read(wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    if std::fs::read(&pre).is_ok_and(|p| p == fresh) && post.exists() {
        std::fs::copy(&post, wasm).map_err(|e| e.to_string())?;
        return Ok(());
    }
    wasm_opt(wasm)?;
    std::fs::create_dir_all(&cache).map_err(|e| e.to_string())?;
    std::fs::write(&pre, &fresh).map_err(|e| e.to_string())?;
    std::fs::copy(wasm, &post).map_err(|e| e.to_string())?;
    Ok(())
}

/// Writes the browser tests' corpus manifest: every snippet with its source, its path (the
/// native harness runs it under the same name) and node's recorded variants.
pub fn corpus_manifest(file: &Path) -> Result<usize, String> {
    let corpus = root().join("tests/corpus");
    let known: Vec<String> = std::fs::read_to_string(corpus.join("known_failures.txt"))
        .map_err(|e| e.to_string())?
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split('#').next())
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    let mut snippets = Vec::new();
    walk(&corpus, &mut snippets);
    let mut cases = Vec::new();
    for p in snippets {
        let name = p
            .strip_prefix(&corpus)
            .map_err(|e| e.to_string())?
            .display()
            .to_string();
        let source = std::fs::read_to_string(&p).map_err(|e| format!("{name}: {e}"))?;
        let exp_path = p.with_extension("node.json");
        let exp: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&exp_path).map_err(|e| format!("{name}: {e}"))?,
        )
        .map_err(|e| format!("{name}: {e}"))?;
        cases.push(serde_json::json!({
            "name": name,
            "path": p.display().to_string(),
            "source": source,
            "variants": exp["variants"],
            "known_failure": known.contains(&name),
        }));
    }
    let n = cases.len();
    let text = serde_json::to_string(&cases).map_err(|e| e.to_string())?;
    std::fs::write(file, text).map_err(|e| e.to_string())?;
    Ok(n)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "js" || e == "mjs") {
            out.push(p);
        }
    }
}

/// wasm-bindgen-test for the web crate, in headless chromium through chromedriver.
pub fn wasm_bindgen_tests() -> Result<(), String> {
    setup::ensure_browser()?;
    run(cargo()
        .args(["test", "-p", "loopscope_web", "--target", WASM])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            setup::wasm_bindgen_test_runner_bin(),
        )
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "300"))
}

/// Builds the package and runs the Playwright tests (corpus and the rest) in chromium.
pub fn browser_tests(filter: Option<&str>) -> Result<(), String> {
    setup::ensure_browser()?;
    let dir = root().join("target/xtask/browser");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let pkg = dir.join("pkg");
    let sizes = build_pkg(&pkg)?;
    if let Err(e) = check_budget(&sizes) {
        eprintln!("xtask: warning: {e}");
    }
    let manifest = dir.join("corpus.json");
    let n = corpus_manifest(&manifest)?;
    eprintln!("xtask: {n} corpus snippets for the browser");
    let mut cmd = Command::new("node");
    cmd.arg(browser_dir().join("run.mjs"))
        .arg("--pkg")
        .arg(&pkg)
        .arg("--corpus")
        .arg(&manifest);
    if let Some(f) = filter {
        cmd.args(["--filter", f]);
    }
    run(&mut cmd)
}

/// Lists `name` in the "files" of wasm-pack's package.json (npm publishes only those).
fn add_to_package_files(pkg: &Path, name: &str) -> Result<(), String> {
    let path = pkg.join("package.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let files = json
        .get_mut("files")
        .and_then(serde_json::Value::as_array_mut)
        .ok_or_else(|| format!("{}: no \"files\" list", path.display()))?;
    if !files.iter().any(|f| f == name) {
        files.push(name.into());
    }
    let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
    std::fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
}

/// `cargo xtask dist`: the npm package (wasm-pack) in dist/pkg and the static site in dist/.
pub fn dist() -> Result<(), String> {
    setup::ensure_web_build_tools()?;
    setup::ensure_wasm_pack()?;
    let dist = root().join("dist");
    // The playground site first (Trunk empties its output folder), then the npm package.
    crate::site::build_site(&dist)?;
    let pkg = dist.join("pkg");
    let _ = std::fs::remove_dir_all(&pkg);
    std::fs::create_dir_all(&dist).map_err(|e| e.to_string())?;
    run(Command::new(setup::wasm_pack_bin())
        .args([
            "build",
            "web",
            "--target",
            "web",
            "--profile",
            PROFILE,
            "--no-opt",
            "--mode",
            "no-install",
            "--out-dir",
        ])
        .arg(&pkg)
        .args(["--", "--features", "lazy-modules"])
        .env("PATH", setup::path_with_wasm_bindgen()?))?;
    write_module_bundle(&pkg)?;
    add_to_package_files(&pkg, MODULE_BUNDLE)?;
    let wasm = pkg.join("loopscope_web_bg.wasm");
    wasm_opt(&wasm)?;
    let sizes = report(&wasm)?;
    if let Err(e) = check_budget(&sizes) {
        eprintln!("xtask: warning: {e}");
    }
    // Precompressed for static hosts that serve `.gz` files (nginx gzip_static, most CDNs):
    // zopfli writes standard gzip that is about 5 % smaller than `gzip -9`.
    let gz = pkg.join("loopscope_web_bg.wasm.gz");
    let data = std::fs::read(&wasm).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Gzip,
        data.as_slice(),
        &mut out,
    )
    .map_err(|e| format!("zopfli: {e}"))?;
    std::fs::write(&gz, &out).map_err(|e| e.to_string())?;
    println!(
        "wasm size: {} bytes precompressed with zopfli ({})",
        out.len(),
        gz.display()
    );
    let _ = std::fs::remove_file(pkg.join(".gitignore"));
    // The package's plain example page (web/README.md), next to pkg/.
    let example = std::fs::read_to_string(root().join("web/example/index.html"))
        .map_err(|e| e.to_string())?;
    std::fs::write(dist.join("runtime-example.html"), example).map_err(|e| e.to_string())?;
    println!(
        "dist: {} (static site) and {} (npm package)",
        dist.display(),
        pkg.display()
    );
    Ok(())
}
