//! The messages between the page, the runtime worker and the pool workers, and small helpers
//! to send them. Payloads that carry Rust data (trace events, pool work and results) travel
//! as JSON strings.
//!
//! page → runtime worker: `{type:'run', code, options}` (options: JSON), `{type:'pause'}`,
//! `{type:'resume'}`, `{type:'step'}`.
//! runtime worker → page: `{type:'ready'}`, `{type:'batch', events, stdout, stderr, memory}`
//! (events: JSON array), `{type:'state', state}` (`running` | `paused` | `waiting` | `sleeping`),
//! `{type:'done', exitCode, limit}`, `{type:'error', message}`.
//! runtime worker → pool worker: `{type:'work', id, work}`; back: `{type:'result', id, result}`
//! or `{type:'error', message}`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::DedicatedWorkerGlobalScope;

/// A message handler kept alive by Rust.
pub type MessageHandler = wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>;

/// The worker's global scope.
pub fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// A plain object from (key, value) pairs.
pub fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// Reads a string field.
pub fn field_str(o: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(o, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

/// Reads a numeric field.
pub fn field_f64(o: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(o, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_f64())
}

/// Reads a `Uint8Array` field.
pub fn field_bytes(o: &JsValue, key: &str) -> Option<Vec<u8>> {
    js_sys::Reflect::get(o, &JsValue::from_str(key))
        .ok()
        .filter(|v| v.is_instance_of::<js_sys::Uint8Array>())
        .map(|v| js_sys::Uint8Array::from(v).to_vec())
}

/// A copy of `bytes` in a fresh `ArrayBuffer`, and the list that transfers it with a
/// `postMessage` (so the browser does not copy it again).
pub fn transferable(bytes: &[u8]) -> (JsValue, js_sys::Array) {
    let a = js_sys::Uint8Array::from(bytes);
    let transfer = js_sys::Array::of1(&a.buffer());
    (a.into(), transfer)
}

/// Posts a message to whoever created this worker.
pub fn post(msg: &JsValue) {
    let _ = scope().post_message(msg);
}

/// Posts `{type:'error', message}`.
pub fn post_error(message: &str) {
    post(&object(&[
        ("type", "error".into()),
        ("message", message.into()),
    ]));
}

/// A Rust panic in a worker becomes an `error` message with a readable text; the worker is
/// then unusable (the page discards it and starts a fresh one).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        post_error(&format!(
            "loopscope: internal error in the runtime ({what}{place})"
        ));
    }));
}

#[wasm_bindgen]
extern "C" {
    /// `performance.now()` (available in workers).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    pub fn performance_now() -> f64;
    /// `Date.now()`.
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    pub fn date_now() -> f64;
}

/// Starts a module worker from the bootstrap `source` (a blob URL, so the package's assets may
/// live on another origin) and sends it `init` together with the compiled module.
pub fn spawn_worker(source: &str, name: &str, init: &JsValue) -> Result<web_sys::Worker, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(source));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    opts.set_name(name);
    // The URL stays valid: the worker may fetch it after this returns.
    let worker = web_sys::Worker::new_with_options(&url, &opts)?;
    worker.post_message(init)?;
    Ok(worker)
}
