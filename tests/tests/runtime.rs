//! Behaviour of the runtime that Node cannot be the oracle for: determinism of traces, the
//! limits that stop runaway programs, syntax errors, the trace's structure and the step API.

use loopscope_core::{
    memory::CountingAllocator, run_captured, CallbackKind, CapturedOutput, EventKind, Phase,
    RunOptions, Runtime, Status,
};
use loopscope_tests::{run_snippet, snippets};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

fn run(src: &str, opts: RunOptions) -> loopscope_core::CapturedRun {
    let src = src.to_owned();
    std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || run_captured("/virtual/main.js", &src, opts).expect("runtime"))
        .expect("thread")
        .join()
        .expect("no panic")
}

/// The trace as JSON, with heap byte counts left out: inside one test process, runs share
/// process-wide lazy state that shifts heap numbers by a few hundred bytes between runs. (The
/// CLI runs one program per process; `cli/tests` checks its traces are identical byte for byte.)
fn trace_json(r: &loopscope_core::CapturedRun) -> String {
    let mut v = serde_json::to_value(&r.events).expect("serialize");
    if let Some(events) = v.as_array_mut() {
        for e in events {
            if let Some(o) = e.as_object_mut() {
                o.remove("heap_bytes");
            }
        }
    }
    v.to_string()
}

#[test]
fn same_snippet_same_trace() {
    // Every 10th corpus snippet, twice each: identical output and identical trace. A first run
    // warms up process-wide lazy state (one-time allocations that would otherwise show in the
    // first run's heap numbers; a CLI or web-worker run pays them every time alike).
    for s in snippets().iter().step_by(10) {
        run_snippet(s, RunOptions::default()).expect("warm-up run");
        let a = run_snippet(s, RunOptions::default()).expect("run a");
        let b = run_snippet(s, RunOptions::default()).expect("run b");
        assert_eq!(a.stdout, b.stdout, "{}", s.display());
        assert_eq!(a.outcome, b.outcome, "{}", s.display());
        assert_eq!(trace_json(&a), trace_json(&b), "trace of {}", s.display());
    }
}

#[test]
fn infinite_loop_hits_the_instruction_budget() {
    let mut opts = RunOptions::default();
    opts.limits.max_instructions = 2_000_000;
    let r = run("console.log('before'); while (true) {}", opts);
    assert_eq!(r.stdout, "before\n");
    assert_eq!(r.outcome.exit_code, 1);
    assert_eq!(
        r.outcome.limit.as_ref().map(|l| l.0.as_str()),
        Some("instructions")
    );
    assert!(r.stderr.contains("infinite loop"), "{}", r.stderr);
}

#[test]
fn busy_wait_advances_virtual_time_and_ends() {
    let r = run(
        "const t = Date.now(); let n = 0; while (Date.now() - t < 200) { n++; }\n\
         const el = Date.now() - t; console.log(el >= 200 && el < 210, n > 0);",
        RunOptions::default(),
    );
    assert_eq!(r.stdout, "true true\n", "{}", r.stderr);
}

#[test]
fn recursive_next_tick_is_reported_as_starvation() {
    let mut opts = RunOptions::default();
    opts.limits.max_drain_jobs = 10_000;
    let r = run(
        "setTimeout(() => console.log('never'), 0);\n\
         function again() { process.nextTick(again); }\nagain();",
        opts,
    );
    assert_eq!(r.stdout, "");
    assert_eq!(r.outcome.exit_code, 1);
    assert_eq!(
        r.outcome.limit.as_ref().map(|l| l.0.as_str()),
        Some("starvation")
    );
    // The trace is kept up to that point and ends with the limit and the exit.
    let last: Vec<_> = r.events.iter().rev().take(3).collect();
    assert!(matches!(last[0].kind, EventKind::Exit { code: 1 }));
    assert!(last.iter().any(|e| matches!(
        e.kind,
        EventKind::LimitExceeded {
            limit: "starvation",
            ..
        }
    )));
}

#[test]
fn promise_loop_is_reported_as_starvation() {
    let mut opts = RunOptions::default();
    opts.limits.max_drain_jobs = 10_000;
    let r = run(
        "function loop() { return Promise.resolve().then(loop); }\nloop();",
        opts,
    );
    assert_eq!(
        r.outcome.limit.as_ref().map(|l| l.0.as_str()),
        Some("starvation")
    );
}

