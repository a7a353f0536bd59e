//! Trace-based checks for the loopback network, worker isolates and cluster that node cannot
//! be the oracle for (its process start-up order and timings vary): round-robin connection
//! distribution, which phase delivers 'close', message order between isolates, and
//! event-loop delay in virtual time.

use loopscope_core::{
    memory::CountingAllocator, run_captured, CallbackKind, EventKind, Phase, RunOptions,
};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

fn run(src: &str) -> loopscope_core::CapturedRun {
    let src = src.to_owned();
    std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            run_captured("/virtual/main.js", &src, RunOptions::default()).expect("runtime")
        })
        .expect("thread")
        .join()
        .expect("no panic")
}

/// (phase, thread, text) of every output line.
fn outputs(r: &loopscope_core::CapturedRun) -> Vec<(Phase, u32, String)> {
    r.events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Output { text, .. } => Some((e.phase, e.worker, text.trim_end().to_owned())),
            _ => None,
        })
        .collect()
}

#[test]
fn cluster_distributes_connections_round_robin() {
    let r = run(r#"
const cluster = require('cluster');
const http = require('http');
if (cluster.isPrimary) {
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening < 4) return;
    (async () => {
      for (let i = 0; i < 12; i++) {
        const body = await new Promise((res) => http.get({ port: 8000, host: '127.0.0.1', agent: false }, (r) => {
          let b = ''; r.on('data', (c) => (b += c)); r.on('end', () => res(b));
        }));
        console.log(body);
      }
      for (const id in cluster.workers) cluster.workers[id].kill();
    })();
  });
  cluster.on('exit', (w, code, signal) => console.log('exit', w.id, code, signal));
  for (let i = 0; i < 4; i++) cluster.fork();
} else {
  http.createServer((req, res) => res.end(`worker ${cluster.worker.id}`)).listen(8000);
}
"#);
    assert_eq!(r.outcome.exit_code, 0, "{}", r.stderr);
    let lines: Vec<String> = r.stdout.lines().map(str::to_owned).collect();
    let served: Vec<&String> = lines.iter().filter(|l| l.starts_with("worker ")).collect();
    assert_eq!(served.len(), 12, "{}", r.stdout);
    for i in 0..12 {
        // Every 4th connection goes to the same worker, and 4 in a row go to 4 workers.
        if i + 4 < 12 {
            assert_eq!(served[i], served[i + 4], "{}", r.stdout);
        }
        if i + 3 < 12 {
            let mut four: Vec<&String> = served[i..i + 4].to_vec();
            four.sort();
            four.dedup();
            assert_eq!(four.len(), 4, "{}", r.stdout);
        }
    }
    let handoffs = r
        .events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Net {
                    what: "handoff",
                    ..
                }
            )
        })
        .count();
    assert_eq!(handoffs, 12);
    assert_eq!(lines.iter().filter(|l| l.starts_with("exit ")).count(), 4);
}

#[test]
fn abrupt_close_runs_in_the_close_phase_and_handleless_close_in_a_tick() {
    let r = run(r#"
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('close', () => { console.log('socket close'); server.close(); });
  sock.destroy();
});
server.listen(0, () => net.connect(server.address().port).on('error', () => {}).resume());
const plain = new net.Socket();
plain.on('close', () => console.log('handleless close'));
plain.destroy();
"#);
    let out = outputs(&r);
    let phase_of = |t: &str| out.iter().find(|o| o.2 == t).map(|o| o.0);
    assert_eq!(phase_of("socket close"), Some(Phase::Close), "{out:?}");
    assert_eq!(phase_of("handleless close"), Some(Phase::Main), "{out:?}");
    assert!(r.events.iter().any(|e| matches!(
        e.kind,
        EventKind::CallbackStart {
            kind: CallbackKind::Close,
            ..
        }
    )));
}

#[test]
fn worker_messages_arrive_in_order_in_the_poll_phase() {
    let r = run(r#"
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => console.log('got', m));
  w.on('exit', (c) => console.log('exit', c));
} else {
  for (let i = 1; i <= 5; i++) parentPort.postMessage(i);
  console.log('worker done');
}
"#);
    let out = outputs(&r);
    let got: Vec<&str> = out
        .iter()
        .filter(|o| o.2.starts_with("got"))
        .map(|o| o.2.as_str())
        .collect();
    assert_eq!(got, ["got 1", "got 2", "got 3", "got 4", "got 5"]);
    assert!(out
        .iter()
        .filter(|o| o.2.starts_with("got"))
        .all(|o| o.0 == Phase::Poll && o.1 == 0));
    let worker_line = out
        .iter()
        .find(|o| o.2 == "worker done")
        .expect("worker output");
    assert_eq!(worker_line.1, 1, "worker events carry its thread id");
    assert!(r.events.iter().any(|e| matches!(
        e.kind,
        EventKind::CallbackStart {
            kind: CallbackKind::Message,
            ..
        }
    )));
    assert_eq!(out.last().map(|o| o.2.as_str()), Some("exit 0"));
}

#[test]
fn event_loop_delay_shows_a_100_ms_block() {
    let r = run(r#"
const { monitorEventLoopDelay } = require('perf_hooks');
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
setTimeout(() => {
  const t = Date.now();
  while (Date.now() - t < 100) {}
}, 50);
setTimeout(() => {
  h.disable();
  console.log(h.percentile(99) >= 100e6, h.max >= 100e6, h.min < 20e6);
}, 300);
"#);
    assert_eq!(r.stdout, "true true true\n", "{}", r.stderr);
}

#[test]
fn a_worker_bomb_stops_at_the_isolate_limit() {
    let r = run(r#"
const { Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  for (let i = 0; i < 100; i++) new Worker(__filename);
  console.log('never');
}
"#);
    assert_eq!(
        r.outcome.limit.as_ref().map(|l| l.0.as_str()),
        Some("isolates"),
        "{}",
        r.stderr
    );
    assert_eq!(r.outcome.exit_code, 1);
    assert!(r.stderr.contains("more than 64"), "{}", r.stderr);
    assert!(!r.stdout.contains("never"));
}
