//! loopscope_web: the browser host of the loopscope runtime. It owns every `#[wasm_bindgen]`
//! item of the project.
//!
//! ```text
//! page ── Playground (js/controller.js) ──postMessage──▶ runtime Web Worker (runtime_worker.rs)
//!                                                        │ drives loopscope_core's step API
//!                                                        ├──▶ pool Web Worker 0 (pool_worker.rs)
//!                                                        ├──▶ pool Web Worker 1 …  one per
//!                                                        └──▶ … UV_THREADPOOL_SIZE thread
//! ```
//! The same wasm module runs in every role: the page compiles it once (`init()`), and each
//! worker instantiates that compiled module from a blob-URL bootstrap that imports this
//! package's JavaScript by absolute URL, so the package works from another origin (a CDN)
//! and needs neither SharedArrayBuffer nor cross-origin isolation.
//!
//! Without the `runtime` feature the crate is only [`ui`]: the bindings the playground UI
//! (`www/`) uses to load this package at run time and to drive the CodeMirror editor.

#[cfg(feature = "runtime")]
pub mod config;
#[cfg(feature = "runtime")]
pub mod playground;
#[cfg(feature = "runtime")]
pub mod pool_worker;
#[cfg(feature = "runtime")]
pub mod protocol;
#[cfg(feature = "runtime")]
pub mod runtime_worker;
pub mod ui;

#[cfg(all(target_arch = "wasm32", feature = "runtime"))]
#[global_allocator]
static ALLOC: loopscope_core::memory::CountingAllocator = loopscope_core::memory::CountingAllocator;

#[cfg(feature = "runtime")]
use wasm_bindgen::prelude::*;

/// Entry point of every worker, called by the bootstrap script after it instantiated the
/// module: `init` is the first message (`{ role: 'runtime' | 'pool', bootSource, index }`).
#[cfg(feature = "runtime")]
#[wasm_bindgen(js_name = "__loopscope_worker_main")]
pub fn worker_main(init: JsValue) {
    protocol::install_panic_hook();
    let role = js_sys::Reflect::get(&init, &"role".into())
        .ok()
        .and_then(|r| r.as_string())
        .unwrap_or_default();
    match role.as_str() {
        "pool" => pool_worker::start(&init),
        _ => runtime_worker::start(&init),
    }
}