#[test]
fn memory_cap_ends_the_run() {
    let mut opts = RunOptions::default();
    opts.limits.max_heap_bytes = 64 * 1024 * 1024;
    let r = run(
        "const keep = []; setInterval(() => { keep.push(new Array(100000).fill(7)); }, 1);",
        opts,
    );
    assert_eq!(r.outcome.exit_code, 1);
    assert_eq!(r.outcome.limit.as_ref().map(|l| l.0.as_str()), Some("heap"));
    assert!(r.stderr.contains("heap out of memory"), "{}", r.stderr);
}

#[test]
fn endless_interval_hits_the_time_budget() {
    let mut opts = RunOptions::default();
    opts.limits.max_time_ms = 5_000;
    let r = run("let n = 0; setInterval(() => { n++; }, 100);", opts);
    assert_eq!(r.outcome.limit.as_ref().map(|l| l.0.as_str()), Some("time"));
}

#[test]
fn syntax_error_prints_location_and_exits_1() {
    let r = run("console.log('no');\nlet x = ;\n", RunOptions::default());
    assert_eq!(r.stdout, "");
    assert_eq!(r.outcome.exit_code, 1);
    assert!(
        r.stderr.starts_with("/virtual/main.js:2\nlet x = ;\n"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("SyntaxError"), "{}", r.stderr);
}

#[test]
fn loop_entry_latency_picks_the_legal_order() {
    let src = "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));";
    let default = run(src, RunOptions::default());
    assert_eq!(default.stdout, "timeout\nimmediate\n");
    let fast = run(
        src,
        RunOptions {
            loop_entry_latency_ms: Some(0),
            ..RunOptions::default()
        },
    );
    assert_eq!(fast.stdout, "immediate\ntimeout\n");
}

#[test]
fn trace_shows_phases_callbacks_and_output() {
    let r = run(
        "setTimeout(function tick() { console.log('t'); }, 5);\nsetImmediate(() => console.log('i'));",
        RunOptions::default(),
    );
    // The timeout was scheduled from line 1 and printed from inside its callback in the
    // timers phase; the immediate ran in the check phase.
    let sched = r
        .events
        .iter()
        .find_map(|e| match &e.kind {
            EventKind::Scheduled {
                cb,
                kind: CallbackKind::Timeout,
                at,
                name,
                ..
            } => Some((*cb, *at, name.clone())),
            _ => None,
        })
        .expect("timeout scheduled");
    assert_eq!(sched.1.map(|p| p.line), Some(1));
    assert_eq!(sched.2.as_deref(), Some("tick"));
    let out = r
        .events
        .iter()
        .find(|e| matches!(&e.kind, EventKind::Output { text, .. } if text == "t\n"))
        .expect("output");
    assert_eq!(out.phase, Phase::Timers);
    assert!(matches!(out.kind, EventKind::Output { cb: Some(c), .. } if c == sched.0));
    let imm = r
        .events
        .iter()
        .find(|e| {
            matches!(
                &e.kind,
                EventKind::CallbackStart {
                    kind: CallbackKind::Immediate,
                    ..
                }
            )
        })
        .expect("immediate ran");
    assert_eq!(imm.phase, Phase::Check);
    // Sequence numbers are dense and time never goes backwards.
    for w in r.events.windows(2) {
        assert_eq!(w[1].seq, w[0].seq + 1);
        assert!(w[1].t_ns >= w[0].t_ns);
    }
    assert!(r.events.iter().any(|e| matches!(
        e.kind,
        EventKind::CallbackEnd { heap_bytes, .. } if heap_bytes > 0
    )));
}

#[test]
fn step_runs_one_callback_at_a_time() {
    let out = CapturedOutput::default();
    let mut rt = Runtime::new(RunOptions::default(), Box::new(out.clone()), None).expect("rt");
    rt.load_main(
        "/virtual/main.js",
        "setImmediate(() => console.log('a'));\nsetImmediate(() => console.log('b'));\nconsole.log('main');",
    );
    assert_eq!(rt.step(), Status::Ran);
    assert_eq!(out.stdout.borrow().as_str(), "main\n");
    assert_eq!(rt.step(), Status::Ran);
    assert_eq!(out.stdout.borrow().as_str(), "main\na\n");
    assert_eq!(rt.step(), Status::Ran);
    assert_eq!(out.stdout.borrow().as_str(), "main\na\nb\n");
    assert!(matches!(rt.step(), Status::Done(o) if o.exit_code == 0));
}

#[test]
fn math_random_repeats_in_virtual_time_and_follows_the_seed() {
    let src = "console.log(Math.random(), Math.random() < 1, typeof Math.random());";
    let a = run(src, RunOptions::default());
    let b = run(src, RunOptions::default());
    assert_eq!(a.stdout, b.stdout);
    let c = run(
        src,
        RunOptions {
            seed: 7,
            ..RunOptions::default()
        },
    );
    assert_ne!(a.stdout, c.stdout);
    assert!(a.stdout.ends_with(" true number\n"), "{}", a.stdout);
}

const POOL_EXHAUSTION: &str = "const crypto = require('crypto');\n\
const start = Date.now();\n\
for (let i = 1; i <= 5; i++) {\n\
  crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', () => console.log(i, Date.now() - start));\n\
}";

fn completion_times(stdout: &str) -> Vec<u64> {
    stdout
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1)?.parse().ok())
        .collect()
}

