//! Thread pool: one lane per libuv thread (`UV_THREADPOOL_SIZE`) with a bar per task over
//! virtual time, up to the current step, and the tasks waiting for a free thread. When every
//! lane is busy and tasks wait, the panel says the pool is exhausted.

use yew::prelude::*;

use super::{fmt_ms, position, RecRef};

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The recording.
    pub rec: RecRef,
    /// The current step.
    pub current: Option<usize>,
}

/// The thread pool.
#[function_component(PoolView)]
pub fn pool(p: &Props) -> Html {
    let rec = p.rec.0.borrow();
    if rec.pool.is_empty() {
        return html! {
            <div class="panel pool-panel">
                <h3>{"Thread pool"}</h3>
                <p class="hint">{"Not used yet: fs, dns.lookup, zlib, crypto.pbkdf2/scrypt/hkdf/randomBytes and crypto.subtle.digest run here (4 threads by default)."}</p>
            </div>
        };
    }
    let pos = position(&rec, p.current);
    let now = pos
        .checked_sub(1)
        .and_then(|i| rec.events.get(i))
        .map_or(0, |e| e.t_ns);
    let end = rec
        .pool
        .iter()
        .filter_map(|t| t.finished.map(|f| f.0))
        .max()
        .unwrap_or(0)
        .max(rec.end_ns())
        .max(1);
    let pct = |ns: u64| ns as f64 * 100.0 / end as f64;
    let size = rec.pool_size.max(1);
    let waiting: Vec<_> = rec
        .pool
        .iter()
        .filter(|t| t.queued_ev < pos && t.started.as_ref().is_none_or(|s| s.2 >= pos))
        .collect();
    let mut busy_threads = 0;
    let lanes = (0..size).map(|th| {
        let tasks: Vec<_> = rec
            .pool
            .iter()
            .filter(|t| t.started.as_ref().is_some_and(|s| s.0 == th && s.2 < pos))
            .collect();
        let busy = tasks
            .iter()
            .any(|t| t.finished.is_none_or(|f| f.1 >= pos));
        if busy {
            busy_threads += 1;
        }
        let worker = tasks
            .iter()
            .rev()
            .find_map(|t| t.started.as_ref().and_then(|s| s.3.clone()));
        html! {
            <div class={classes!("lane", busy.then_some("busy"))} data-testid="pool-thread"
                data-busy={busy.to_string()}>
                <span class="lane-name" title={worker.clone().unwrap_or_else(|| "runs inline".into())}>{format!("thread {th}")}</span>
                <div class="lane-track">
                    { for tasks.iter().map(|t| {
                        let (_, start, _, _) = t.started.clone().unwrap_or_default();
                        let done = t.finished.filter(|f| f.1 < pos).map(|f| f.0);
                        let stop = done.unwrap_or(now.max(start));
                        html! {
                            <span class={classes!("task", done.is_none().then_some("open"))}
                                style={format!("left:{:.3}%;width:{:.3}%", pct(start), (pct(stop) - pct(start)).max(0.4))}
                                title={format!("{}{} · {} → {}{}", t.api, t.at.map(|p| format!(" (line {})", p.line)).unwrap_or_default(), fmt_ms(start), done.map(fmt_ms).unwrap_or_else(|| "running".into()),
                                    t.started.as_ref().and_then(|s| s.3.clone()).map(|w| format!(" · {w}")).unwrap_or_default())}>
                                {t.api.clone()}
                            </span>
                        }
                    }) }
                    <span class="now" style={format!("left:{:.3}%", pct(now))} />
                </div>
            </div>
        }
    }).collect::<Html>();
    let exhausted = busy_threads == size && !waiting.is_empty();
    html! {
        <div class={classes!("panel", "pool-panel", exhausted.then_some("exhausted"))}>
            <h3>
                {format!("Thread pool · {size} threads")}
                <small>{format!(" {busy_threads} busy · {} waiting", waiting.len())}</small>
            </h3>
            <div class="lanes">{lanes}</div>
            <div class="pool-wait">
                <span>{"waiting:"}</span>
                if waiting.is_empty() { <span class="hint">{"none"}</span> }
                { for waiting.iter().map(|t| html! {
                    <span class="chip q-pool" data-testid="pool-waiting" key={t.task}>{t.api.clone()}</span>
                }) }
            </div>
            if exhausted {
                <p class="warn">{"Pool exhausted: every thread is busy, so new work waits (raise UV_THREADPOOL_SIZE in Settings)."}</p>
            }
        </div>
    }
}
