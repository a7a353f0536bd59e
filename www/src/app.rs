//! The playground's root component: page state (URL, settings, theme), the run lifecycle
//! (runtime package → Web Worker → trace batches → [`Recording`]), the step cursor (live, or
//! any recorded step: step back is exact because it only moves through the recording), and
//! the layout that places the views.

use std::cell::RefCell;
use std::rc::Rc;

use loopscope_web::ui::{self, BatchCallback, EditorHandle, RuntimeHandle, StateCallback};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::examples::{self, Example, EXAMPLES};
use crate::model::Recording;
use crate::share::{self, Settings, UrlState};
use crate::views::{
    ConsoleView, ExplainView, MemoryView, PoolView, QueuesView, RecRef, Scrubber, StreamsView,
    TimelineView,
};
use crate::{errors, explain, trace};

/// The main module's path in the runtime's virtual file system.
const MAIN_FILE: &str = "/home/loopscope/main.js";
/// Where the runtime package and the editor bundle live, relative to the page.
const RUNTIME_URL: &str = "pkg/loopscope_web.js";
const EDITOR_URL: &str = "editor.js";

/// What the run is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunState {
    /// The runtime package is loading.
    Loading,
    /// Nothing ran yet.
    Ready,
    /// The worker runs the program.
    Running,
    /// Paused (step with →).
    Paused,
    /// Real clock: sleeping until the next timer.
    Sleeping,
    /// Waiting for a pool Web Worker.
    Waiting,
    /// The program exited.
    Done {
        /// Exit code.
        code: i32,
        /// The limit that stopped it.
        limit: Option<String>,
    },
    /// Stopped by the user.
    Stopped,
    /// The runtime failed (a crash in the worker) or could not load.
    Failed(String),
}

impl RunState {
    fn live(&self) -> bool {
        matches!(
            self,
            RunState::Running | RunState::Paused | RunState::Sleeping | RunState::Waiting
        )
    }

    fn text(&self) -> String {
        match self {
            RunState::Loading => "loading runtime…".into(),
            RunState::Ready => "ready".into(),
            RunState::Running => "running…".into(),
            RunState::Paused => "paused".into(),
            RunState::Sleeping => "running (sleeping until the next timer)".into(),
            RunState::Waiting => "running (waiting for the thread pool)".into(),
            RunState::Done { code, limit: None } => format!("done · exit code {code}"),
            RunState::Done {
                code,
                limit: Some(l),
            } => format!("done · exit code {code} · {l} limit"),
            RunState::Stopped => "stopped".into(),
            RunState::Failed(m) => format!("error: {m}"),
        }
    }
}

/// Mutable state that does not itself trigger rendering.
struct Shared {
    rec: Rc<RefCell<Recording>>,
    version: u64,
    runtime: Option<RuntimeHandle>,
    editor: Option<EditorHandle>,
    code: String,
    settings: Settings,
    callbacks: Option<(BatchCallback, StateCallback)>,
    run_id: u64,
    frame_pending: bool,
    on_key: Option<Callback<KeyboardEvent>>,
    start_run: Option<Callback<bool>>,
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn initial_url_state() -> UrlState {
    let search = window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    share::parse_query(&search)
}

fn prefers_dark() -> bool {
    let w = match window() {
        Some(w) => w,
        None => return false,
    };
    if let Some(t) = w
        .local_storage()
        .ok()
        .flatten()
        .and_then(|s| s.get_item("loopscope-theme").ok().flatten())
    {
        return t == "dark";
    }
    w.match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

fn schedule_render(shared: &Rc<RefCell<Shared>>, force: &UseForceUpdateHandle) {
    {
        let mut sh = shared.borrow_mut();
        if sh.frame_pending {
            return;
        }
        sh.frame_pending = true;
    }
    let (s2, f2) = (shared.clone(), force.clone());
    let cb = Closure::once_into_js(move || {
        {
            let mut sh = s2.borrow_mut();
            sh.frame_pending = false;
            sh.version += 1;
        }
        f2.force_update();
    });
    if let Some(w) = window() {
        let _ = w.request_animation_frame(cb.unchecked_ref());
    }
}

fn page_url(query: &str) -> String {
    let base = window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default();
    format!("{base}{query}")
}

fn copy(text: String, toast: UseStateHandle<Option<String>>, what: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(ui::copy_text(&text))
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        toast.set(Some(if ok {
            format!("{what} copied")
        } else {
            format!("could not copy the {what}: select it and copy by hand")
        }));
    });
}