#[test]
fn thread_pool_exhaustion_delays_the_fifth_task() {
    let r = run(POOL_EXHAUSTION, RunOptions::default());
    assert_eq!(r.outcome.exit_code, 0, "{}", r.stderr);
    let t = completion_times(&r.stdout);
    assert_eq!(t.len(), 5, "{}", r.stdout);
    // Four run in parallel (~72 ms of sha512 work each); the fifth waits for a thread.
    assert!(t[..4].iter().all(|&x| (70..80).contains(&x)), "{t:?}");
    assert!((140..160).contains(&t[4]), "{t:?}");
    // The trace shows four busy threads and one queued task.
    assert!(r.events.iter().any(|e| matches!(
        e.kind,
        EventKind::PoolQueued {
            queued: 1,
            size: 4,
            ..
        }
    ) || matches!(
        e.kind,
        EventKind::PoolStarted {
            busy: 4,
            queued: 1,
            ..
        }
    )));
    let delivered = r
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::CallbackStart {
                    kind: CallbackKind::Pool,
                    ..
                }
            )
        })
        .inspect(|e| assert_eq!(e.phase, Phase::Poll))
        .count();
    assert_eq!(delivered, 5);
}

#[test]
fn uv_threadpool_size_five_runs_all_together() {
    let mut opts = RunOptions::default();
    opts.env.push(("UV_THREADPOOL_SIZE".into(), "5".into()));
    let r = run(POOL_EXHAUSTION, opts);
    let t = completion_times(&r.stdout);
    assert_eq!(t.len(), 5, "{}", r.stdout);
    assert!(t.iter().all(|&x| (70..80).contains(&x)), "{t:?}");
}

#[test]
fn setting_the_pool_size_from_the_program_works_before_first_use() {
    let src = format!("process.env.UV_THREADPOOL_SIZE = '5';\n{POOL_EXHAUSTION}");
    let t = completion_times(&run(&src, RunOptions::default()).stdout);
    assert!(t.iter().all(|&x| (70..80).contains(&x)), "{t:?}");
}

#[test]
fn sample_files_and_the_lazy_large_csv_exist() {
    let r = run(
        "const fs = require('fs');\n\
         console.log(fs.readdirSync('.').join(' '));\n\
         console.log(JSON.parse(fs.readFileSync('data.json', 'utf8')).name);\n\
         let bytes = 0, chunks = 0;\n\
         fs.createReadStream('huge-file.csv').on('data', (c) => { bytes += c.length; chunks++; })\n\
           .on('end', () => console.log(bytes > 20 * 1024 * 1024, chunks > 300, fs.statSync('huge-file.csv').size === bytes));",
        RunOptions::default(),
    );
    assert_eq!(
        r.stdout, "data.csv data.json huge-file.csv sample.txt\nloopscope\ntrue true true\n",
        "{}",
        r.stderr
    );
}

/// A pool backend that computes nothing until the host hands results back, in reverse order
/// (the shape of the Web Worker backend, whose answers arrive whenever they arrive).
struct DeferredBackend(std::rc::Rc<std::cell::RefCell<Vec<(u64, loopscope_core::work::Work)>>>);

impl loopscope_core::pool::PoolBackend for DeferredBackend {
    fn start(
        &mut self,
        id: u64,
        _thread: usize,
        work: &mut loopscope_core::work::Work,
    ) -> Option<loopscope_core::work::WorkResult> {
        // Through the wire format, as to a Web Worker: a zlib stream's context moves out.
        let sent = loopscope_core::work::Work::from_wire(&work.to_wire()).expect("arrives");
        self.0.borrow_mut().push((id, sent));
        None
    }

