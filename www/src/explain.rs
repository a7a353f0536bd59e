//! "Why does this callback run now?": one or two sentences for a step, naming the phase and
//! the rule of Node's loop (shared/DESIGN.md §3) that let it run, read from the trace alone.
//! Also notices when the order shown is one of several that real Node can print.

use crate::model::Recording;

/// An explanation of one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// What ran, e.g. "setTimeout 0ms · tick".
    pub title: String,
    /// Why it runs now.
    pub why: String,
    /// Set when real Node may print another order here (top-level setTimeout 0 vs
    /// setImmediate): the sentence to show with the "show the other order" offer.
    pub not_guaranteed: Option<String>,
}

fn ms(ns: u64) -> String {
    let v = ns as f64 / 1e6;
    if v >= 100.0 || (v - v.round()).abs() < 0.05 {
        format!("{v:.0} ms")
    } else {
        format!("{v:.1} ms")
    }
}

fn who(rec: &Recording, cb: Option<u64>) -> String {
    match cb {
        Some(c) => match rec.cbs.get(&c).map(|i| i.kind.as_str()) {
            Some("main") => "the main script".into(),
            Some(_) => format!("the {} callback", rec.label(c)),
            None => "the runtime".into(),
        },
        None => "the runtime".into(),
    }
}

/// Whether the main script scheduled both a ≤1 ms timeout and an immediate: then the order
/// between the first timers pass and the first check phase depends on the loop's start-up
/// time in real Node (rule 4).
pub fn top_level_race(rec: &Recording) -> bool {
    let main_cbs: Vec<u64> = rec
        .steps
        .iter()
        .filter(|s| s.kind == "main")
        .map(|s| s.cb)
        .collect();
    let from_main = |kind: &str| {
        rec.cbs.values().any(|i| {
            i.kind == kind
                && i.by.is_some_and(|b| main_cbs.contains(&b))
                && (kind != "timeout" || i.timer.is_some_and(|(ms, _)| ms <= 1))
        })
    };
    from_main("timeout") && from_main("immediate")
}

/// Explains step `s`; `race` is [`top_level_race`] of the recording (computed once per
/// version by the caller: it looks at every callback).
pub fn explain(rec: &Recording, s: usize, race: bool) -> Option<Explanation> {
    let st = rec.steps.get(s)?;
    let info = rec.cbs.get(&st.cb).cloned().unwrap_or_default();
    let title = rec.label(st.cb);
    let by = who(rec, info.by);
    let parent = st
        .after
        .and_then(|p| rec.steps.get(p))
        .map(|p| who(rec, Some(p.cb)))
        .unwrap_or_else(|| "the current operation".into());
    let scheduled_in = info.scheduled_phase.as_str();
    let mut not_guaranteed = None;
    let why = match st.kind.as_str() {
        "main" => "The main script runs first, synchronously, before the event loop starts. \
                   Everything it schedules waits in the queues; then Node drains the nextTick \
                   queue and the microtasks."
            .to_owned(),
        "tick" => {
            let from_micro = info
                .by
                .and_then(|b| rec.cbs.get(&b))
                .is_some_and(|b| b.kind == "promise" || b.kind == "microtask");
            if from_micro {
                format!(
                    "A nextTick queued from a microtask ({by}) runs after the microtasks that were \
                     already queued, then the nextTick queue drains again (rule 5)."
                )
            } else {
                format!(
                    "nextTick callbacks run as soon as {parent} returns, before any promise \
                     microtask: Node drains the whole nextTick queue first (rules 1 and 5). \
                     Queued by {by}."
                )
            }
        }
        "promise" | "microtask" => {
            let what = if st.kind == "promise" {
                "A promise reaction"
            } else {
                "A queueMicrotask callback"
            };
            format!(
                "{what} runs once the nextTick queue is empty, still right after {parent}, \
                 before the loop moves on; promises and queueMicrotask share one FIFO queue \
                 (rules 1, 5 and 7). Queued by {by}."
            )
        }
        "timeout" | "interval" => {
            let (dur, due) = info.timer.unwrap_or((1, 0));
            let now_ms = st.t_ns as f64 / 1e6;
            let late = now_ms - due as f64;
            let mut w = format!(
                "Timers phase: this {}({dur} ms) was due at {due} ms of loop time and runs now, \
                 at {}.",
                if st.kind == "interval" {
                    "setInterval"
                } else {
                    "setTimeout"
                },
                ms(st.t_ns)
            );
            if late >= 2.0 {
                w.push_str(&format!(
                    " It is {late:.0} ms late: a timer fires no earlier than its delay, and the \
                     loop was busy."
                ));
            }
            if st.kind == "interval" {
                w.push_str(" An interval re-arms from the time its callback started (rule 9).");
            } else if scheduled_in == "timers" {
                w.push_str(
                    " It was created during a timers pass, so it could not run in that same pass \
                     (rule 3).",
                );
            }
            if st.iter == 0 && race {
                not_guaranteed = Some(
                    "At top level, setTimeout(0) vs setImmediate is not guaranteed in real Node: \
                     it depends on whether 1 ms passed before the loop started (rule 4)."
                        .to_owned(),
                );
            }
            w
        }
        "immediate" => {
            let mut w = "Check phase: setImmediate callbacks run right after the poll phase, \
                         each followed by its own nextTick/microtask drain."
                .to_owned();
            if scheduled_in == "check" {
                w.push_str(
                    " This one was queued by an immediate, so it waited for the next iteration \
                     (rule 3).",
                );
            } else if scheduled_in == "poll" || scheduled_in == "pending" {
                w.push_str(
                    " Queued inside an I/O callback, an immediate always runs before any timer \
                     (rule 4).",
                );
            }
            if race && st.iter <= 1 && scheduled_in == "main" {
                not_guaranteed = Some(
                    "At top level, setTimeout(0) vs setImmediate is not guaranteed in real Node: \
                     it depends on whether 1 ms passed before the loop started (rule 4)."
                        .to_owned(),
                );
            }
            w
        }
        "pool" => {
            let task = rec.pool.iter().find(|t| t.task == st.cb);
            let api = info.api.clone().unwrap_or_else(|| "a pool task".into());
            match task {
                Some(t) => {
                    let mut w = format!(
                        "Poll phase: {api} ran on the libuv thread pool{} and finished at {}; its \
                         callback is delivered only in the poll phase (rule 10).",
                        t.started
                            .as_ref()
                            .map(|(th, ..)| format!(" (thread {th})"))
                            .unwrap_or_default(),
                        t.finished.map(|(f, _)| ms(f)).unwrap_or_else(|| "?".into())
                    );
                    if let Some((_, start, _, _)) = t.started {
                        let waited = start.saturating_sub(t.queued_ns);
                        if waited >= 1_000_000 {
                            w.push_str(&format!(
                                " It waited {} for a free thread: all {} were busy \
                                 (UV_THREADPOOL_SIZE).",
                                ms(waited),
                                rec.pool_size
                            ));
                        }
                    }
                    w
                }
                None => format!(
                    "Poll phase: {api} finished on the thread pool; completions are delivered \
                     in poll (rule 10)."
                ),
            }
        }
        "io" => format!(
            "Poll phase: {} completed through the OS's asynchronous I/O (no thread pool), so \
             its callback runs when the loop polls.",
            info.api.clone().unwrap_or_else(|| "an operation".into())
        ),
        "net" => "Poll phase: a socket became ready (a connection to accept, a finished \
                  connect, bytes or EOF to read). Loopback TCP readiness comes from epoll, \
                  not from the thread pool."
            .to_owned(),
        "close" => "Close phase: a handle closed earlier (a destroyed socket, a closed server \
                    or port) gets its close callback here; the last one closed runs first."
            .to_owned(),
        "message" => "Poll phase: a worker_threads message or worker event arrived from another \
                      isolate (each worker has its own event loop)."
            .to_owned(),
        "before_exit" => "The loop ran out of work, so Node emits 'beforeExit'; a handler may \
                          schedule more work and keep the process alive (rule 13)."
            .to_owned(),
        "exit" => "'exit' handlers run synchronously as the process ends: work they schedule \
                   never runs (rule 13)."
            .to_owned(),
        other => format!("A {other} callback in the {} phase.", st.phase),
    };
    let why = if st.threw {
        format!("{why} It threw.")
    } else {
        why
    };
    Some(Explanation {
        title,
        why,
        not_guaranteed,
    })
}