fn settings_for(ex: &Example) -> Settings {
    Settings {
        clock: ex.clock.to_owned(),
        latency: ex.latency,
        threadpool: ex.threadpool.unwrap_or(4),
        ..Settings::default()
    }
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The playground.
#[function_component(App)]
pub fn app() -> Html {
    let url = use_memo((), |_| initial_url_state());
    let first_example = use_memo((), {
        let url = url.clone();
        move |_| {
            url.example
                .as_deref()
                .and_then(examples::find)
                .or_else(|| url.code.is_none().then(examples::default_example))
        }
    });
    let shared = use_mut_ref(|| {
        let code = url
            .code
            .clone()
            .or_else(|| first_example.map(|e| e.code.to_owned()))
            .unwrap_or_default();
        let settings = match (&url.code, *first_example) {
            (None, Some(ex)) if url.example.is_some() => settings_for(ex),
            _ => url.settings.clone(),
        };
        Shared {
            rec: Rc::new(RefCell::new(Recording::new())),
            version: 0,
            runtime: None,
            editor: None,
            code,
            settings,
            callbacks: None,
            run_id: 0,
            frame_pending: false,
            on_key: None,
            start_run: None,
        }
    });
    let force = use_force_update();
    let run_state = use_state(|| RunState::Loading);
    let cursor = use_state(|| None::<usize>);
    let hover = use_state(|| None::<usize>);
    let playing = use_state(|| false);
    let speed = use_state(|| 4u32);
    let settings = use_state(|| shared.borrow().settings.clone());
    let dark = use_state(|| match url.theme.as_deref() {
        Some(t) => t == "dark",
        None => prefers_dark(),
    });
    let title = use_state(|| first_example.map(|e| e.title.to_owned()));
    let modal = use_state(|| None::<&'static str>);
    let toast = use_state(|| None::<String>);
    let editor_ref = use_node_ref();
    let embed = url.embed;

    shared.borrow_mut().settings = (*settings).clone();
    let (rec, version) = {
        let sh = shared.borrow();
        (sh.rec.clone(), sh.version)
    };
    let recref = RecRef(rec.clone(), version);
    let n_steps = rec.borrow().steps.len();
    let current = match *cursor {
        Some(c) if n_steps > 0 => Some(c.min(n_steps - 1)),
        _ => n_steps.checked_sub(1),
    };

    // Start a run (paused: for stepping from the first callback).
    let start_run = {
        let shared = shared.clone();
        let force = force.clone();
        let run_state = run_state.clone();
        let cursor = cursor.clone();
        let playing = playing.clone();
        Callback::from(move |paused: bool| {
            let mut sh = shared.borrow_mut();
            let Some(rt) = sh.runtime.clone() else {
                return;
            };
            if let Some(ed) = sh.editor.clone() {
                sh.code = ui::editor_get_doc(&ed);
                ui::editor_set_errors(&ed, "[]");
            }
            let code = sh.code.clone();
            let rec = Rc::new(RefCell::new(Recording::new()));
            sh.rec = rec.clone();
            sh.version += 1;
            sh.run_id += 1;
            let id = sh.run_id;
            let on_batch: BatchCallback = {
                let (s2, f2) = (shared.clone(), force.clone());
                Closure::new(move |json: String, _out: String, _err: String| {
                    rec.borrow_mut().extend(trace::parse_batch(&json));
                    schedule_render(&s2, &f2);
                })
            };
            let on_state: StateCallback = {
                let rs = run_state.clone();
                Closure::new(move |s: String| {
                    rs.set(match s.as_str() {
                        "paused" => RunState::Paused,
                        "sleeping" => RunState::Sleeping,
                        "waiting" => RunState::Waiting,
                        _ => RunState::Running,
                    })
                })
            };
            let options = sh.settings.run_options(paused);
            let promise = rt.run(&code, &options, &on_batch, &on_state);
            sh.callbacks = Some((on_batch, on_state));
            drop(sh);
            cursor.set(None);
            playing.set(false);
            run_state.set(if paused {
                RunState::Paused
            } else {
                RunState::Running
            });
            let (s2, f2, rs) = (shared.clone(), force.clone(), run_state.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let res = wasm_bindgen_futures::JsFuture::from(promise).await;
                if s2.borrow().run_id != id {
                    return;
                }
                let text: String = res
                    .ok()
                    .and_then(|v| JsValue::as_string(&v))
                    .unwrap_or_default();
                let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
                let state = if let Some(e) = v["error"].as_str() {
                    RunState::Failed(e.to_owned())
                } else if v["stopped"].as_bool() == Some(true) {
                    RunState::Stopped
                } else {
                    RunState::Done {
                        code: v["exitCode"].as_i64().unwrap_or(0) as i32,
                        limit: v["limit"]["name"].as_str().map(str::to_owned),
                    }
                };
                // Underline where the program failed.
                {
                    let sh = s2.borrow();
                    let rec = sh.rec.borrow();
                    let stderr: String = rec
                        .lines
                        .iter()
                        .filter(|l| l.stderr)
                        .map(|l| format!("{}\n", l.text))
                        .collect();
                    if let (Some(loc), Some(ed)) = (errors::locate(&stderr, MAIN_FILE), &sh.editor)
                    {
                        let json = serde_json::json!([{
                            "line": loc.line, "col": loc.col, "message": loc.message
                        }]);
                        ui::editor_set_errors(ed, &json.to_string());
                    }
                }
                rs.set(state);
                schedule_render(&s2, &f2);
            });
        })
    };
    shared.borrow_mut().start_run = Some(start_run.clone());

    // Load the runtime and the editor once.
    {
        let shared = shared.clone();
        let run_state = run_state.clone();
        let editor_ref = editor_ref.clone();
        let dark = *dark;
        let autorun = url.run;
        use_effect_with((), move |_| {
            let s2 = shared.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(ui::load_runtime(RUNTIME_URL)).await {
                    Ok(h) => {
                        s2.borrow_mut().runtime = Some(h.unchecked_into());
                        run_state.set(RunState::Ready);
                        if autorun {
                            let start = s2.borrow().start_run.clone();
                            if let Some(start) = start {
                                start.emit(false);
                            }
                        }
                    }
                    Err(e) => run_state.set(RunState::Failed(format!(
                        "the runtime did not load: {}",
                        e.as_string()
                            .or_else(|| js_sys::JSON::stringify(&e).ok().map(String::from))
                            .unwrap_or_default()
                    ))),
                }
            });
            if let Some(el) = editor_ref.cast::<web_sys::HtmlElement>() {
                let s3 = shared.clone();
                let code = shared.borrow().code.clone();
                let on_run = {
                    let s = shared.clone();
                    Closure::<dyn FnMut()>::new(move || {
                        let start = s.borrow().start_run.clone();
                        if let Some(start) = start {
                            start.emit(false);
                        }
                    })
                };
                let on_change = {
                    let s = shared.clone();
                    Closure::<dyn FnMut(String)>::new(move |t: String| {
                        if let Ok(mut sh) = s.try_borrow_mut() {
                            sh.code = t;
                        }
                    })
                };
                let p = ui::load_editor(EDITOR_URL, &el, &code, dark, &on_run, &on_change);
                on_run.forget();
                on_change.forget();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(ed) = wasm_bindgen_futures::JsFuture::from(p).await {
                        s3.borrow_mut().editor = Some(ed.unchecked_into());
                    }
                });
            }
            // Keyboard shortcuts outside text fields.
            let s4 = shared.clone();
            let listener = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(
                move |e: web_sys::KeyboardEvent| {
                    let cb = s4.borrow().on_key.clone();
                    if let Some(cb) = cb {
                        cb.emit(e);
                    }
                },
            );
            if let Some(doc) = window().and_then(|w| w.document()) {
                let _ = doc
                    .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            listener.forget();
            || ()
        });
    }

    // Theme: a class on <html>, the editor's theme, remembered.
    {
        let shared = shared.clone();
        use_effect_with(*dark, move |dark| {
            if let Some(root) = window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("data-theme", if *dark { "dark" } else { "light" });
            }
            if let Some(ed) = &shared.borrow().editor {
                ui::editor_set_dark(ed, *dark);
            }
            || ()
        });
    }

    // The editor highlights the lines of the hovered or current step: shortly after the step
    // settles (scrubbing stays smooth) and only when the lines change.
    let highlighted = use_mut_ref(|| (u32::MAX, Vec::<u32>::new()));
    {
        let shared = shared.clone();
        let highlighted = highlighted.clone();
        let shown = (*hover).or(current);
        use_effect_with((shown, version), move |(shown, _)| {
            let lines = {
                let sh = shared.borrow();
                let rec = sh.rec.borrow();
                shown
                    .and_then(|s| rec.steps.get(s))
                    .map(|st| {
                        let sched = rec.cbs.get(&st.cb).and_then(|i| i.at).map_or(0, |p| p.line);
                        let mut ran: Vec<u32> = st
                            .lines
                            .iter()
                            .filter_map(|&l| rec.lines.get(l).and_then(|l| l.at))
                            .map(|p| p.line)
                            .collect();
                        ran.dedup();
                        (sched, ran)
                    })
                    .unwrap_or((0, Vec::new()))
            };
            let mut handle = None;
            if *highlighted.borrow() != lines {
                let cb = Closure::once_into_js(move || {
                    if let Some(ed) = &shared.borrow().editor {
                        ui::editor_highlight(ed, lines.0, &lines.1);
                    }
                    *highlighted.borrow_mut() = lines;
                });
                handle = window().and_then(|w| {
                    w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 40)
                        .ok()
                });
            }
            move || {
                if let (Some(h), Some(w)) = (handle, window()) {
                    w.clear_timeout_with_handle(h);
                }
            }
        });
    }

    // Playback: one step per tick at the chosen speed.
    {
        let cursor = cursor.clone();
        let playing_h = playing.clone();
        let speed = *speed;
        use_effect_with(
            (*playing, current, n_steps),
            move |(playing, current, n)| {
                let mut handle = None;
                if *playing {
                    let next = current.map_or(0, |c| c + 1);
                    if next < *n {
                        let cb = Closure::once_into_js(move || cursor.set(Some(next)));
                        handle = window().and_then(|w| {
                            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                                cb.unchecked_ref(),
                                (1000 / speed.max(1)) as i32,
                            )
                            .ok()
                        });
                    } else {
                        playing_h.set(false);
                    }
                }
                move || {
                    if let (Some(h), Some(w)) = (handle, window()) {
                        w.clear_timeout_with_handle(h);
                    }
                }
            },
        );
    }

    // Toasts fade.
    {
        let toast = toast.clone();
        use_effect_with((*toast).clone(), move |t| {
            let mut handle = None;
            if t.is_some() {
                let cb = Closure::once_into_js(move || toast.set(None));
                handle = window().and_then(|w| {
                    w.set_timeout_with_callback_and_timeout_and_arguments_0(
                        cb.unchecked_ref(),
                        2500,
                    )
                    .ok()
                });
            }
            move || {
                if let (Some(h), Some(w)) = (handle, window()) {
                    w.clear_timeout_with_handle(h);
                }
            }
        });
    }

    let live = run_state.live();
    let step_forward = {
        let cursor = cursor.clone();
        let shared = shared.clone();
        let run_state = run_state.clone();
        Callback::from(move |_: ()| {
            let at_end = current.is_none_or(|c| c + 1 >= n_steps);
            if !at_end {
                let next = current.map_or(0, |c| c + 1);
                cursor.set(if next + 1 >= n_steps && live {
                    None
                } else {
                    Some(next)
                });
            } else if *run_state == RunState::Paused {
                if let Some(rt) = &shared.borrow().runtime {
                    rt.step();
                }
                cursor.set(None);
            } else if !live {
                // Nothing ran yet (or it ended): start a paused run and take its first step.
                let start = shared.borrow().start_run.clone();
                if let (Some(start), RunState::Ready) = (start, &*run_state) {
                    start.emit(true);
                    if let Some(rt) = &shared.borrow().runtime {
                        rt.step();
                    }
                }
            }
        })
    };
    let step_back = {
        let cursor = cursor.clone();
        Callback::from(move |_: ()| {
            if let Some(c) = current {
                cursor.set(Some(c.saturating_sub(1)));
            }
        })
    };
    let stop = {
        let shared = shared.clone();
        Callback::from(move |_: ()| {
            if let Some(rt) = &shared.borrow().runtime {
                rt.stop();
            }
        })
    };
    let pause_resume = {
        let shared = shared.clone();
        let run_state = run_state.clone();
        Callback::from(move |_: ()| {
            if let Some(rt) = &shared.borrow().runtime {
                if *run_state == RunState::Paused {
                    rt.resume();
                } else {
                    rt.pause();
                }
            }
        })
    };
    let toggle_play = {
        let playing = playing.clone();
        let cursor = cursor.clone();
        Callback::from(move |_: ()| {
            if !*playing && current.is_none_or(|c| c + 1 >= n_steps) {
                // Replay from the start.
                cursor.set(Some(0));
            }
            playing.set(!*playing);
        })
    };
    let select_step = {
        let cursor = cursor.clone();
        let playing = playing.clone();
        Callback::from(move |s: usize| {
            playing.set(false);
            cursor.set(Some(s));
        })
    };
    let on_hover = {
        let hover = hover.clone();
        Callback::from(move |s: Option<usize>| hover.set(s))
    };

    // Keyboard: ← → Home End, Space plays (outside the editor and form fields).
    {
        let step_forward = step_forward.clone();
        let step_back = step_back.clone();
        let toggle_play = toggle_play.clone();
        let cursor = cursor.clone();
        let modal = modal.clone();
        shared.borrow_mut().on_key = Some(Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                modal.set(None);
                return;
            }
            let target = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let inside = |sel: &str| {
                target
                    .as_ref()
                    .and_then(|el| el.closest(sel).ok())
                    .flatten()
                    .is_some()
            };
            // Text fields keep their keys; a focused button keeps Space (it presses it).
            if inside(".cm-editor, input, textarea, select")
                || (e.key() == " " && inside("button"))
                || e.ctrl_key()
                || e.meta_key()
                || e.alt_key()
            {
                return;
            }
            match e.key().as_str() {
                "ArrowRight" => step_forward.emit(()),
                "ArrowLeft" => step_back.emit(()),
                "Home" => cursor.set(Some(0)),
                "End" => cursor.set(None),
                " " => toggle_play.emit(()),
                _ => return,
            }
            e.prevent_default();
        }));
    }

    let load_example = {
        let shared = shared.clone();
        let settings = settings.clone();
        let title = title.clone();
        let modal = modal.clone();
        Callback::from(move |ex: &'static Example| {
            {
                let mut sh = shared.borrow_mut();
                sh.code = ex.code.to_owned();
                sh.settings = settings_for(ex);
                if let Some(ed) = &sh.editor {
                    ui::editor_set_doc(ed, ex.code);
                }
            }
            settings.set(settings_for(ex));
            title.set(Some(ex.title.to_owned()));
            modal.set(None);
            if let Some(w) = window() {
                let _ = w.history().and_then(|h| {
                    h.replace_state_with_url(
                        &JsValue::NULL,
                        "",
                        Some(&page_url(&format!("?example={}", ex.id))),
                    )
                });
            }
            let start = shared.borrow().start_run.clone();
            if let Some(start) = start {
                start.emit(false);
            }
        })
    };

    // The other legal order of a top-level setTimeout(0) vs setImmediate (rule 4).
    let other_order = {
        let settings = settings.clone();
        let shared = shared.clone();
        Callback::from(move |_: ()| {
            let mut s = (*settings).clone();
            s.latency = Some(if s.latency.unwrap_or(1) >= 1 { 0 } else { 1 });
            shared.borrow_mut().settings = s.clone();
            settings.set(s);
            let start = shared.borrow().start_run.clone();
            if let Some(start) = start {
                start.emit(false);
            }
        })
    };

    // The share query reads the editor and compresses: only when a link is wanted.
    let share_query = {
        let shared = shared.clone();
        let settings = (*settings).clone();
        move |embed: bool| {
            let sh = shared.borrow();
            let code = sh
                .editor
                .as_ref()
                .map_or_else(|| sh.code.clone(), ui::editor_get_doc);
            share::share_query(&code, &settings, embed)
        }
    };

    let race = *use_memo((Rc::as_ptr(&rec) as usize, version), {
        let rec = rec.clone();
        move |_| explain::top_level_race(&rec.borrow())
    });
    let explanation = current.and_then(|s| explain::explain(&rec.borrow(), s, race));
    let ending = explain::ending_note(&rec.borrow());
    let status = run_state.text();
    let step_text = match current {
        Some(c) => format!("step {} / {}", c + 1, n_steps),
        None => "no steps yet".into(),
    };
    let (ready, running) = (!matches!(*run_state, RunState::Loading), run_state.live());

    let onclick = |cb: &Callback<()>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let run_click = {
        let s = start_run.clone();
        Callback::from(move |_: MouseEvent| s.emit(false))
    };

    let header = html! {
        <header class="bar">
            <a class="brand" href="./" title="loopscope: Node.js internals, live">
                <span class="logo" aria-hidden="true">{"◴"}</span>{"loop"}<b>{"scope"}</b>
            </a>
            if !embed {
                <button class="ghost examples-btn" data-testid="examples"
                    onclick={let m = modal.clone(); move |_| m.set(Some("gallery"))}>
                    {"Examples ▾"}
                </button>
                <span class="ex-title">{(*title).clone().unwrap_or_default()}</span>
            }
            <div class="controls" role="toolbar" aria-label="Run controls">
                <button class="primary" data-testid="run" disabled={!ready} onclick={run_click}
                    title="Run (Ctrl+Enter)">{"▶ Run"}</button>
                <button data-testid="stop" disabled={!running} onclick={onclick(&stop)}
                    title="Stop the program">{"■ Stop"}</button>
                <button data-testid="pause" disabled={!running} onclick={onclick(&pause_resume)}
                    title="Pause / resume the program">
                    {if *run_state == RunState::Paused { "Resume" } else { "Pause" }}
                </button>
                <span class="sep" />
                <button data-testid="step-back" disabled={current.is_none_or(|c| c == 0)}
                    onclick={onclick(&step_back)} title="Step back (←)" aria-label="Step back">{"◀"}</button>
                <button data-testid="play" disabled={n_steps == 0} onclick={onclick(&toggle_play)}
                    title="Play the recorded steps (Space)">{if *playing { "❚❚" } else { "▷ Play" }}</button>
                <button data-testid="step-forward" disabled={!ready} onclick={onclick(&step_forward)}
                    title="Step forward (→)" aria-label="Step forward">{"▶"}</button>
                <select class="speed" aria-label="Playback speed" title="Playback speed"
                    onchange={let sp = speed.clone(); move |e: Event| {
                        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        sp.set(v.parse().unwrap_or(4));
                    }}>
                    { for [1u32, 2, 4, 8, 16, 60].iter().map(|v| html! {
                        <option value={v.to_string()} selected={*v == *speed}>{format!("{v}/s")}</option>
                    }) }
                </select>
            </div>
            <span class={classes!("status", format!("st-{}", match &*run_state {
                RunState::Done { code: 0, .. } => "ok",
                RunState::Done { .. } | RunState::Failed(_) => "bad",
                s if s.live() => "live",
                _ => "idle",
            }))} data-testid="status" role="status" aria-live="polite">{status.clone()}</span>
            <span class="grow" />
            if embed {
                <a class="ghost open-full" target="_blank" rel="noopener" href={page_url("")}
                    onclick={let q = share_query.clone(); move |e: MouseEvent| {
                        e.prevent_default();
                        if let Some(w) = window() {
                            let _ = w.open_with_url_and_target(&page_url(&q(false)), "_blank");
                        }
                    }}>{"Open in loopscope ↗"}</a>
            } else {
                <button class="ghost" data-testid="share" onclick={let m = modal.clone(); move |_| m.set(Some("share"))}>{"Share"}</button>
                <button class="ghost" data-testid="settings" onclick={let m = modal.clone(); move |_| m.set(Some("settings"))}>{"Settings"}</button>
                <button class="ghost" data-testid="theme" aria-label="Toggle dark theme"
                    onclick={let d = dark.clone(); move |_| {
                        let v = !*d;
                        if let Some(s) = window().and_then(|w| w.local_storage().ok().flatten()) {
                            let _ = s.set_item("loopscope-theme", if v { "dark" } else { "light" });
                        }
                        d.set(v);
                    }}>{if *dark { "☀" } else { "☾" }}</button>
            }
        </header>
    };

    let gallery = if *modal == Some("gallery") {
        let groups = ["Seed document", "Loop rules"];
        html! {
            <div class="modal" role="dialog" aria-modal="true" aria-label="Examples"
                onclick={let m = modal.clone(); move |_| m.set(None)}>
                <div class="sheet gallery" onclick={|e: MouseEvent| e.stop_propagation()}>
                    <h2>{"Examples"}</h2>
                    { for groups.iter().map(|g| html! {
                        <section>
                            <h3>{*g}</h3>
                            <ul>
                            { for EXAMPLES.iter().filter(|e| e.group == *g).map(|ex| {
                                let load = load_example.clone();
                                html! {
                                    <li>
                                        <button class="example" data-testid="example" data-id={ex.id}
                                            onclick={move |_| load.emit(ex)}>
                                            <span class="ex-name">
                                                {ex.title}
                                                if let Some(r) = ex.rule { <span class="rule">{format!("rule {r}")}</span> }
                                            </span>
                                            <span class="ex-about">{ex.about}</span>
                                        </button>
                                    </li>
                                }
                            }) }
                            </ul>
                        </section>
                    }) }
                </div>
            </div>
        }
    } else {
        html! {}
    };

    let share_modal = if *modal == Some("share") {
        let link = page_url(&share_query(false));
        let embed_url = page_url(&share_query(true));
        let iframe = format!(
            "<iframe src=\"{}\" width=\"100%\" height=\"380\" style=\"border:1px solid #d0d7de;border-radius:8px\" title=\"loopscope\" loading=\"lazy\"></iframe>",
            escape_html(&embed_url)
        );
        let base = page_url("");
        let code = shared.borrow().code.clone();
        let tag = format!(
            "<script type=\"module\" src=\"{}embed.js\"></script>\n<loop-scope threadpool=\"{}\">\n{}\n</loop-scope>",
            base.trim_end_matches("index.html"),
            settings.threadpool,
            escape_html(code.trim_end())
        );
        let field = |label: &'static str,
                     testid: &'static str,
                     value: String,
                     what: &'static str| {
            let toast = toast.clone();
            let v2 = value.clone();
            html! {
                <label class="share-field">
                    <span>{label}</span>
                    <textarea readonly=true rows={if testid == "share-link" { "2" } else { "4" }}
                        data-testid={testid} value={value} />
                    <button onclick={move |_| copy(v2.clone(), toast.clone(), what)}>{"Copy"}</button>
                </label>
            }
        };
        html! {
            <div class="modal" role="dialog" aria-modal="true" aria-label="Share"
                onclick={let m = modal.clone(); move |_| m.set(None)}>
                <div class="sheet" onclick={|e: MouseEvent| e.stop_propagation()}>
                    <h2>{"Share and embed"}</h2>
                    <p class="hint">{"The code and settings live in the link: it reproduces this run exactly."}</p>
                    {field("Link", "share-link", link, "link")}
                    {field("Embed (iframe)", "share-iframe", iframe, "embed code")}
                    {field("Embed (one script tag + <loop-scope>)", "share-tag", tag, "embed code")}
                </div>
            </div>
        }
    } else {
        html! {}
    };

    let settings_modal = if *modal == Some("settings") {
        let set = |f: fn(&mut Settings, String)| {
            let settings = settings.clone();
            Callback::from(move |e: Event| {
                let v = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                let mut s = (*settings).clone();
                f(&mut s, v);
                settings.set(s);
            })
        };
        let s = &*settings;
        let opt = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_default();
        html! {
            <div class="modal" role="dialog" aria-modal="true" aria-label="Settings"
                onclick={let m = modal.clone(); move |_| m.set(None)}>
                <form class="sheet settings" onclick={|e: MouseEvent| e.stop_propagation()}
                    onsubmit={let m = modal.clone(); move |e: SubmitEvent| { e.prevent_default(); m.set(None); }}>
                    <h2>{"Settings"}</h2>
                    <label><span>{"Clock"}</span>
                        <select data-testid="set-clock" onchange={let st = settings.clone(); move |e: Event| {
                            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            let mut s = (*st).clone(); s.clock = v; st.set(s);
                        }}>
                            <option value="virtual" selected={s.clock == "virtual"}>{"virtual (deterministic)"}</option>
                            <option value="real" selected={s.clock == "real"}>{"real (wall clock)"}</option>
                        </select></label>
                    <label><span>{"Loop-entry latency (ms)"}</span>
                        <input type="number" min="0" max="100" placeholder="1 (default)" data-testid="set-latency"
                            value={s.latency.map(|v| v.to_string()).unwrap_or_default()}
                            onchange={set(|s, v| s.latency = v.parse().ok())} /></label>
                    <p class="hint">{"Which legal order a top-level setTimeout(0) vs setImmediate shows: 1 ms (default) runs the timer first, as node does most often here; 0 runs the immediate first."}</p>
                    <label><span>{"UV_THREADPOOL_SIZE"}</span>
                        <input type="number" min="1" max="1024" data-testid="set-threadpool" value={s.threadpool.to_string()}
                            onchange={set(|s, v| s.threadpool = v.parse::<u32>().unwrap_or(4).clamp(1, 1024))} /></label>
                    <label><span>{"Max instructions"}</span>
                        <input type="number" min="1000" placeholder="default" value={opt(s.max_instructions)}
                            onchange={set(|s, v| s.max_instructions = v.parse().ok())} /></label>
                    <label><span>{"Max virtual time (ms)"}</span>
                        <input type="number" min="1" placeholder="default" value={opt(s.max_time_ms)}
                            onchange={set(|s, v| s.max_time_ms = v.parse().ok())} /></label>
                    <label><span>{"Heap limit (MiB)"}</span>
                        <input type="number" min="16" max="2048" placeholder="512" value={opt(s.max_heap_mb.map(u64::from))}
                            onchange={set(|s, v| s.max_heap_mb = v.parse().ok())} /></label>
                    <div class="row"><button class="primary" type="submit">{"Done"}</button></div>
                </form>
            </div>
        }
    } else {
        html! {}
    };

    html! {
        <div class={classes!("app", embed.then_some("embed"))}>
            {header}
            <main class="layout">
                <section class="left">
                    <div class="editor" data-testid="editor" ref={editor_ref}></div>
                    <ConsoleView rec={recref.clone()} current={current} on_select={select_step.clone()} />
                </section>
                <section class="right">
                    <ExplainView explanation={explanation} ending={ending} step_text={step_text}
                        on_other_order={other_order} />
                    <Scrubber n={n_steps} current={current} on_select={select_step.clone()} />
                    <TimelineView rec={recref.clone()} current={current}
                        on_select={select_step.clone()} on_hover={on_hover} />
                    if !embed {
                        <div class="panels">
                            <QueuesView rec={recref.clone()} current={current} />
                            <PoolView rec={recref.clone()} current={current} />
                            <StreamsView rec={recref.clone()} current={current} />
                            <MemoryView rec={recref.clone()} current={current} />
                        </div>
                    } else {
                        <div class="panels compact">
                            <QueuesView rec={recref.clone()} current={current} />
                        </div>
                    }
                </section>
            </main>
            {gallery}
            {share_modal}
            {settings_modal}
            if let Some(t) = &*toast {
                <div class="toast" role="status">{t.clone()}</div>
            }
        </div>
    }
}
