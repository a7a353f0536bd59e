//! The playground site: Trunk builds the Yew UI (`www/`, `Trunk.toml`) with the CodeMirror
//! bundle (esbuild, a Trunk pre-build hook), xtask runs wasm-opt on the UI's wasm, puts the
//! runtime package beside it in `pkg/`, and reports the site's transfer size (every file
//! gzipped) against the 2.0 MB budget.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{root, run, setup, web};

/// Everything a first visit downloads (HTML, JS, CSS, all wasm), gzipped (issue budget).
pub const TRANSFER_GZ_BUDGET: u64 = 2_000_000;

/// Sizes of a built site.
pub struct SiteSizes {
    /// The runtime wasm, gzipped.
    pub runtime_gz: u64,
    /// Everything the playground page loads, gzipped.
    pub transfer_gz: u64,
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// What the playground page downloads: the UI (HTML, JS, CSS, wasm, editor), the runtime
/// package's JavaScript and wasm, and the package's module bundle (fetched only when a program
/// requires a module outside the boot set; counted anyway). Not the embed script and example pages (other pages), nor
/// precompressed copies or type declarations.
fn transfer(site: &Path) -> Result<u64, String> {
    let mut all = Vec::new();
    files(site, &mut all);
    let mut total = 0;
    for f in all {
        let rel = f.strip_prefix(site).map_err(|e| e.to_string())?;
        let name = rel.to_string_lossy();
        let counted = !name.starts_with("examples/")
            && name != "embed.js"
            && !name.ends_with(".gz")
            && !name.ends_with(".d.ts")
            && (!name.ends_with(".json") || name.ends_with(web::MODULE_BUNDLE))
            && !name.ends_with(".md");
        if counted {
            total += web::gz_size(&f)?;
        }
    }
    Ok(total)
}

/// Builds the site into `out` (the UI with Trunk, then the runtime package in `out/pkg`).
pub fn build_site(out: &Path) -> Result<SiteSizes, String> {
    setup::ensure_web_build_tools()?;
    setup::ensure_trunk()?;
    setup::ensure_editor_npm()?;
    run(Command::new(setup::trunk_bin())
        .args(["build", "--release", "--offline", "--dist"])
        .arg(out)
        .env("PATH", setup::path_with_wasm_bindgen()?)
        .env_remove("CARGO"))?;
    let ui = out.join("loopscope_www_bg.wasm");
    web::wasm_opt_cached(&ui, "ui")?;
    let pkg = web::build_pkg(&out.join("pkg"))?;
    // The package's own files that the page does not need.
    for f in ["package.json", ".gitignore"] {
        let _ = std::fs::remove_file(out.join("pkg").join(f));
    }
    let ui_gz = web::gz_size(&ui)?;
    let transfer_gz = transfer(out)?;
    println!(
        "site: UI wasm {} bytes gzipped; total transfer {} bytes gzipped (budget {})",
        ui_gz, transfer_gz, TRANSFER_GZ_BUDGET
    );
    if transfer_gz > TRANSFER_GZ_BUDGET {
        eprintln!(
            "xtask: warning: the site transfers {transfer_gz} bytes gzipped, over the {TRANSFER_GZ_BUDGET} byte budget"
        );
    }
    Ok(SiteSizes {
        runtime_gz: pkg.gz,
        transfer_gz,
    })
}

/// The site for `serve` and the browser tests.
pub fn dev_site() -> PathBuf {
    root().join("target/xtask/site")
}

/// Builds the site and runs the playground's browser tests (www/tests/playground.mjs) in
/// chromium; screenshots land in target/xtask/screenshots.
pub fn playground_tests(filter: Option<&str>) -> Result<(), String> {
    setup::ensure_browser()?;
    let site = dev_site();
    let sizes = build_site(&site)?;
    println!(
        "measure: runtime wasm {} bytes gzipped; site transfer {} bytes gzipped (budget {})",
        sizes.runtime_gz, sizes.transfer_gz, TRANSFER_GZ_BUDGET
    );
    // The editor bundle and embed.js on their own (www/editor/test.mjs).
    if filter.is_none_or(|f| "editor".contains(f) || f.contains("editor")) {
        run(Command::new("node")
            .arg(root().join("www/editor/test.mjs"))
            .env("SCREENSHOT_DIR", root().join("target/xtask/screenshots")))?;
    }
    let mut cmd = Command::new("node");
    cmd.arg(root().join("www/tests/playground.mjs"))
        .arg("--site")
        .arg(&site)
        .arg("--shots")
        .arg(root().join("target/xtask/screenshots"));
    if let Some(f) = filter {
        cmd.args(["--filter", f]);
    }
    run(&mut cmd)
}
