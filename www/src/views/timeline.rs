//! Execution order: one row per callback, placed in the lane of the phase it ran in (main,
//! timers, pending, idle·prepare, poll, check, close, exit), with loop iterations, poll waits
//! and nextTick / microtask drains as their own rows and the console output of each callback
//! beside it. Rows have a fixed height and only the visible ones are in the DOM, so a run of
//! 100k events scrolls and scrubs smoothly.

use yew::prelude::*;

use super::{fmt_ms, RecRef};
use crate::model::{lane, Row, LANES};

/// Row height in px (keep in sync with `.tl-row` in style.css).
const ROW_H: f64 = 26.0;
/// Rows rendered beyond the visible ones.
const OVERSCAN: usize = 12;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The recording.
    pub rec: RecRef,
    /// The current step.
    pub current: Option<usize>,
    /// Select a step.
    pub on_select: Callback<usize>,
    /// Hover a step (None: left).
    pub on_hover: Callback<Option<usize>>,
}

/// The timeline.
#[function_component(TimelineView)]
pub fn timeline(p: &Props) -> Html {
    let scroller = use_node_ref();
    // (scroll top, viewport height), kept here so stepping never reads layout back.
    let scroll = use_mut_ref(|| (0.0f64, 480.0f64));
    let shown_row = use_mut_ref(|| None::<usize>);
    let jumps = use_mut_ref(|| 0u64);
    let force = use_force_update();
    // Set when we scroll the list ourselves, so its scroll event need not read the DOM back.
    let ours = use_mut_ref(|| false);
    let rec = p.rec.0.borrow();
    let n = rec.rows.len();
    let current_row = p.current.and_then(|s| rec.step_row.get(s).copied());

    // When the step moves out of view, this render already shows the rows around it and the
    // effect below only moves the scrollbar there: one layout per step, not two.
    let mut jump = None;
    if *shown_row.borrow() != current_row {
        *shown_row.borrow_mut() = current_row;
        let (st, view) = *scroll.borrow();
        if let Some(row) = current_row {
            let y = row as f64 * ROW_H;
            if y < st || y + ROW_H * 2.0 > st + view {
                let target = (y - view / 3.0).max(0.0);
                *scroll.borrow_mut() = (target, view);
                jump = Some(target);
                *jumps.borrow_mut() += 1;
            }
        }
    }
    {
        let scroller = scroller.clone();
        let ours = ours.clone();
        use_effect_with(
            (jump.map(|t| t as i64), *jumps.borrow()),
            move |(jump, _)| {
                if let (Some(t), Some(el)) = (jump, scroller.cast::<web_sys::HtmlElement>()) {
                    *ours.borrow_mut() = true;
                    el.set_scroll_top(*t as i32);
                }
                || ()
            },
        );
    }
    // The viewport's height, measured once mounted (and on every scroll).
    {
        let scroller = scroller.clone();
        let scroll = scroll.clone();
        let force = force.clone();
        use_effect_with((), move |_| {
            if let Some(el) = scroller.cast::<web_sys::HtmlElement>() {
                *scroll.borrow_mut() = (
                    f64::from(el.scroll_top()),
                    f64::from(el.client_height()).max(ROW_H * 4.0),
                );
                force.force_update();
            }
            || ()
        });
    }

    let onscroll = {
        let scroll = scroll.clone();
        let scroller = scroller.clone();
        let ours = ours.clone();
        Callback::from(move |_: Event| {
            if std::mem::take(&mut *ours.borrow_mut()) {
                return;
            }
            if let Some(el) = scroller.cast::<web_sys::HtmlElement>() {
                let now = (
                    f64::from(el.scroll_top()),
                    f64::from(el.client_height()).max(ROW_H * 4.0),
                );
                if now != *scroll.borrow() {
                    *scroll.borrow_mut() = now;
                    force.force_update();
                }
            }
        })
    };
    let (top, view) = *scroll.borrow();
    let first = ((top / ROW_H) as usize).saturating_sub(OVERSCAN);
    let last = (((top + view.max(200.0)) / ROW_H) as usize + OVERSCAN).min(n);

    // `fill` in its lane, spanning up to three empty lanes to the right so its label stays
    // readable (a row holds one block; the lane dividers are the row's background).
    let lane_cells = |fill: Html, at: usize, class: &'static str| -> Html {
        let span = (LANES.len() - at).min(3);
        html! {
            <div class={classes!("fill", class)}
                style={format!("grid-column:{} / span {span};grid-row:1", at + 1)}>{fill}</div>
        }
    };

    let rows = (first..last).map(|r| {
        let style = format!("top:{}px", r as f64 * ROW_H);
        match rec.rows[r] {
            Row::Iteration { iter, ev } => {
                let t = rec.events.get(ev).map_or(0, |e| e.t_ns);
                html! {
                    <div class="tl-row tl-iter" style={style}>
                        <span>{format!("loop iteration {iter}")}</span>
                        <span class="t">{fmt_ms(t)}</span>
                    </div>
                }
            }
            Row::Wait { ms, .. } => html! {
                <div class="tl-row tl-note" style={style}>
                    {lane_cells(html! { <span class="wait">{format!("poll waited {ms} ms")}</span> }, lane("poll"), "note")}
                    <div class="cell out" style="grid-column:9;grid-row:1" />
                </div>
            },
            Row::Drain { ticks, len, ev } => {
                let phase = rec.events.get(ev).map_or("main", |e| e.phase.as_str());
                let label = if ticks {
                    format!("↳ nextTick queue drains ({len})")
                } else {
                    format!("↳ microtask queue drains ({len})")
                };
                html! {
                    <div class="tl-row tl-note" style={style}>
                        {lane_cells(html! { <span class={classes!("drain", if ticks { "q-tick" } else { "q-micro" })}>{label}</span> }, lane(phase), "note")}
                        <div class="cell out" style="grid-column:9;grid-row:1" />
                    </div>
                }
            }
            Row::Step(s) => {
                let st = &rec.steps[s];
                let label = rec.label(st.cb);
                let out: Vec<&str> = st.lines.iter().filter_map(|&l| rec.lines.get(l)).map(|l| l.text.as_str()).collect();
                let err = st.lines.iter().filter_map(|&l| rec.lines.get(l)).any(|l| l.stderr);
                let sel = p.current == Some(s);
                let on_select = p.on_select.clone();
                let enter = p.on_hover.clone();
                let leave = p.on_hover.clone();
                let block = html! {
                    <span class={classes!("blk", format!("k-{}", st.kind), st.drain.is_some().then_some("micro"), st.threw.then_some("threw"))}
                        title={format!("{label} — {} phase, iteration {}, {}", st.phase, st.iter, fmt_ms(st.t_ns))}>
                        {label.clone()}
                    </span>
                };
                html! {
                    <div class={classes!("tl-row", "tl-step", sel.then_some("sel"))} style={style}
                        data-testid="timeline-step" data-phase={st.phase.clone()} data-kind={st.kind.clone()}
                        role="button" tabindex="-1" aria-label={format!("step {}: {label} in {}", s + 1, st.phase)}
                        onclick={move |_| on_select.emit(s)}
                        onmouseenter={move |_| enter.emit(Some(s))}
                        onmouseleave={move |_| leave.emit(None)}>
                        {lane_cells(block, lane(&st.phase), "has")}
                        <div class={classes!("cell", "out", err.then_some("err"))} style="grid-column:9;grid-row:1">
                            { match out.len() {
                                0 => html! {},
                                1 => html! { <span>{out[0]}</span> },
                                k => html! { <span>{out[0]}<em>{format!("  +{} lines", k - 1)}</em></span> },
                            } }
                        </div>
                    </div>
                }
            }
        }
    });

    html! {
        <div class="panel timeline-panel">
            <div class="tl-head" aria-hidden="true">
                { for LANES.iter().map(|l| html! { <div class={classes!("cell", format!("lane-{}", l.replace('·', "-")))}>{*l}</div> }) }
                <div class="cell out">{"output"}</div>
            </div>
            <div class="tl-scroll" ref={scroller} onscroll={onscroll} data-testid="timeline"
                aria-label="Execution order timeline">
                <div class="tl-body" style={format!("height:{}px", n as f64 * ROW_H)}>
                    { for rows }
                </div>
                if n == 0 {
                    <div class="empty">{"Run the code to see which phase runs each callback."}</div>
                }
            </div>
        </div>
    }
}
