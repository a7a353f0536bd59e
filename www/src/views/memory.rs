//! Memory: heap used (without Buffers), external (live Buffers) and the whole wasm memory over
//! virtual time, from the sample the runtime takes after every callback, with a marker at the
//! current step. At most a few hundred points are drawn, whatever the run's length.

use yew::prelude::*;

use super::{fmt_bytes, fmt_ms, position, RecRef};

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The recording.
    pub rec: RecRef,
    /// The current step.
    pub current: Option<usize>,
}

const W: f64 = 320.0;
const H: f64 = 110.0;
const POINTS: usize = 300;

/// The three lines (heap, external, total) as SVG points, at most [`POINTS`] each.
fn polylines(m: &[crate::model::MemSample]) -> (String, String, String) {
    let end = m.last().map_or(1, |s| s.t_ns).max(1) as f64;
    let top = m
        .iter()
        .map(|s| s.total.unwrap_or(0).max(s.heap + s.external))
        .max()
        .unwrap_or(1)
        .max(1) as f64
        * 1.08;
    let every = (m.len() / POINTS).max(1);
    let line = |f: &dyn Fn(&crate::model::MemSample) -> Option<u64>| -> String {
        let mut pts = String::new();
        for (i, s) in m.iter().enumerate() {
            if i % every != 0 && i + 1 != m.len() {
                continue;
            }
            if let Some(v) = f(s) {
                let x = s.t_ns as f64 / end * W;
                let y = H - v as f64 / top * H;
                pts.push_str(&format!("{x:.1},{y:.1} "));
            }
        }
        pts
    };
    (
        line(&|s| Some(s.heap)),
        line(&|s| Some(s.external)),
        line(&|s| s.total),
    )
}

/// The memory chart.
#[function_component(MemoryView)]
pub fn memory(p: &Props) -> Html {
    // The lines change only when samples arrive; the step only moves the marker.
    let lines = use_memo(p.rec.clone(), |r| {
        let rec = r.0.borrow();
        polylines(&rec.memory)
    });
    let rec = p.rec.0.borrow();
    let m = &rec.memory;
    let pos = position(&rec, p.current);
    let end = m.last().map_or(1, |s| s.t_ns).max(1) as f64;
    let (heap, ext, total) = (*lines).clone();
    let at = m.iter().take_while(|s| s.ev < pos).last().copied();
    let marker_x = at.map_or(0.0, |s| s.t_ns as f64 / end * W);
    html! {
        <div class="panel memory-panel">
            <h3>{"Memory"}
                if let Some(s) = at {
                    <small>{format!(" heap {} · external {}{} · at {}", fmt_bytes(s.heap as f64), fmt_bytes(s.external as f64),
                        s.total.map(|t| format!(" · wasm {}", fmt_bytes(t as f64))).unwrap_or_default(), fmt_ms(s.t_ns))}</small>
                }
            </h3>
            <svg class="mem" data-testid="memory-chart" viewBox={format!("0 0 {W} {H}")} preserveAspectRatio="none"
                role="img" aria-label="Memory over time: heap used, external (Buffers) and total">
                <polyline class="m-total" points={total} />
                <polyline class="m-heap" points={heap} />
                <polyline class="m-ext" points={ext} />
                <line class="m-now" x1={format!("{marker_x:.1}")} x2={format!("{marker_x:.1}")} y1="0" y2={H.to_string()} />
            </svg>
            <div class="legend">
                <span class="l-heap">{"heap used"}</span>
                <span class="l-ext">{"external (Buffers)"}</span>
                <span class="l-total">{"heap total (wasm memory)"}</span>
                <span class="hint">{format!("{} samples", m.len())}</span>
            </div>
        </div>
    }
}
