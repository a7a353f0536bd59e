//! Console: stdout and stderr line by line, each linked to the step that printed it (click to
//! jump there); lines printed after the current step are dimmed while scrubbing. Long outputs
//! render only the visible lines.

use yew::prelude::*;

use super::{position, RecRef};

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The recording.
    pub rec: RecRef,
    /// The current step.
    pub current: Option<usize>,
    /// Select a step.
    pub on_select: Callback<usize>,
}

const LINE_H: f64 = 19.0;
const WINDOW: usize = 400;

/// The console.
#[function_component(ConsoleView)]
pub fn console(p: &Props) -> Html {
    let rec = p.rec.0.borrow();
    let pos = position(&rec, p.current);
    let scroller = use_node_ref();
    let top = use_state(|| 0.0f64);
    let n = rec.lines.len();
    let tail: Vec<(bool, String)> = rec.unterminated().map(|(e, s)| (e, s.to_owned())).collect();
    // Small outputs are rendered whole; long ones by window.
    let (first, last) = if n <= WINDOW {
        (0, n)
    } else {
        let f = ((*top / LINE_H) as usize).saturating_sub(50);
        (f, (f + 200).min(n))
    };
    let onscroll = {
        let top = top.clone();
        let scroller = scroller.clone();
        Callback::from(move |_: Event| {
            if let Some(el) = scroller.cast::<web_sys::HtmlElement>() {
                top.set(f64::from(el.scroll_top()));
            }
        })
    };
    let windowed = n > WINDOW;
    html! {
        <div class="panel console-panel">
            <h3>{"Console"}<small>{format!(" {n} lines")}</small></h3>
            <div class="console" data-testid="console" ref={scroller} onscroll={onscroll} role="log" aria-live="polite">
                <div class="c-body" style={if windowed { format!("height:{}px;position:relative", n as f64 * LINE_H) } else { String::new() }}>
                    { for (first..last).map(|i| {
                        let l = &rec.lines[i];
                        let future = p.current.is_some() && l.ev >= pos;
                        let sel = l.step.is_some() && l.step == p.current;
                        let on_select = p.on_select.clone();
                        let step = l.step;
                        let style = if windowed { format!("position:absolute;top:{}px", i as f64 * LINE_H) } else { String::new() };
                        html! {
                            <div class={classes!("c-line", l.stderr.then_some("stderr"), future.then_some("future"), sel.then_some("sel"))}
                                data-testid="console-line" key={i} style={style} data-from={l.from.clone()}
                                title={step.map(|s| format!("printed by step {}", s + 1)).unwrap_or_default()}
                                onclick={move |_| if let Some(s) = step { on_select.emit(s) }}>{l.text.clone()}</div>
                        }
                    }) }
                    { for tail.iter().map(|(err, t)| html! {
                        <div class={classes!("c-line", err.then_some("stderr"))} data-testid="console-line">{t.clone()}</div>
                    }) }
                </div>
                if n == 0 && tail.is_empty() {
                    <div class="empty">{"Output appears here, each line linked to the callback that printed it."}</div>
                }
            </div>
        </div>
    }
}
