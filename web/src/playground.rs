//! `Playground`, the package's API for pages: `new Playground(options)`, `run(code, options)`,
//! `stop()`, `pause()`, `resume()`, `step()`. The worker management lives in
//! `js/controller.js` (promises, callbacks and Web Workers are the page's world); this type
//! gives it its place in the package and its TypeScript types.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of a run; all optional. They mirror the CLI's flags. */
export interface RunOptions {
  /** "virtual" (default, deterministic) or "real" (wall-clock time). */
  clock?: "virtual" | "real";
  /** Virtual ms between the main script and the first timers pass (default 1 for CommonJS, 0 for .mjs). */
  loopEntryLatencyMs?: number;
  /** UV_THREADPOOL_SIZE: the number of pool Web Workers (1..1024, default 4). */
  threadpoolSize?: number;
  nsPerInstruction?: number;
  maxInstructions?: number;
  maxTimeMs?: number;
  maxDrainJobs?: number;
  /** Heap limit in MiB (default 512). */
  maxHeapMb?: number;
  maxCallbacks?: number;
  exposeGc?: boolean;
  seed?: number;
  /** CPUs of the simulated machine: os.cpus().length (default 4). */
  cpus?: number;
  /** Record trace events (default true). */
  trace?: boolean;
  /** Path of the main module; ".mjs" runs it as an ES module. Default /home/loopscope/main.js. */
  filename?: string;
  argv?: string[];
  env?: Record<string, string>;
  /** Start paused: nothing runs until step() or resume(). */
  paused?: boolean;
  /** Called with each batch of trace events as the program runs. */
  onEvents?: (events: TraceEvent[], batch: { stdout: string; stderr: string; memory: MemorySample }) => void;
  /** Called with each batch as the JSON text the worker sent (nothing is parsed on the page). */
  onRawEvents?: (eventsJson: string, batch: { stdout: string; stderr: string; memory: MemorySample }) => void;
  /** Called with new output. */
  onOutput?: (chunk: { stdout: string; stderr: string }) => void;
  /** "running" | "paused" | "sleeping" (real clock) | "waiting" (for a pool Web Worker). */
  onState?: (state: string) => void;
  /** Called with a readable message when the runtime fails (the run's promise rejects too). */
  onError?: (message: string) => void;
  /** Keep all events in the result (default true). */
  keepEvents?: boolean;
}

/** Options of a Playground: defaults for every run, plus where the package lives. */
export interface PlaygroundOptions extends RunOptions {
  /** Absolute URL of loopscope_web.js, when the default (derived from this file's URL) is wrong. */
  moduleUrl?: string;
}

/** One trace event (see ARCHITECTURE.md, "Trace"). */
export interface TraceEvent { seq: number; t_ns: number; iter: number; phase: string; type: string; [k: string]: unknown }

/** Memory after the last callback: heap (without Buffers), wasm linear memory, Buffers. */
export interface MemorySample { heapBytes: number; wasmBytes: number; externalBytes: number }

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Node's exit code; null when the run was stopped. */
  exitCode: number | null;
  /** The budget that ended the run, if one did. */
  limit: { name: string; message: string } | null;
  events: TraceEvent[];
  memory: MemorySample | null;
  /** true when stop() ended the run. */
  stopped: boolean;
  timing: { startupMs: number; runMs: number };
}
"#;

#[wasm_bindgen(module = "/js/controller.js")]
extern "C" {
    type Controller;

    #[wasm_bindgen(constructor)]
    fn new(module: JsValue, options: JsValue) -> Controller;

    #[wasm_bindgen(method)]
    fn run(this: &Controller, code: &str, options: JsValue) -> js_sys::Promise;

    #[wasm_bindgen(method)]
    fn stop(this: &Controller) -> bool;

    #[wasm_bindgen(method)]
    fn pause(this: &Controller) -> bool;

    #[wasm_bindgen(method)]
    fn resume(this: &Controller) -> bool;

    #[wasm_bindgen(method)]
    fn step(this: &Controller) -> bool;

    #[wasm_bindgen(method)]
    fn dispose(this: &Controller);

    #[wasm_bindgen(method, getter)]
    fn running(this: &Controller) -> bool;
}

/// Runs Node-style programs in a Web Worker and reports what the event loop did.
#[wasm_bindgen]
pub struct Playground {
    inner: Controller,
}

#[wasm_bindgen]
impl Playground {
    /// Creates a playground and starts its first runtime worker in the background.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "PlaygroundOptions")] options: Option<
            JsValue,
        >,
    ) -> Playground {
        Playground {
            inner: Controller::new(
                wasm_bindgen::module(),
                options.unwrap_or(JsValue::UNDEFINED),
            ),
        }
    }

    /// Runs `code` as the main module (stopping the current run, if any).
    #[wasm_bindgen(unchecked_return_type = "Promise<RunResult>")]
    pub fn run(
        &self,
        code: &str,
        #[wasm_bindgen(unchecked_optional_param_type = "RunOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.inner.run(code, options.unwrap_or(JsValue::UNDEFINED))
    }

    /// Stops the current run now (its worker is terminated; the next run works at once).
    pub fn stop(&self) -> bool {
        self.inner.stop()
    }

    /// Pauses the current run after the callback that is running.
    pub fn pause(&self) -> bool {
        self.inner.pause()
    }

    /// Resumes a paused run.
    pub fn resume(&self) -> bool {
        self.inner.resume()
    }

    /// Runs one callback (and the nextTick/microtask drain after it) of a paused run.
    pub fn step(&self) -> bool {
        self.inner.step()
    }

    /// Whether a run is in progress.
    #[wasm_bindgen(getter)]
    pub fn running(&self) -> bool {
        self.inner.running()
    }

    /// Terminates every worker of this playground.
    pub fn dispose(&self) {
        self.inner.dispose();
    }
}
