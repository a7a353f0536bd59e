//! Idempotent installation of the tools the tests need (skip what is already there), and
//! [`all_in_background`], which installs them on a low-priority thread while the native
//! checks and tests keep the cores busy.

use std::cell::RefCell;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

thread_local! {
    /// Set on the background setup thread: its commands run under `nice -n 19` with their
    /// output in this log instead of the terminal.
    static LOG: RefCell<Option<(File, PathBuf)>> = const { RefCell::new(None) };
}

/// Runs an install command: in the foreground as [`crate::run`] does, or on the background
/// setup thread niced and logged.
fn run(cmd: &mut Command) -> Result<(), String> {
    let logged = LOG.with(|l| {
        l.borrow()
            .as_ref()
            .map(|(f, p)| (f.try_clone(), f.try_clone(), p.clone()))
    });
    let Some((out, err, path)) = logged else {
        return crate::run(cmd);
    };
    let (out, err) = (
        out.map_err(|e| e.to_string())?,
        err.map_err(|e| e.to_string())?,
    );
    let mut niced = Command::new("nice");
    niced
        .args(["-n", "19"])
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => niced.env(k, v),
            None => niced.env_remove(k),
        };
    }
    niced.stdin(Stdio::null()).stdout(out).stderr(err);
    crate::run(&mut niced).map_err(|e| format!("{e} (log: {})", path.display()))
}

/// Tools being installed in the background (see [`all_in_background`]).
pub struct Background {
    browser: std::thread::JoinHandle<Result<(), String>>,
    site: std::thread::JoinHandle<Result<(), String>>,
}

fn joined(h: std::thread::JoinHandle<Result<(), String>>, what: &str) -> Result<(), String> {
    eprintln!("xtask: waiting for the {what} tools (target/xtask/setup-{what}.log)");
    h.join()
        .map_err(|_| format!("the {what} tool setup panicked"))?
}

impl Background {
    /// Waits for what the browser tests need (wasm-bindgen-cli, npm packages, chromium).
    pub fn browser(self) -> Result<Site, String> {
        joined(self.browser, "browser")?;
        Ok(Site(self.site))
    }
}

/// The site build's tools, still being installed.
pub struct Site(std::thread::JoinHandle<Result<(), String>>);

impl Site {
    /// Waits for what the site build needs (trunk, the editor's npm packages).
    pub fn wait(self) -> Result<(), String> {
        joined(self.0, "site")
    }
}

fn logged_thread(
    name: &'static str,
    work: fn() -> Result<(), String>,
) -> std::thread::JoinHandle<Result<(), String>> {
    std::thread::spawn(move || {
        let dir = crate::root().join("target/xtask");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let path = dir.join(format!("setup-{name}.log"));
        let file = File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        LOG.with(|l| *l.borrow_mut() = Some((file, path)));
        work()
    })
}

/// Starts installing what the browser tests (wasm-bindgen-cli, the npm packages, chromium)
/// and the site build (trunk, the editor's packages) need, on two threads whose commands run
/// under `nice -n 19` and log to target/xtask/setup-*.log: on a fresh machine these are
/// minutes of compiling that fill the cores the foreground checks leave idle instead of
/// running after them.
pub fn all_in_background() -> Background {
    Background {
        browser: logged_thread("browser", ensure_browser),
        site: logged_thread("site", || {
            ensure_editor_npm()?;
            ensure_trunk()
        }),
    }
}

/// `rustup target add wasm32-unknown-unknown` unless it is installed.
pub fn ensure_wasm_target() -> Result<(), String> {
    let out = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("cannot run rustup: {e}"))?;
    let installed = String::from_utf8_lossy(&out.stdout);
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"));
    home.join("bin").join(name)
}

/// The installed `wasm-bindgen`.
pub fn wasm_bindgen_bin() -> PathBuf {
    cargo_bin("wasm-bindgen")
}

/// The installed `wasm-bindgen-test-runner`.
pub fn wasm_bindgen_test_runner_bin() -> PathBuf {
    cargo_bin("wasm-bindgen-test-runner")
}

/// `PATH` with the installed wasm-bindgen's folder first, so Trunk and wasm-pack find the
/// Cargo.lock version instead of downloading one.
pub fn path_with_wasm_bindgen() -> Result<std::ffi::OsString, String> {
    let bindgen_dir = wasm_bindgen_bin()
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![bindgen_dir];
    paths.extend(std::env::split_paths(&path));
    std::env::join_paths(paths).map_err(|e| e.to_string())
}