/// A sentence for how the run ended, if it ended abnormally.
pub fn ending_note(rec: &Recording) -> Option<String> {
    let e = rec.ending.as_ref()?;
    if let Some((limit, message)) = &e.limit {
        let rule = if limit == "starvation" {
            " The loop never reached its next phase: recursive process.nextTick (or a promise \
             loop) starves I/O (rule 11)."
        } else {
            ""
        };
        return Some(format!("Stopped by the {limit} limit: {message}.{rule}"));
    }
    if let Some((_, msg, origin, false)) = rec.uncaught.last() {
        let first = msg.lines().next().unwrap_or_default();
        return Some(format!(
            "The process ended with exit code {}: an {origin} ({first}).",
            e.code
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::record;

    #[test]
    fn each_step_of_the_ordering_example_names_its_rule() {
        let (rec, _) = record("seed/microtask-priority.js", Default::default());
        let race = top_level_race(&rec);
        assert!(race, "a top-level setTimeout(0) and setImmediate");
        let why: Vec<Explanation> = (0..rec.steps.len())
            .map(|s| explain(&rec, s, race).expect("explained"))
            .collect();
        assert!(why[0].why.contains("main script"));
        assert!(why[1].why.contains("nextTick") && why[1].why.contains("rules 1 and 5"));
        assert!(why[2].why.contains("promise") && why[2].why.contains("rule"));
        assert!(why[3].why.starts_with("Timers phase"));
        assert!(why[3]
            .not_guaranteed
            .as_deref()
            .is_some_and(|n| n.contains("rule 4")));
        assert!(why[4].why.starts_with("Check phase"));
        assert!(why[5].why.contains("beforeExit"));
    }

    #[test]
    fn a_queued_pool_task_says_how_long_it_waited_for_a_thread() {
        let (rec, _) = record("seed/threadpool-exhaustion.js", Default::default());
        let race = top_level_race(&rec);
        assert!(!race);
        let texts: Vec<String> = rec
            .steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == "pool")
            .map(|(i, _)| explain(&rec, i, race).expect("explained").why)
            .collect();
        assert!(texts.iter().all(|t| t.contains("rule 10")));
        assert_eq!(
            texts.iter().filter(|t| t.contains("waited")).count(),
            1,
            "{texts:#?}"
        );
    }

    #[test]
    fn an_immediate_queued_by_an_immediate_waits_an_iteration() {
        let (rec, _) = record(
            "ordering/rule3-immediate-in-immediate.js",
            Default::default(),
        );
        let race = top_level_race(&rec);
        assert!(rec
            .steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == "immediate")
            .any(|(i, _)| explain(&rec, i, race).is_some_and(|e| e.why.contains("rule 3"))));
    }
}
