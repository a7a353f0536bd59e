//! `cargo xtask` — the project's only entry points for a newcomer:
//!
//! - `serve`: set up, build and serve the playground on http://127.0.0.1:8080, opening on the
//!   nextTick-vs-setImmediate example.
//! - `test`: install what the tests need (idempotently) and run every test: formatting, clippy
//!   (native and wasm32), the Rust tests including the Node conformance corpus, the JavaScript
//!   module tests, and the browser tests in headless chromium (wasm-bindgen-test and the
//!   package driven by Playwright, corpus included).
//! - `bless [FILTER]`: re-record the corpus expectations from the `node` on this machine.
//! - `dist`: the static site in `dist/` and the npm package (wasm-pack) in `dist/pkg/`.
//! - `site`: build the playground site into target/xtask/site without serving it.
//! - `bench`: the loop-overhead benchmark.
//! - `test-playground [FILTER]`: only the playground UI's browser tests (FILTER: part of a
//!   test's name).
//! - `test-browser [FILTER]`: only the browser tests (FILTER: ordering, pool, stop, crash,
//!   step, memory, corpus or a corpus path such as `timers/`).

mod bench;
mod bless;
/// core's split of the builtin modules (what the browser package embeds, what it fetches).
#[path = "../../core/build_modules.rs"]
mod build_modules;
/// core's comment/indentation stripper for the embedded JavaScript.
#[path = "../../core/build_strip.rs"]
mod build_strip;
mod serve;
mod setup;
mod site;
mod web;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

fn root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map_or(here.clone(), PathBuf::from)
}

/// Runs a command in the repository root, echoing it; Err on failure.
pub(crate) fn run(cmd: &mut Command) -> Result<(), String> {
    cmd.current_dir(root());
    eprintln!("xtask: $ {cmd:?}");
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{cmd:?} failed with {status}"))
    }
}

pub(crate) fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn serve() -> Result<(), String> {
    // The playground (www/ built by Trunk, the runtime package in pkg/), opening on the
    // nextTick-vs-setImmediate example.
    let site = site::dev_site();
    site::build_site(&site)?;
    serve::serve_dir(&site, "127.0.0.1:8080")
}

fn test() -> Result<(), String> {
    setup::ensure_wasm_target()?;
    let tools = setup::all_in_background();
    run(cargo().args(["fmt", "--all", "--check"]))?;
    let clippy = |args: &[&str]| {
        run(cargo()
            .arg("clippy")
            .args(args)
            .args(["--", "-D", "warnings"]))
    };
    clippy(&["--workspace", "--all-targets"])?;
    let wasm = "wasm32-unknown-unknown";
    clippy(&[
        "-p",
        "loopscope_core",
        "-p",
        "loopscope_web",
        "-p",
        "loopscope_www",
        "--all-targets",
        "--target",
        wasm,
    ])?;
    // The web crate as the UI uses it: the bindings only, no runtime.
    clippy(&[
        "-p",
        "loopscope_web",
        "--no-default-features",
        "--target",
        wasm,
    ])?;
    // The JavaScript modules' own tests, run under real node against node's modules.
    let mut js_tests: Vec<_> = std::fs::read_dir(root().join("core/js/test"))
        .map_err(|e| e.to_string())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".test.js"))
        .collect();
    js_tests.sort();
    for t in js_tests {
        run(Command::new("node").arg(t))?;
    }
    run(cargo().args(["test", "--workspace"]))?;
    let site_tools = tools.browser()?;
    // The browser: the web crate's wasm-bindgen tests, then the package in chromium.
    web::wasm_bindgen_tests()?;
    web::browser_tests(None)?;
    // The playground UI in chromium.
    site_tools.wait()?;
    site::playground_tests(None)?;
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("test") => test(),
        Some("bless") => bless::bless(args.get(1).map(String::as_str)),
        Some("bench") => bench::bench(),
        Some("dist") => web::dist(),
        Some("site") => site::build_site(&site::dev_site()).map(|_| ()),
        Some("test-browser") => web::wasm_bindgen_tests()
            .and_then(|()| web::browser_tests(args.get(1).map(String::as_str)))
            .and_then(|()| site::playground_tests(args.get(1).map(String::as_str))),
        Some("test-playground") => site::playground_tests(args.get(1).map(String::as_str)),
        _ => {
            eprintln!(
                "usage: cargo xtask serve | test | dist | site | bless [FILTER] | bench | test-browser [FILTER] | test-playground [FILTER]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