    fn executor(&self, thread: usize, _work: &loopscope_core::work::Work) -> Option<String> {
        Some(format!("deferred-{thread}"))
    }
}

#[test]
fn asynchronous_pool_results_give_the_inline_run() {
    let src = "const crypto = require('crypto'); const zlib = require('zlib');
        for (let i = 0; i < 6; i++) crypto.pbkdf2('p', 's', 5000 * (6 - i), 16, 'sha256', (e, k) => console.log('key', i, k.toString('hex')));
        zlib.gzip('x'.repeat(50000), (e, z) => zlib.gunzip(z, (e, b) => console.log('zlib', z.length, b.length)));
        const d = zlib.createDeflate({ chunkSize: 1024 }); const parts = [];
        d.on('data', (c) => parts.push(c));
        d.on('end', () => { const all = Buffer.concat(parts); console.log('deflate', parts.length, all.length, crypto.createHash('sha256').update(all).digest('hex').slice(0, 16)); zlib.inflate(all, { chunkSize: 512 }, (e, b) => console.log('inflate', e, b.length)); });
        for (let i = 0; i < 12; i++) d.write('line ' + i + ' ' + 'abcdefgh'.repeat(i * 40) + String(i * i).repeat(300));
        d.params(9, 1, () => { d.write('after params'); d.end(); });
        setTimeout(() => console.log('timer'), 2);
        setImmediate(() => console.log('immediate'));";
    let inline = run(src, RunOptions::default());
    let deferred = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            let out = CapturedOutput::default();
            let mut rt =
                Runtime::new(RunOptions::default(), Box::new(out.clone()), None).expect("rt");
            let pending = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
            rt.set_pool_backend(Box::new(DeferredBackend(pending.clone())));
            rt.load_main("/virtual/main.js", src);
            let mut waits = 0;
            let outcome = loop {
                match rt.run_until_blocked() {
                    Status::Done(o) => break o,
                    Status::AwaitingPool { until_ns: None } => {
                        waits += 1;
                        // One result at a time, newest first: as late and out of order as
                        // Web Workers may answer.
                        let next = pending.borrow_mut().pop();
                        let (id, mut w) = next.expect("waiting for a result nobody computes");
                        let binary = w.execute().to_wire();
                        let r = loopscope_core::work::WorkResult::from_wire(&binary)
                            .expect("comes back");
                        rt.complete_pool_task(id, r);
                    }
                    other => panic!("unexpected {other:?}"),
                }
            };
            let events = rt.take_events();
            let stdout = out.stdout.borrow().clone();
            (outcome, stdout, events, waits)
        })
        .expect("thread")
        .join()
        .expect("no panic");
    let (outcome, stdout, events, waits) = deferred;
    assert!(waits > 0);
    assert_eq!(outcome, inline.outcome);
    assert_eq!(stdout, inline.stdout);
    let timeline = |evs: &[loopscope_core::Event]| -> Vec<(u64, String)> {
        evs.iter()
            .filter_map(|e| match &e.kind {
                EventKind::PoolStarted { task, at_ns, .. } => {
                    Some((*at_ns, format!("start {task}")))
                }
                EventKind::PoolFinished { task, at_ns, .. } => {
                    Some((*at_ns, format!("finish {task}")))
                }
                EventKind::CallbackStart { cb, .. } => Some((e.t_ns, format!("callback {cb}"))),
                _ => None,
            })
            .collect()
    };
    // Every start, finish and callback at the same virtual time. (A zlib call's finish
    // depends on its output, so a deferred pool records it when its result arrives, which may
    // be after callbacks that ran later in virtual time while JavaScript held the loop.)
    let sorted = |evs: &[loopscope_core::Event]| {
        let mut t = timeline(evs);
        t.sort();
        t
    };
    assert_eq!(sorted(&events), sorted(&inline.events));
    // The rest of the trace is identical too, except where pool events sit: a deferred pool
    // learns a finish (and the start it allows) when the result arrives, so it records them
    // later, with the same virtual times.
    let split = |evs: &[loopscope_core::Event]| {
        let mut pool = Vec::new();
        let mut rest = Vec::new();
        for e in evs {
            match &e.kind {
                EventKind::PoolStarted {
                    task,
                    thread,
                    at_ns,
                    ..
                } => pool.push((*at_ns, *task, *thread, "start")),
                EventKind::PoolFinished {
                    task,
                    thread,
                    at_ns,
                    ..
                } => pool.push((*at_ns, *task, *thread, "finish")),
                EventKind::CallbackEnd { cb, threw, .. } => {
                    rest.push((e.t_ns, e.iter, format!("end {cb} {threw}")));
                }
                other => rest.push((
                    e.t_ns,
                    e.iter,
                    serde_json::to_string(other).expect("serialize"),
                )),
            }
        }
        pool.sort_unstable();
        (pool, rest)
    };
    assert_eq!(split(&events), split(&inline.events));
    // All of it ran on the backend, the zlib calls (with their streams' contexts) too.
    let executors: Vec<_> = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::PoolStarted { executor, .. } => Some(executor.clone()),
            _ => None,
        })
        .collect();
    assert!(executors.len() > 30, "{}", executors.len());
    assert!(executors
        .iter()
        .all(|x| x.as_deref().is_some_and(|x| x.starts_with("deferred-"))));
    assert!(
        stdout.contains("deflate ") && stdout.contains("inflate null "),
        "{stdout}"
    );
}