/// The installed `wasm-pack`.
pub fn wasm_pack_bin() -> PathBuf {
    cargo_bin("wasm-pack")
}

/// The `wasm-bindgen` version in Cargo.lock (the CLI must match it exactly).
fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(crate::root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|v| v.trim().strip_prefix("version = "))
            {
                return Ok(v.trim_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

fn version_of(bin: &Path) -> Option<String> {
    let out = Command::new(bin).arg("--version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// wasm-bindgen-cli at exactly the Cargo.lock version (`cargo install`, about 4 min).
pub fn ensure_wasm_bindgen() -> Result<(), String> {
    let want = locked_wasm_bindgen_version()?;
    let have = version_of(&wasm_bindgen_bin());
    let runner = wasm_bindgen_test_runner_bin().exists();
    if runner
        && have
            .as_deref()
            .is_some_and(|v| v.ends_with(&format!(" {want}")))
    {
        return Ok(());
    }
    // `--locked` pins what wasm-bindgen-cli was released with; a registry that lacks one of
    // those versions makes it fail, and then the newest compatible ones are used.
    let locked = run(Command::new("cargo").args([
        "install",
        "--force",
        "--locked",
        "wasm-bindgen-cli",
        "--version",
        &want,
    ]));
    if locked.is_err() {
        run(Command::new("cargo").args([
            "install",
            "--force",
            "wasm-bindgen-cli",
            "--version",
            &want,
        ]))?;
    }
    Ok(())
}

/// wasm-pack from crates.io (it never downloads tools: xtask runs it with `--mode no-install`).
pub fn ensure_wasm_pack() -> Result<(), String> {
    if version_of(&wasm_pack_bin()).is_some() {
        return Ok(());
    }
    run(Command::new("cargo").args(["install", "--locked", "wasm-pack"]))
}

/// The installed `trunk`.
pub fn trunk_bin() -> PathBuf {
    cargo_bin("trunk")
}

/// The Trunk version the UI build is pinned to (newer ones need a newer rustc).
const TRUNK_VERSION: &str = "0.21.14";

/// trunk from crates.io (`--locked`: unlocked, its dependencies resolve to versions that do
/// not compile). Trunk runs with `--offline`, so it never downloads tools. It is built
/// `--debug`: it only orchestrates cargo, wasm-bindgen and file copies, so an optimized build
/// buys nothing here, and the debug build installs in about 3.5 min instead of 8-20.
pub fn ensure_trunk() -> Result<(), String> {
    if version_of(&trunk_bin()).is_some_and(|v| v.ends_with(TRUNK_VERSION)) {
        return Ok(());
    }
    run(Command::new("cargo").args([
        "install",
        "--locked",
        "--debug",
        "--force",
        "trunk",
        "--version",
        TRUNK_VERSION,
    ]))
}

/// The editor bundle's npm packages (CodeMirror 6, esbuild) from www/editor/package-lock.json.
pub fn ensure_editor_npm() -> Result<(), String> {
    let dir = crate::root().join("www/editor");
    if dir.join("node_modules/.bin/esbuild").exists()
        && dir
            .join("node_modules/@codemirror/view/package.json")
            .exists()
    {
        return Ok(());
    }
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(&dir))
}

/// npm packages of the browser build and tests (binaryen's wasm-opt, playwright-core), from
/// web/tests/browser/package-lock.json.
pub fn ensure_npm_tools() -> Result<(), String> {
    let dir = crate::root().join("web/tests/browser");
    let ready = dir.join("node_modules/.bin/wasm-opt").exists()
        && dir
            .join("node_modules/playwright-core/package.json")
            .exists();
    if ready {
        return Ok(());
    }
    // `run` works in the repository root: point npm at the folder.
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(&dir))
}

/// Everything `build_pkg` needs.
pub fn ensure_web_build_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_npm_tools()
}

/// Debian's chromium and chromedriver (apt-get), for the browser tests.
pub fn ensure_browser() -> Result<(), String> {
    ensure_web_build_tools()?;
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    let sudo = !is_root();
    let apt = |args: &[&str]| {
        let mut c = if sudo {
            let mut c = Command::new("sudo");
            c.arg("apt-get");
            c
        } else {
            Command::new("apt-get")
        };
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut c)
    };
    apt(&["update"])?;
    apt(&["install", "-y", "chromium", "chromium-driver"])
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}
