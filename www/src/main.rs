//! loopscope's playground UI: a Yew app that loads the runtime package (`pkg/`) and the
//! CodeMirror editor (`editor.js`) at run time, runs the user's code in the runtime's Web
//! Worker and renders what the trace says: execution order, queues, the thread pool, streams,
//! memory, console and an explanation of each step. It never re-implements the loop: every
//! view is a fold over trace events ([`model`]).

mod app;
mod errors;
mod examples;
mod explain;
mod model;
mod share;
mod trace;
mod views;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