/// The browser package embeds only the boot modules (core/build_modules.rs) and fetches the
/// rest on first use: every corpus program that requires and imports nothing (the loop's
/// ordering rules, timers, immediates, microtasks, errors, console output of every type)
/// must run on the boot set and `internal/inspect` alone, except for the globals that live in
/// other modules and load them on first use (`Buffer`; internal/event_target's Event,
/// EventTarget, AbortController and AbortSignal; internal/web_globals' URL,
/// TextEncoder/TextDecoder, structuredClone, DOMException (an abort's reason too), atob/btoa;
/// fetch; performance's timeline; console.table's renderer). inspect itself loads only for a
/// value console cannot print by itself. Runs on one thread: the record is per thread.
#[test]
fn boot_modules_cover_a_plain_run() {
    std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(|| {
            let mut plain = 0;
            let mut without_inspect = 0;
            let mut needed = Vec::new();
            for s in snippets() {
                let src = std::fs::read_to_string(&s).expect("read");
                let lazy = [
                    "require",
                    "import",
                    "Buffer",
                    "URL",
                    "TextDecoder",
                    "TextEncoder",
                    "structuredClone",
                    "DOMException",
                    "Abort",
                    "Event",
                    "atob",
                    "btoa",
                    "fetch",
                    "Headers",
                    "Request",
                    "Response",
                    "performance.mark",
                    "performance.measure",
                    "performance.getEntries",
                    "console.table",
                ];
                if lazy.iter().any(|w| src.contains(w)) {
                    continue;
                }
                plain += 1;
                let before = loopscope_core::non_boot_loads().len();
                let _ = run_captured(&s.display().to_string(), &src, RunOptions::default());
                let loaded = loopscope_core::non_boot_loads().split_off(before);
                if loaded.is_empty() {
                    without_inspect += 1;
                } else if loaded != ["internal/inspect"] {
                    needed.push((loopscope_tests::name(&s), loaded));
                }
            }
            assert!(plain >= 150, "only {plain} plain snippets");
            assert!(
                needed.is_empty(),
                "need modules outside the boot set (and internal/inspect): {needed:?}"
            );
            // Printing strings and numbers needs no inspect: a good share of the corpus.
            assert!(
                without_inspect >= 40,
                "only {without_inspect} of {plain} plain snippets run without internal/inspect"
            );
            let loads = |src: &str| {
                let before = loopscope_core::non_boot_loads().len();
                let r = run_captured("/virtual/main.js", src, RunOptions::default())
                    .expect("runtime");
                (r.stdout, loopscope_core::non_boot_loads().split_off(before))
            };
            // util.format's rules for primitives, without inspect...
            // (what they print is corpus/console/format-primitives.js, recorded from node).
            let (_, loaded) = loads(
                "console.log('a', 1, -0, 2n, true, null, undefined, 'b%'); console.log(); console.log('%s'); console.info(NaN, -1.5e-7);",
            );
            assert_eq!(loaded, Vec::<&str>::new());
            // ...and the first object, function, symbol or placeholder loads it.
            for src in [
                "console.log({ a: 1 });",
                "console.log('x', () => {});",
                "console.log(Symbol('s'));",
                "console.log('%d', 1);",
            ] {
                assert_eq!(loads(src).1, ["internal/inspect"], "{src}");
            }
            // And a require outside the boot set counts.
            let (out, loaded) = loads("console.log(typeof require('stream').Readable);");
            assert_eq!(out, "function\n");
            assert!(loaded.contains(&"stream"), "{loaded:?}");
        })
        .expect("thread")
        .join()
        .expect("no panic");
}
