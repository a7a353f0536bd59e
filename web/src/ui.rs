//! Bindings for the playground UI (`www/`, which declares no `#[wasm_bindgen]` of its own):
//! loading this package's runtime at run time by URL and driving a run, and the CodeMirror
//! editor bundle (`editor.js`). The JavaScript side is `js/ui_bridge.js`. Only types and
//! functions live here; what to show is the UI's business.

use wasm_bindgen::prelude::*;

/// `onBatch(eventsJson, stdout, stderr)` of a run.
pub type BatchCallback = Closure<dyn FnMut(String, String, String)>;
/// `onState(state)` of a run.
pub type StateCallback = Closure<dyn FnMut(String)>;

#[wasm_bindgen(module = "/js/ui_bridge.js")]
extern "C" {
    /// A `Playground` of the runtime package, loaded by [`load_runtime`].
    #[derive(Clone)]
    pub type RuntimeHandle;

    /// Imports the runtime package at `url` (relative to the page), initialises it and makes
    /// a `Playground`; the promise resolves with a [`RuntimeHandle`].
    #[wasm_bindgen(js_name = loadRuntime)]
    pub fn load_runtime(url: &str) -> js_sys::Promise;

    /// Runs `code` with JSON run options (the package's `RunOptions` without callbacks).
    /// The promise resolves with a JSON summary `{exitCode, limit, stopped, timing}` or
    /// `{error}` when the runtime itself failed.
    #[wasm_bindgen(method)]
    pub fn run(
        this: &RuntimeHandle,
        code: &str,
        options_json: &str,
        on_batch: &BatchCallback,
        on_state: &StateCallback,
    ) -> js_sys::Promise;

    /// Ends the current run now.
    #[wasm_bindgen(method)]
    pub fn stop(this: &RuntimeHandle) -> bool;

    /// Pauses the current run after its current callback.
    #[wasm_bindgen(method)]
    pub fn pause(this: &RuntimeHandle) -> bool;

    /// Resumes a paused run.
    #[wasm_bindgen(method)]
    pub fn resume(this: &RuntimeHandle) -> bool;

    /// Runs one more callback of a paused run.
    #[wasm_bindgen(method)]
    pub fn step(this: &RuntimeHandle) -> bool;

    /// The editor (CodeMirror, or a plain text area when the bundle cannot load).
    #[derive(Clone)]
    pub type EditorHandle;

    /// Imports the editor bundle at `url` and creates an editor inside `parent`; the promise
    /// resolves with an [`EditorHandle`].
    #[wasm_bindgen(js_name = loadEditor)]
    pub fn load_editor(
        url: &str,
        parent: &web_sys::HtmlElement,
        doc: &str,
        dark: bool,
        on_run: &Closure<dyn FnMut()>,
        on_change: &Closure<dyn FnMut(String)>,
    ) -> js_sys::Promise;

    /// The editor's text.
    #[wasm_bindgen(js_name = editorGetDoc)]
    pub fn editor_get_doc(ed: &EditorHandle) -> String;

    /// Replaces the editor's text.
    #[wasm_bindgen(js_name = editorSetDoc)]
    pub fn editor_set_doc(ed: &EditorHandle, text: &str);

    /// Light or dark editor theme.
    #[wasm_bindgen(js_name = editorSetDark)]
    pub fn editor_set_dark(ed: &EditorHandle, dark: bool);

    /// Moves the keyboard focus into the editor.
    #[wasm_bindgen(js_name = editorFocus)]
    pub fn editor_focus(ed: &EditorHandle);

    /// Highlights the line that scheduled the selected callback (`0`: none) and the lines
    /// that ran in it (1-based).
    #[wasm_bindgen(js_name = editorHighlight)]
    pub fn editor_highlight(ed: &EditorHandle, scheduled: u32, ran: &[u32]);

    /// Underlines errors: JSON `[{line, col, message}]` (1-based).
    #[wasm_bindgen(js_name = editorSetErrors)]
    pub fn editor_set_errors(ed: &EditorHandle, json: &str);

    /// Copies `text` to the clipboard; resolves with whether it worked.
    #[wasm_bindgen(js_name = copyText)]
    pub fn copy_text(text: &str) -> js_sys::Promise;
}
