//! Queues: what waits in each of the loop's queues right after the current step — nextTick,
//! microtasks, timers (by due time), pending, poll (pool completions and OS-async I/O), check
//! (immediates) and close. Items are keyed by callback, so entering ones animate in.

use yew::prelude::*;

use super::{fmt_ms, position, RecRef};
use crate::model::Recording;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The recording.
    pub rec: RecRef,
    /// The current step.
    pub current: Option<usize>,
}

const SHOW: usize = 40;

fn chips(rec: &Recording, items: Vec<(u64, String)>, left: Vec<u64>, class: &'static str) -> Html {
    let more = items.len().saturating_sub(SHOW);
    html! {
        <>
            // Entries that left this queue in this step fade out (they ran or were cleared).
            { for left.into_iter().take(8).map(|cb| html! {
                <li class={classes!("chip", class, "leaving")} key={format!("gone-{cb}")} aria-hidden="true">
                    <span>{rec.label(cb)}</span>
                </li>
            }) }
            { for items.into_iter().take(SHOW).map(|(cb, extra)| {
                let at = rec.cbs.get(&cb).and_then(|i| i.at).map(|p| format!(" L{}", p.line)).unwrap_or_default();
                html! {
                    <li class={classes!("chip", class)} key={cb} data-testid="queue-item">
                        <span>{rec.label(cb)}</span>
                        <small>{format!("{extra}{at}")}</small>
                    </li>
                }
            }) }
            if more > 0 { <li class="chip more">{format!("+{more} more")}</li> }
        </>
    }
}

fn queue(
    title: &'static str,
    testid: &'static str,
    hint: &'static str,
    body: Html,
    len: usize,
) -> Html {
    html! {
        <div class={classes!("queue", (len == 0).then_some("empty"))} data-testid={testid} data-len={len.to_string()}>
            <div class="q-title"><span>{title}</span><b>{len}</b></div>
            <ul title={hint}>{body}</ul>
        </div>
    }
}

/// The queues.
#[function_component(QueuesView)]
pub fn queues(p: &Props) -> Html {
    let rec = p.rec.0.borrow();
    let pos = position(&rec, p.current);
    let q = rec.queues_at(pos);
    // The queues before this step, to show what left them.
    let before = p
        .current
        .and_then(|s| s.checked_sub(1))
        .map(|s| rec.queues_at(rec.pos_after(s)));
    let gone = |now: Vec<u64>, then: Option<Vec<u64>>| -> Vec<u64> {
        then.unwrap_or_default()
            .into_iter()
            .filter(|c| !now.contains(c))
            .collect()
    };
    let g_ticks = gone(
        q.ticks.values().copied().collect(),
        before.as_ref().map(|b| b.ticks.values().copied().collect()),
    );
    let g_micro = gone(
        q.micro.values().copied().collect(),
        before.as_ref().map(|b| b.micro.values().copied().collect()),
    );
    let g_timers = gone(
        q.timers.values().copied().collect(),
        before
            .as_ref()
            .map(|b| b.timers.values().copied().collect()),
    );
    let g_check = gone(
        q.check.values().copied().collect(),
        before.as_ref().map(|b| b.check.values().copied().collect()),
    );
    let g_poll = gone(
        q.pool_done.values().chain(q.io.values()).copied().collect(),
        before
            .as_ref()
            .map(|b| b.pool_done.values().chain(b.io.values()).copied().collect()),
    );
    let ticks: Vec<_> = q.ticks.values().map(|&c| (c, String::new())).collect();
    let micro: Vec<_> = q.micro.values().map(|&c| (c, String::new())).collect();
    let timers: Vec<_> = q
        .timers
        .iter()
        .map(|(&(due, _), &c)| (c, format!("due {due} ms")))
        .collect();
    let check: Vec<_> = q.check.values().map(|&c| (c, String::new())).collect();
    let mut poll: Vec<_> = q
        .pool_done
        .values()
        .map(|&c| (c, "pool task done".to_owned()))
        .collect();
    poll.extend(
        q.io.iter()
            .map(|(&(due, _), &c)| (c, format!("I/O, ready at {}", fmt_ms(due)))),
    );
    let waiting_pool = q.pool_waiting.len() + q.pool_running.len();
    let (lt, lm, ltm, lc, lp) = (
        ticks.len(),
        micro.len(),
        timers.len(),
        check.len(),
        poll.len(),
    );
    html! {
        <div class="panel queues-panel">
            <h3>{"Queues "}<small>{"after this step"}</small></h3>
            <div class="queues">
                {queue("nextTick", "queue-nexttick", "process.nextTick callbacks: drained first, after every callback", chips(&rec, ticks, g_ticks, "q-tick"), lt)}
                {queue("microtasks", "queue-microtask", "promise reactions and queueMicrotask: drained after the nextTick queue", chips(&rec, micro, g_micro, "q-micro"), lm)}
                {queue("timers", "queue-timers", "setTimeout / setInterval, by due time", chips(&rec, timers, g_timers, "q-timer"), ltm)}
                {queue("pending", "queue-pending", "I/O callbacks deferred to the next iteration (e.g. some socket errors)", html! {}, 0)}
                {queue("poll", "queue-poll", "completed thread-pool tasks and I/O, delivered in the poll phase", chips(&rec, poll, g_poll, "q-poll"), lp)}
                {queue("check", "queue-check", "setImmediate callbacks", chips(&rec, check, g_check, "q-check"), lc)}
                {queue("close", "queue-close", "'close' callbacks of abruptly closed handles", html! {}, 0)}
            </div>
            if waiting_pool > 0 {
                <p class="hint">{format!("{waiting_pool} task(s) still in the thread pool (see Thread pool).")}</p>
            }
        </div>
    }
}
