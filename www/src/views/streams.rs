//! Streams: each stream's buffered bytes (or objects) against its highWaterMark at the
//! current step, with how often `write()` returned false and 'drain' fired so far.

use yew::prelude::*;

use super::{fmt_bytes, position, RecRef};

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The recording.
    pub rec: RecRef,
    /// The current step.
    pub current: Option<usize>,
}

/// The streams.
#[function_component(StreamsView)]
pub fn streams(p: &Props) -> Html {
    let rec = p.rec.0.borrow();
    let pos = position(&rec, p.current);
    let shown: Vec<_> = rec
        .streams
        .iter()
        .filter(|s| {
            s.lengths.first().is_none_or(|l| l.0 < pos) || s.marks.iter().any(|m| m.0 < pos)
        })
        .collect();
    html! {
        <div class="panel streams-panel" data-testid="streams">
            <h3>{"Streams "}<small>{"buffered vs highWaterMark"}</small></h3>
            if shown.is_empty() {
                <p class="hint">{"No streams yet. Readable, Writable, Transform and fs streams show their buffers here."}</p>
            }
            { for shown.iter().take(12).map(|s| {
                let len = s.lengths.iter().take_while(|l| l.0 < pos).last().map_or(0.0, |l| l.1);
                let peak = s.lengths.iter().take_while(|l| l.0 < pos).map(|l| l.1).fold(0.0, f64::max);
                let hwm = if s.hwm > 0.0 { s.hwm } else { 16384.0 };
                let count = |w: &str| s.marks.iter().filter(|m| m.0 < pos && m.1 == w).count();
                let (wf, dr) = (count("write-false"), count("drain"));
                let scale = (peak.max(hwm) * 1.1).max(1.0);
                let unit = |v: f64| if s.object_mode { format!("{v:.0} obj") } else { fmt_bytes(v) };
                let ended: Vec<&str> = ["end", "finish", "close", "error"].into_iter().filter(|w| count(w) > 0).collect();
                html! {
                    <div class={classes!("stream", (len > hwm).then_some("over"))} data-testid="stream" key={s.id}>
                        <div class="s-title">
                            <b>{if s.ty.is_empty() { "stream".to_owned() } else { s.ty.clone() }}</b>
                            <span>{s.name.clone()}</span>
                            <small>{format!("{} / hwm {}", unit(len), unit(hwm))}</small>
                        </div>
                        <div class="s-track">
                            <span class="s-fill" style={format!("width:{:.2}%", len * 100.0 / scale)} />
                            <span class="s-peak" style={format!("left:{:.2}%", peak * 100.0 / scale)} title={format!("peak {}", unit(peak))} />
                            <span class="s-hwm" style={format!("left:{:.2}%", hwm * 100.0 / scale)} title="highWaterMark" />
                        </div>
                        <div class="s-marks">
                            if wf > 0 { <span class="m-false">{format!("write() → false ×{wf}")}</span> }
                            if dr > 0 { <span class="m-drain">{format!("'drain' ×{dr}")}</span> }
                            { for ended.iter().map(|w| html! { <span class="m-end">{format!("'{w}'")}</span> }) }
                        </div>
                    </div>
                }
            }) }
        </div>
    }
}
