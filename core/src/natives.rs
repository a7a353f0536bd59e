//! The `binding` object: the small set of Rust functions the embedded JavaScript modules
//! (core/js) build Node's APIs on. Timers, immediates, nextTick and microtasks go into the
//! loop's own queues; output goes to the host sink; introspection helpers serve util.inspect.
//! Every native first syncs the virtual clock and checks the limits (`Host::sync`).

use std::rc::Rc;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::job::{GenericJob, Job};
use boa_engine::object::builtins::{
    JsArray, JsArrayBuffer, JsAsyncGenerator, JsDataView, JsDate, JsGenerator, JsMap,
    JsMapIterator, JsPromise, JsRegExp, JsSet, JsSetIterator, JsSharedArrayBuffer, JsTypedArray,
    JsUint8Array, JsWeakMap, JsWeakSet,
};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsBigInt, JsNativeError, JsObject, JsResult, JsString, JsSymbol, JsValue,
    NativeFunction,
};

use crate::host::{Host, Immediate, Interrupt, Micro, Tick};
use crate::pool::Task;
use crate::trace::{CallbackKind, EventKind, Stream};
use crate::work::{Work, WorkResult};

type NativeFn = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

fn host(ctx: &mut Context) -> JsResult<Rc<Host>> {
    let h = Host::of(ctx);
    if let Err(i) = h.sync(ctx) {
        return Err(h.raise(i));
    }
    Ok(h)
}

fn id_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<u64> {
    let n = arg(args, i).to_number(ctx)?;
    Ok(if n.is_finite() && n >= 0.0 {
        n as u64
    } else {
        0
    })
}

fn args_vec(v: &JsValue, ctx: &mut Context) -> JsResult<Vec<JsValue>> {
    match v.as_object() {
        Some(o) if o.is_array() => {
            let arr = JsArray::from_object(o.clone())?;
            let len = arr.length(ctx)?;
            let mut out = Vec::with_capacity(len as usize);
            for i in 0..len {
                out.push(arr.get(i, ctx)?);
            }
            Ok(out)
        }
        _ => Ok(Vec::new()),
    }
}

/// Calls `f` if it is callable, else throws a TypeError.
pub(crate) fn call_value(
    f: &JsValue,
    this: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    match f.as_callable() {
        Some(o) => o.call(this, args, ctx),
        None => Err(JsNativeError::typ()
            .with_message("callback is not a function")
            .into()),
    }
}

/// The name a function was defined with, read from its code block (no property lookup, so no
/// getters run and tracing stays cheap).
fn fn_name(v: &JsValue) -> Option<String> {
    use boa_engine::builtins::function::OrdinaryFunction;
    let o = v.as_object()?;
    let f = o.downcast_ref::<OrdinaryFunction>()?;
    let s = f.codeblock().name().to_std_string_escaped();
    (!s.is_empty()).then_some(s)
}

fn schedule_event(h: &Host, id: u64, kind: CallbackKind, callback: &JsValue, ctx: &mut Context) {
    if h.trace_enabled() {
        let at = h.user_pos(ctx);
        let name = fn_name(callback);
        h.emit(EventKind::Scheduled {
            cb: id,
            kind,
            by: h.current_cb(),
            at,
            name,
        });
    }
}

/// Updates and returns the cached loop time (Node's `getLibuvNow`, which updates libuv's time).
pub(crate) fn update_loop_time(h: &Host) -> u64 {
    let now = h.clock.now_ms();
    let mut st = h.st.borrow_mut();
    if now > st.loop_time {
        st.loop_time = now;
    }
    st.loop_time
}

// binding.timerStart(obj, callback, args, msecs, repeat, refed) -> id
fn timer_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let Some(obj) = arg(args, 0).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("timer object expected")
            .into());
    };
    let callback = arg(args, 1);
    let extra = args_vec(&arg(args, 2), ctx)?;
    let msecs = arg(args, 3)
        .to_number(ctx)?
        .trunc()
        .clamp(1.0, 2_147_483_647.0) as u64;
    let repeat = arg(args, 4).to_boolean();
    let refed = arg(args, 5).to_boolean();
    let id = h.next_id();
    let kind = if repeat {
        CallbackKind::Interval
    } else {
        CallbackKind::Timeout
    };
    schedule_event(&h, id, kind, &callback, ctx);
    let now = update_loop_time(&h);
    let due = h.st.borrow_mut().timers.create(
        id,
        obj.clone(),
        callback,
        extra,
        msecs,
        repeat,
        refed,
        now,
    );
    h.emit(EventKind::TimerArmed {
        cb: id,
        ms: msecs,
        due_ms: due,
        repeat,
    });
    Ok(JsValue::from(id as f64))
}

fn timer_clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    if h.st.borrow_mut().timers.clear(id) {
        h.emit(EventKind::Cleared { cb: id });
    }
    Ok(JsValue::undefined())
}

fn timer_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let refed = arg(args, 1).to_boolean();
    if h.st.borrow_mut().timers.set_ref(id, refed) {
        h.emit(EventKind::RefChanged { cb: id, refed });
    }
    Ok(JsValue::undefined())
}

fn timer_refresh(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let now = update_loop_time(&h);
    let re = h.st.borrow_mut().timers.refresh(id, now);
    let found = re.is_some();
    if let Some(due) = re {
        let (ms, repeat) =
            h.st.borrow()
                .timers
                .get(id)
                .map_or((0, false), |t| (t.msecs, t.repeat.is_some()));
        h.emit(EventKind::TimerArmed {
            cb: id,
            ms,
            due_ms: due,
            repeat,
        });
    }
    Ok(JsValue::from(found))
}

// binding.immediateStart(obj, callback, args, refed) -> id
fn immediate_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let Some(obj) = arg(args, 0).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("immediate object expected")
            .into());
    };
    let callback = arg(args, 1);
    let extra = args_vec(&arg(args, 2), ctx)?;
    let refed = arg(args, 3).to_boolean();
    let id = h.next_id();
    schedule_event(&h, id, CallbackKind::Immediate, &callback, ctx);
    let mut st = h.st.borrow_mut();
    st.immediates.push_back(id);
    if refed {
        st.immediate_refed += 1;
    }
    st.immediate_entries.insert(
        id,
        Immediate {
            obj: obj.clone(),
            callback,
            args: extra,
            refed,
        },
    );
    Ok(JsValue::from(id as f64))
}

fn immediate_clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let removed = {
        let mut st = h.st.borrow_mut();
        let e = st.immediate_entries.remove(&id);
        if let Some(e) = &e {
            if e.refed {
                st.immediate_refed -= 1;
            }
        }
        e.is_some()
    };
    if removed {
        h.emit(EventKind::Cleared { cb: id });
    }
    Ok(JsValue::undefined())
}

fn immediate_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let refed = arg(args, 1).to_boolean();
    let changed = {
        let mut st = h.st.borrow_mut();
        let mut delta: isize = 0;
        if let Some(e) = st.immediate_entries.get_mut(&id) {
            if e.refed != refed {
                e.refed = refed;
                delta = if refed { 1 } else { -1 };
            }
        }
        st.immediate_refed = (st.immediate_refed as isize + delta) as usize;
        delta != 0
    };
    if changed {
        h.emit(EventKind::RefChanged { cb: id, refed });
    }
    Ok(JsValue::undefined())
}

// binding.immediateHasRef(id): queued and ref'd (false once it ran or was cleared).
fn immediate_has_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(args, 0, ctx)?;
    let h = Host::of(ctx);
    let st = h.st.borrow();
    Ok(JsValue::from(
        st.immediate_entries.get(&id).is_some_and(|e| e.refed),
    ))
}

fn queue_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let callback = arg(args, 0);
    let extra = args_vec(&arg(args, 1), ctx)?;
    let id = h.next_id();
    schedule_event(&h, id, CallbackKind::Tick, &callback, ctx);
    h.ticks.borrow_mut().push_back(Tick {
        id,
        callback,
        args: extra,
    });
    Ok(JsValue::undefined())
}

fn queue_microtask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let callback = arg(args, 0);
    let id = h.next_id();
    schedule_event(&h, id, CallbackKind::Microtask, &callback, ctx);
    let cb = callback.clone();
    let realm = ctx.realm().clone();
    let job = GenericJob::new(
        move |ctx: &mut Context| call_value(&cb, &JsValue::undefined(), &[], ctx),
        realm,
    );
    h.micro.borrow_mut().push_back(Micro {
        id,
        kind: CallbackKind::Microtask,
        job: Job::GenericJob(job),
    });
    Ok(JsValue::undefined())
}

fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let fd = arg(args, 0).to_number(ctx)?;
    let text = arg(args, 1).to_string(ctx)?.to_std_string_escaped();
    let stream = if fd == 2.0 {
        Stream::Stderr
    } else {
        Stream::Stdout
    };
    let at = h.user_pos(ctx);
    h.write_at(stream, &text, at);
    Ok(JsValue::undefined())
}

fn really_exit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = Host::of(ctx);
    let _ = h.sync(ctx);
    let code = arg(args, 0).to_number(ctx)?;
    let code = if code.is_finite() { code as i32 } else { 0 };
    Err(h.raise(Interrupt::Exit(code)))
}

fn hrtime_ns(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    // Offset so hrtime is not near zero, like a machine that has been up for a while.
    let ns = h.clock.now_ns() + 1_000_000_000_000;
    Ok(JsValue::from(ns as f64))
}

fn hrtime_bigint(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let ns = h.clock.now_ns() + 1_000_000_000_000;
    Ok(JsValue::from(JsBigInt::from(ns as i64)))
}

fn perf_now(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    Ok(JsValue::from(h.clock.now_ns() as f64 / 1e6))
}

fn wall_ms(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    Ok(JsValue::from(h.clock.wall_ms() as f64))
}

fn loop_now(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    Ok(JsValue::from(update_loop_time(&h) as f64))
}

fn memory_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    // Buffers still listed (the GC may have taken some since the last callback boundary).
    let external = h.external.borrow().iter().map(|(_, b)| *b).sum::<u64>();
    let all = crate::memory::heap_bytes();
    let heap = all.saturating_sub(external) as f64;
    let total = (crate::memory::peak_heap_bytes().saturating_sub(external) as f64).max(heap);
    let rss = crate::memory::total_bytes().map_or(all as f64 + 8.0 * 1024.0 * 1024.0, |t| t as f64);
    // rss, heapTotal, heapUsed, external, arrayBuffers
    let vals = [rss, total, heap, external as f64, external as f64];
    let arr = JsArray::from_iter(vals.into_iter().map(JsValue::from), ctx);
    Ok(arr.into())
}

/// The run's heap limit in bytes (`--max-heap-mb`): v8's `heap_size_limit`.
fn heap_limit(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    Ok(JsValue::from(h.opts.limits.max_heap_bytes as f64))
}

/// CPUs of the simulated machine (`os.cpus().length`).
fn cpu_count(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    Ok(JsValue::from(h.opts.cpus.clamp(1, 1024)))
}

/// `eldCreate(resolutionMs)` → id of a new (disabled) event-loop delay histogram.
fn eld_create(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let resolution_ms = arg(args, 0).to_number(ctx)?.max(1.0) as u64;
    let mut eld = h.eld.borrow_mut();
    eld.push(crate::host::EldTimer {
        resolution_ms,
        ..Default::default()
    });
    Ok(JsValue::from((eld.len() - 1) as f64))
}

fn eld_index(args: &[JsValue], ctx: &mut Context) -> JsResult<usize> {
    Ok(arg(args, 0).to_number(ctx)?.max(0.0) as usize)
}

/// `eldEnable(id, on)` → whether the state changed (Node's enable()/disable()).
fn eld_enable(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let i = eld_index(args, ctx)?;
    let on = arg(args, 1).to_boolean();
    let now_ms = update_loop_time(&h);
    let mut eld = h.eld.borrow_mut();
    let Some(e) = eld.get_mut(i) else {
        return Ok(JsValue::from(false));
    };
    if e.active == on {
        return Ok(JsValue::from(false));
    }
    e.active = on;
    if on {
        e.prev_ns = 0;
        e.next_ms = now_ms + e.resolution_ms;
    }
    Ok(JsValue::from(true))
}

/// `eldSamples(id)` → the recorded delays (ns).
fn eld_samples(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let i = eld_index(args, ctx)?;
    let vals: Vec<JsValue> = h
        .eld
        .borrow()
        .get(i)
        .map(|e| e.samples.iter().map(|&v| JsValue::from(v as f64)).collect())
        .unwrap_or_default();
    Ok(JsArray::from_iter(vals, ctx).into())
}

/// `eldReset(id)`: forget the recorded delays.
fn eld_reset(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let i = eld_index(args, ctx)?;
    if let Some(e) = h.eld.borrow_mut().get_mut(i) {
        e.samples.clear();
    }
    Ok(JsValue::undefined())
}

/// `loopTiming()` → [loop start (performance ms, -1 before the loop), idle ms so far].
fn loop_timing(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let start = h.loop_start_ns.get().map_or(-1.0, |ns| ns as f64 / 1e6);
    let mut idle = h.idle_ns.get();
    if let Some(from) = h.poll_wait_from.get() {
        idle += h.clock.now_ns().saturating_sub(from);
    }
    let vals = [JsValue::from(start), JsValue::from(idle as f64 / 1e6)];
    Ok(JsArray::from_iter(vals, ctx).into())
}

/// `externalAllocated(arrayBuffer, bytes)`: buffer.js reports each backing store it creates;
/// it counts as external memory while the GC keeps it alive.
fn external_allocated(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let (Some(ab), Some(bytes)) = (arg(args, 0).as_object(), arg(args, 1).as_number()) else {
        return Ok(JsValue::undefined());
    };
    if bytes.is_nan() || bytes <= 0.0 {
        return Ok(JsValue::undefined());
    }
    let ctor = ctx.intrinsics().constructors().weak_ref().constructor();
    let weak = ctor.construct(&[ab.clone().into()], None, ctx)?;
    h.external.borrow_mut().push((weak, bytes as u64));
    Ok(JsValue::undefined())
}

fn promise_state(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let Some(o) = arg(args, 0).as_object() else {
        return Ok(JsValue::from(-1));
    };
    let Ok(p) = JsPromise::from_object(o.clone()) else {
        return Ok(JsValue::from(-1));
    };
    Ok(JsValue::from(match p.state() {
        PromiseState::Pending => 0,
        PromiseState::Fulfilled(_) => 1,
        PromiseState::Rejected(_) => 2,
    }))
}

fn promise_result(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let Some(o) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let Ok(p) = JsPromise::from_object(o.clone()) else {
        return Ok(JsValue::undefined());
    };
    Ok(match p.state() {
        PromiseState::Pending => JsValue::undefined(),
        PromiseState::Fulfilled(v) | PromiseState::Rejected(v) => v,
    })
}

fn proxy_details(_: &JsValue, _args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    // boa does not expose a proxy's target and handler; callers then inspect through the proxy.
    Ok(JsValue::undefined())
}

fn internal_type(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let v = arg(args, 0);
    let Some(o) = v.as_object() else {
        return Ok(js_string!("").into());
    };
    Ok(JsString::from(internal_type_of(&o)).into())
}

fn internal_type_of(o: &JsObject) -> &'static str {
    use boa_engine::builtins::{error::Error, proxy::Proxy};
    if o.is::<Proxy>() {
        return "Proxy";
    }
    if JsPromise::from_object(o.clone()).is_ok() {
        return "Promise";
    }
    if JsMap::from_object(o.clone()).is_ok() {
        return "Map";
    }
    if JsSet::from_object(o.clone()).is_ok() {
        return "Set";
    }
    if JsWeakMap::from_object(o.clone()).is_ok() {
        return "WeakMap";
    }
    if JsWeakSet::from_object(o.clone()).is_ok() {
        return "WeakSet";
    }
    if JsDate::from_object(o.clone()).is_ok() {
        return "Date";
    }
    if JsRegExp::from_object(o.clone()).is_ok() {
        return "RegExp";
    }
    if o.is::<Error>() {
        return "Error";
    }
    if JsTypedArray::from_object(o.clone()).is_ok() {
        return "TypedArray";
    }
    if JsArrayBuffer::from_object(o.clone()).is_ok() {
        return "ArrayBuffer";
    }
    if JsSharedArrayBuffer::from_object(o.clone()).is_ok() {
        return "SharedArrayBuffer";
    }
    if JsDataView::from_object(o.clone()).is_ok() {
        return "DataView";
    }
    if JsMapIterator::from_object(o.clone()).is_ok() {
        return "MapIterator";
    }
    if JsSetIterator::from_object(o.clone()).is_ok() {
        return "SetIterator";
    }
    if JsGenerator::from_object(o.clone()).is_ok() {
        return "Generator";
    }
    if JsAsyncGenerator::from_object(o.clone()).is_ok() {
        return "AsyncGenerator";
    }
    if o.is::<f64>() {
        return "BoxedNumber";
    }
    if o.is::<JsString>() {
        return "BoxedString";
    }
    if o.is::<bool>() {
        return "BoxedBoolean";
    }
    if o.is::<JsBigInt>() {
        return "BoxedBigInt";
    }
    if o.is::<JsSymbol>() {
        return "BoxedSymbol";
    }
    if o.is_callable() {
        return "Function";
    }
    "Object"
}

fn is_ordinary_function(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    use boa_engine::builtins::function::OrdinaryFunction;
    Ok(JsValue::from(
        arg(args, 0)
            .as_object()
            .is_some_and(|o| o.is::<OrdinaryFunction>()),
    ))
}

fn preview_entries(_: &JsValue, _args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}

// binding.random(): a double in [0, 1) from the run's seeded generator.
fn random(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = Host::of(ctx);
    let bits = h.next_random() >> 11;
    Ok(JsValue::from(bits as f64 / (1u64 << 53) as f64))
}

fn gc(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let _h = host(ctx)?;
    boa_gc::force_collect();
    Ok(JsValue::undefined())
}

// binding.compileFunction(source, path, params) -> function
fn compile_function(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let path = arg(args, 1).to_string(ctx)?.to_std_string_escaped();
    let params = arg(args, 2).to_string(ctx)?.to_std_string_escaped();
    crate::runtime::compile_wrapper(&source, &path, &params, ctx).map(JsValue::from)
}

/// Bytes of a typed array / ArrayBuffer / DataView argument (copied).
fn bytes_arg(v: &JsValue, ctx: &mut Context) -> JsResult<Vec<u8>> {
    with_bytes(v, ctx, <[u8]>::to_vec)
}

/// A new Uint8Array holding `data`.
pub(crate) fn bytes_value(data: Vec<u8>, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsUint8Array::from_iter(data, ctx)?.into())
}

fn get_prop(o: &JsObject, key: &str, ctx: &mut Context) -> JsResult<JsValue> {
    o.get(JsString::from(key), ctx)
}

fn prop_string(o: &JsObject, key: &str, ctx: &mut Context) -> JsResult<String> {
    Ok(get_prop(o, key, ctx)?
        .to_string(ctx)?
        .to_std_string_escaped())
}

fn prop_u64(o: &JsObject, key: &str, ctx: &mut Context) -> JsResult<u64> {
    let n = get_prop(o, key, ctx)?.to_number(ctx)?;
    Ok(if n.is_finite() && n > 0.0 {
        n as u64
    } else {
        0
    })
}

/// Builds a [`Work`] from `kind` and a params object (validated by the JavaScript caller).
fn work_arg(kind: &JsValue, params: &JsValue, h: &Host, ctx: &mut Context) -> JsResult<Work> {
    let kind = kind.to_string(ctx)?.to_std_string_escaped();
    let Some(p) = params.as_object() else {
        return Err(JsNativeError::typ()
            .with_message("work params expected")
            .into());
    };
    Ok(match kind.as_str() {
        "pbkdf2" => Work::Pbkdf2 {
            password: bytes_arg(&get_prop(&p, "password", ctx)?, ctx)?,
            salt: bytes_arg(&get_prop(&p, "salt", ctx)?, ctx)?,
            iterations: u32::try_from(prop_u64(&p, "iterations", ctx)?).unwrap_or(u32::MAX),
            keylen: prop_u64(&p, "keylen", ctx)? as usize,
            digest: prop_string(&p, "digest", ctx)?,
        },
        "scrypt" => Work::Scrypt {
            password: bytes_arg(&get_prop(&p, "password", ctx)?, ctx)?,
            salt: bytes_arg(&get_prop(&p, "salt", ctx)?, ctx)?,
            keylen: prop_u64(&p, "keylen", ctx)? as usize,
            n: prop_u64(&p, "N", ctx)?,
            r: u32::try_from(prop_u64(&p, "r", ctx)?).unwrap_or(u32::MAX),
            p: u32::try_from(prop_u64(&p, "p", ctx)?).unwrap_or(u32::MAX),
        },
        "dnsLookup" => Work::DnsLookup {
            hostname: prop_string(&p, "hostname", ctx)?,
            family: u8::try_from(prop_u64(&p, "family", ctx)?).unwrap_or(0),
        },
        "hkdf" => Work::Hkdf {
            digest: prop_string(&p, "digest", ctx)?,
            key: bytes_arg(&get_prop(&p, "key", ctx)?, ctx)?,
            salt: bytes_arg(&get_prop(&p, "salt", ctx)?, ctx)?,
            info: bytes_arg(&get_prop(&p, "info", ctx)?, ctx)?,
            keylen: prop_u64(&p, "keylen", ctx)? as usize,
        },
        "digest" => Work::Digest {
            digest: prop_string(&p, "digest", ctx)?,
            data: bytes_arg(&get_prop(&p, "data", ctx)?, ctx)?,
        },
        "randomBytes" => Work::RandomBytes {
            len: prop_u64(&p, "size", ctx)? as usize,
            seed: h.next_random(),
        },
        other => {
            return Err(JsNativeError::typ()
                .with_message(format!("unknown pool work '{other}'"))
                .into())
        }
    })
}

/// (err, bytes) for a pool callback.
pub(crate) fn work_result_value(r: WorkResult, ctx: &mut Context) -> JsResult<(JsValue, JsValue)> {
    match r {
        WorkResult::Bytes { data } => Ok((JsValue::null(), bytes_value(data, ctx)?)),
        WorkResult::Text { data } => Ok((JsValue::null(), JsString::from(data.as_str()).into())),
        WorkResult::Error { code, message } => {
            let err = JsNativeError::error()
                .with_message(message)
                .into_opaque(ctx);
            err.set(
                js_string!("code"),
                JsString::from(code.as_str()),
                false,
                ctx,
            )?;
            Ok((err.into(), JsValue::undefined()))
        }
        WorkResult::Zlib {
            stream,
            written,
            state,
        } => Ok((
            JsValue::null(),
            zlib_result_value(stream, written, state, ctx)?,
        )),
    }
}

/// `UV_THREADPOOL_SIZE` as passed by the JavaScript caller (read when the pool is first used).
fn env_size(v: &JsValue, ctx: &mut Context) -> JsResult<Option<String>> {
    if v.is_undefined() || v.is_null() {
        Ok(None)
    } else {
        Ok(Some(v.to_string(ctx)?.to_std_string_escaped()))
    }
}

/// Queues a task on the pool, recording it in the trace. Returns its id.
fn submit_task(h: &Host, task: Task, env: Option<&str>, ctx: &mut Context) -> u64 {
    let id = h.next_id();
    let api = task.work.api();
    let size = h.pool.borrow_mut().ensure_size(env);
    // Bring the pool up to now first, so earlier tasks finish before this one queues.
    h.advance_pool(ctx);
    let at = h.user_pos(ctx);
    let queued_before = h.pool.borrow().queued();
    h.emit(EventKind::PoolQueued {
        task: id,
        api,
        by: h.current_cb(),
        at,
        size,
        queued: queued_before + 1,
    });
    let now = h.clock.now_ns();
    let changes = {
        let mut pool = h.pool.borrow_mut();
        let mut backend = h.backend.borrow_mut();
        pool.submit(id, task, now, backend.as_mut())
    };
    h.record_pool_changes(changes);
    // A file-system request taken at once is made now.
    make_fs_requests(h, ctx);
    id
}

// binding.poolSubmit(kind, params, oncomplete(err, bytes), envThreadpoolSize) -> task id
fn pool_submit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let work = work_arg(&arg(args, 0), &arg(args, 1), &h, ctx)?;
    let env = env_size(&arg(args, 3), ctx)?;
    let task = Task {
        precomputed: None,
        fs_args: None,
        work,
        callback: arg(args, 2),
        result: None,
    };
    Ok(JsValue::from(
        submit_task(&h, task, env.as_deref(), ctx) as f64
    ))
}

// binding.ioStart(kind, params, callback) -> op id: OS-async work with a simulated latency.
fn io_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let kind = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let Some(p) = arg(args, 1).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("io params expected")
            .into());
    };
    let callback = arg(args, 2);
    let (api, latency_ns, result) = match kind.as_str() {
        "dnsResolve" => {
            let hostname = prop_string(&p, "hostname", ctx)?;
            let family = u8::try_from(prop_u64(&p, "family", ctx)?).unwrap_or(4);
            // c-ares asks the DNS server, not /etc/hosts: `localhost` is not found (as with
            // the node on this machine).
            let found = if hostname.eq_ignore_ascii_case("localhost") {
                Vec::new()
            } else {
                crate::work::lookup_host(&hostname, family)
            };
            let result = if found.is_empty() {
                WorkResult::Error {
                    code: "ENOTFOUND".into(),
                    message: hostname,
                }
            } else {
                let list: Vec<serde_json::Value> = found
                    .into_iter()
                    .map(|(a, _)| serde_json::Value::String(a))
                    .collect();
                WorkResult::Text {
                    data: serde_json::Value::Array(list).to_string(),
                }
            };
            // One round trip to the resolver: 2 ms.
            ("dns.resolve", 2_000_000, result)
        }
        other => {
            return Err(JsNativeError::typ()
                .with_message(format!("unknown io operation '{other}'"))
                .into())
        }
    };
    let id = h.next_id();
    let due_ns = h.clock.now_ns() + latency_ns;
    if h.trace_enabled() {
        let at = h.user_pos(ctx);
        h.emit(EventKind::IoStarted {
            op: id,
            api,
            by: h.current_cb(),
            at,
            due_ns,
        });
    }
    h.io.borrow_mut()
        .insert((due_ns, id), crate::host::IoOp { callback, result });
    Ok(JsValue::from(id as f64))
}

// binding.streamEvent(kind, id, info): stream activity for the trace.
fn stream_event(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    if !h.trace_enabled() {
        return Ok(JsValue::undefined());
    }
    let what = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let stream = id_arg(args, 1, ctx)?;
    let info = arg(args, 2)
        .to_json(ctx)?
        .unwrap_or(serde_json::Value::Null);
    h.emit(EventKind::Stream { stream, what, info });
    Ok(JsValue::undefined())
}

fn fs_error(e: &crate::vfs::FsError, ctx: &mut Context) -> boa_engine::JsError {
    let err = JsNativeError::error()
        .with_message(e.message())
        .into_opaque(ctx);
    let _ = err.set(js_string!("errno"), e.errno, false, ctx);
    let _ = err.set(js_string!("code"), JsString::from(e.code), false, ctx);
    let _ = err.set(js_string!("syscall"), JsString::from(e.syscall), false, ctx);
    if let Some(p) = &e.path {
        let _ = err.set(js_string!("path"), JsString::from(p.as_str()), false, ctx);
    }
    if let Some(d) = &e.dest {
        let _ = err.set(js_string!("dest"), JsString::from(d.as_str()), false, ctx);
    }
    boa_engine::JsError::from_opaque(err.into())
}

fn open_flags(v: &JsValue, ctx: &mut Context) -> JsResult<crate::vfs::OpenFlags> {
    use crate::vfs::OpenFlags;
    if let Some(n) = v.as_number() {
        let n = n as u32;
        let acc = n & 3;
        return Ok(OpenFlags {
            read: acc == 0 || acc == 2,
            write: acc == 1 || acc == 2,
            create: n & 64 != 0,
            exclusive: n & 128 != 0,
            truncate: n & 512 != 0,
            append: n & 1024 != 0,
        });
    }
    let f = if v.is_undefined() || v.is_null() {
        "r".to_owned()
    } else {
        v.to_string(ctx)?.to_std_string_escaped()
    };
    let (read, write, create, truncate, append) = match f.replace(['s', 'x'], "").as_str() {
        "r" => (true, false, false, false, false),
        "r+" => (true, true, false, false, false),
        "w" => (false, true, true, true, false),
        "w+" => (true, true, true, true, false),
        "a" => (false, true, true, false, true),
        "a+" => (true, true, true, false, true),
        _ => {
            return Err(JsNativeError::typ()
                .with_message(format!("The argument 'flags' is invalid. Received '{f}'"))
                .into())
        }
    };
    Ok(OpenFlags {
        read,
        write,
        create,
        exclusive: f.contains('x'),
        truncate,
        append,
    })
}

fn opt_position(v: &JsValue) -> Option<u64> {
    v.as_number().filter(|n| *n >= 0.0).map(|n| n as u64)
}

fn stat_value(st: &crate::vfs::Stat, ctx: &mut Context) -> JsValue {
    let secs = |t: i64| {
        [
            t.div_euclid(1_000_000_000) as f64,
            t.rem_euclid(1_000_000_000) as f64,
        ]
    };
    let mut vals = vec![
        st.ino as f64,
        f64::from(st.mode),
        st.size as f64,
        st.nlink as f64,
        st.blocks as f64,
    ];
    for t in [st.atime_ns, st.mtime_ns, st.ctime_ns, st.birthtime_ns] {
        vals.extend(secs(t));
    }
    JsArray::from_iter(vals.into_iter().map(JsValue::from), ctx).into()
}

/// Runs one file-system request on the VFS at wall-clock time `now` (ms, for the times it
/// stamps). Returns (value, bytes moved).
fn fs_op(
    op: &str,
    a: &[JsValue],
    h: &Host,
    now: f64,
    ctx: &mut Context,
) -> JsResult<(JsValue, u64)> {
    let path = |i: usize, ctx: &mut Context| -> JsResult<String> {
        Ok(arg(a, i).to_string(ctx)?.to_std_string_escaped())
    };
    let fd = |i: usize, ctx: &mut Context| -> JsResult<i32> { arg(a, i).to_i32(ctx) };
    let mut vfs = h.vfs.borrow_mut();
    let r: Result<(JsValue, u64), crate::vfs::FsError> = match op {
        "open" => {
            let p = path(0, ctx)?;
            let flags = open_flags(&arg(a, 1), ctx)?;
            let mode = arg(a, 2).as_number().map_or(0o666, |m| m as u32);
            vfs.open(&p, flags, mode, now)
                .map(|fd| (JsValue::from(fd), 0))
        }
        "close" => vfs.close(fd(0, ctx)?).map(|()| (JsValue::undefined(), 0)),
        "read" => {
            let len = id_arg(a, 1, ctx)? as usize;
            match vfs.read(fd(0, ctx)?, len, opt_position(&arg(a, 2))) {
                Ok(data) => {
                    let n = data.len() as u64;
                    drop(vfs);
                    return Ok((bytes_value(data, ctx)?, n));
                }
                Err(e) => Err(e),
            }
        }
        "write" => {
            let data = bytes_arg(&arg(a, 1), ctx)?;
            vfs.write(fd(0, ctx)?, &data, opt_position(&arg(a, 2)), now)
                .map(|n| (JsValue::from(n as f64), n as u64))
        }
        "readFile" => match vfs.read_file(&path(0, ctx)?) {
            Ok(data) => {
                let n = data.len() as u64;
                drop(vfs);
                return Ok((bytes_value(data, ctx)?, n));
            }
            Err(e) => Err(e),
        },
        "writeFile" => {
            let p = path(0, ctx)?;
            let data = bytes_arg(&arg(a, 1), ctx)?;
            let append = arg(a, 2).to_boolean();
            let n = data.len() as u64;
            vfs.write_file(&p, &data, append, now)
                .map(|()| (JsValue::undefined(), n))
        }
        "stat" | "lstat" => match vfs.stat(&path(0, ctx)?, op == "stat") {
            Ok(st) => {
                drop(vfs);
                return Ok((stat_value(&st, ctx), 0));
            }
            Err(e) => Err(e),
        },
        "fstat" => match vfs.fstat(fd(0, ctx)?) {
            Ok(st) => {
                drop(vfs);
                return Ok((stat_value(&st, ctx), 0));
            }
            Err(e) => Err(e),
        },
        "readdir" => match vfs.readdir(&path(0, ctx)?) {
            Ok(list) => {
                drop(vfs);
                let items: Vec<JsValue> = list
                    .into_iter()
                    .map(|(n, t)| {
                        JsArray::from_iter(
                            [JsString::from(n.as_str()).into(), JsValue::from(t as u8)],
                            ctx,
                        )
                        .into()
                    })
                    .collect();
                return Ok((JsArray::from_iter(items, ctx).into(), 0));
            }
            Err(e) => Err(e),
        },
        "mkdir" => {
            let p = path(0, ctx)?;
            let recursive = arg(a, 1).to_boolean();
            let mode = arg(a, 2).as_number().map_or(0o777, |m| m as u32);
            vfs.mkdir(&p, recursive, mode, now).map(|first| {
                (
                    first.map_or(JsValue::undefined(), |f| JsString::from(f.as_str()).into()),
                    0,
                )
            })
        }
        "rm" | "rmdir" | "unlink" => {
            let p = path(0, ctx)?;
            let recursive = arg(a, 1).to_boolean();
            let force = arg(a, 2).to_boolean();
            vfs.remove(&p, op, recursive, force, now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "rename" => {
            let (from, to) = (path(0, ctx)?, path(1, ctx)?);
            vfs.rename(&from, &to, now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "copyFile" => {
            let (src, dst) = (path(0, ctx)?, path(1, ctx)?);
            let excl = arg(a, 2).to_boolean();
            vfs.copy_file(&src, &dst, excl, now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "exists" => Ok((JsValue::from(vfs.exists(&path(0, ctx)?)), 0)),
        "access" => {
            let mode = arg(a, 1).as_number().map_or(0, |m| m as u32);
            vfs.access(&path(0, ctx)?, mode)
                .map(|()| (JsValue::undefined(), 0))
        }
        "symlink" => {
            let (target, p) = (path(0, ctx)?, path(1, ctx)?);
            vfs.symlink(&target, &p, now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "link" => {
            let (from, to) = (path(0, ctx)?, path(1, ctx)?);
            vfs.link(&from, &to, now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "readlink" | "realpath" => {
            let p = path(0, ctx)?;
            let r = if op == "readlink" {
                vfs.readlink(&p)
            } else {
                vfs.realpath(&p)
            };
            r.map(|t| (JsString::from(t.as_str()).into(), 0))
        }
        "ftruncate" => {
            let len = arg(a, 1).as_number().map_or(0, |n| n.max(0.0) as u64);
            vfs.ftruncate(fd(0, ctx)?, len, now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "utime" | "lutime" => {
            let p = path(0, ctx)?;
            let (at, mt) = (arg(a, 1).to_number(ctx)?, arg(a, 2).to_number(ctx)?);
            vfs.utimes(&p, at, mt, op == "utime", now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "futime" => {
            let (at, mt) = (arg(a, 1).to_number(ctx)?, arg(a, 2).to_number(ctx)?);
            vfs.futimes(fd(0, ctx)?, at, mt, now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "chmod" => {
            let p = path(0, ctx)?;
            let mode = arg(a, 1).to_u32(ctx)?;
            vfs.chmod(&p, mode, now).map(|()| (JsValue::undefined(), 0))
        }
        "fchmod" => {
            let mode = arg(a, 1).to_u32(ctx)?;
            vfs.fchmod(fd(0, ctx)?, mode, now)
                .map(|()| (JsValue::undefined(), 0))
        }
        "chown" | "lchown" | "fchown" => {
            let (uid, gid) = (arg(a, 1).to_number(ctx)?, arg(a, 2).to_number(ctx)?);
            let target = if op == "fchown" {
                Err(fd(0, ctx)?)
            } else {
                Ok(path(0, ctx)?)
            };
            vfs.chown(
                target.as_deref().map_err(|e| *e),
                uid as i64,
                gid as i64,
                op == "chown",
            )
            .map(|()| (JsValue::undefined(), 0))
        }
        "fsync" | "fdatasync" => {
            let syscall = if op == "fsync" { "fsync" } else { "fdatasync" };
            vfs.fsync(fd(0, ctx)?, syscall)
                .map(|()| (JsValue::undefined(), 0))
        }
        other => {
            return Err(JsNativeError::typ()
                .with_message(format!("unknown fs operation '{other}'"))
                .into())
        }
    };
    drop(vfs);
    r.map_err(|e| fs_error(&e, ctx))
}

// binding.fs(op, ...args): a synchronous file-system request.
fn fs_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let op = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let now = h.clock.wall_ms() as f64;
    let (v, bytes) = fs_op(&op, args.get(1..).unwrap_or(&[]), &h, now, ctx)?;
    // Sync calls block the loop for the request's duration.
    h.clock.advance_ns(Work::Fs { op, bytes }.cost_ns());
    Ok(v)
}

// binding.fsAsync(op, argsArray, oncomplete(err, value), envThreadpoolSize): one libuv fs
// request through the thread pool.
fn fs_async(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let op = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let list = args_vec(&arg(args, 1), ctx)?;
    let env = env_size(&arg(args, 3), ctx)?;
    // The VFS call is made when a pool thread takes the request (`make_fs_requests`).
    let task = Task {
        work: Work::Fs { op, bytes: 0 },
        precomputed: None,
        fs_args: Some(list),
        callback: arg(args, 2),
        result: None,
    };
    Ok(JsValue::from(
        submit_task(&h, task, env.as_deref(), ctx) as f64
    ))
}

/// Makes the file-system requests pool threads have taken, each on the VFS as at the moment
/// its thread took it (libuv's worker makes the system call then: a request queued behind
/// busy threads has not happened yet). Returns whether there were any.
pub(crate) fn make_fs_requests(h: &Host, ctx: &mut Context) -> bool {
    let started = h.pool.borrow_mut().take_fs_started();
    if started.is_empty() {
        return false;
    }
    for (id, start_ns, op, args) in started {
        let now = h.clock.wall_ms_at(start_ns) as f64;
        let (outcome, bytes) = match fs_op(&op, &args, h, now, ctx) {
            Ok((v, n)) => ((JsValue::null(), v), n),
            Err(e) => (
                (e.into_opaque(ctx).unwrap_or_default(), JsValue::undefined()),
                0,
            ),
        };
        h.pool.borrow_mut().fs_done(id, outcome, bytes);
    }
    true
}

// binding.fsSeed(path, text): adds a file to the VFS (the main script, sample files).
fn fs_seed(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = Host::of(ctx);
    let path = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let data = bytes_arg(&arg(args, 1), ctx)?;
    let now = h.clock.wall_ms() as f64;
    let mut vfs = h.vfs.borrow_mut();
    if let Some((dir, _)) = path.rsplit_once('/') {
        if !dir.is_empty() {
            let _ = vfs.mkdir(dir, true, 0o755, now);
        }
    }
    vfs.write_file(&path, &data, false, now)
        .map_err(|e| JsNativeError::error().with_message(e.message()))?;
    Ok(JsValue::undefined())
}

// binding.workSync(kind, params) -> Uint8Array (throws like the async form's error)
fn work_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let work = work_arg(&arg(args, 0), &arg(args, 1), &h, ctx)?;
    // Synchronous work blocks the loop for as long as the pool would take.
    let mut work = work;
    let result = work.execute();
    h.clock.advance_ns(work.cost_with(&result));
    let (err, value) = work_result_value(result, ctx)?;
    if err.is_null() {
        Ok(value)
    } else {
        Err(boa_engine::JsError::from_opaque(err))
    }
}

// binding.hash(alg, data) / binding.hmac(alg, key, data) -> Uint8Array | undefined
/// Runs `f` on the bytes of a typed array / ArrayBuffer / DataView argument in place (no copy; a
/// detached ArrayBuffer has none); anything else is converted to a string first.
fn with_bytes<R>(v: &JsValue, ctx: &mut Context, f: impl FnOnce(&[u8]) -> R) -> JsResult<R> {
    let Some(o) = v.as_object() else {
        return Ok(f(v.to_string(ctx)?.to_std_string_escaped().as_bytes()));
    };
    if let Ok(buf) = JsArrayBuffer::from_object(o.clone()) {
        return Ok(match buf.data() {
            Some(d) => f(&d),
            None => f(&[]),
        });
    }
    let (buffer, offset, len) = if let Ok(ta) = JsTypedArray::from_object(o.clone()) {
        (ta.buffer(ctx)?, ta.byte_offset(ctx)?, ta.byte_length(ctx)?)
    } else if let Ok(dv) = JsDataView::from_object(o.clone()) {
        (
            dv.buffer(ctx)?,
            dv.byte_offset(ctx)? as usize,
            dv.byte_length(ctx)? as usize,
        )
    } else {
        return Err(JsNativeError::typ()
            .with_message("expected an ArrayBuffer view")
            .into());
    };
    let buffer = buffer
        .as_object()
        .and_then(|b| JsArrayBuffer::from_object(b).ok())
        .ok_or_else(|| JsNativeError::typ().with_message("detached buffer"))?;
    let data = buffer
        .data()
        .ok_or_else(|| JsNativeError::typ().with_message("detached buffer"))?;
    Ok(f(data.get(offset..offset + len).unwrap_or_default()))
}

// binding.hashNew(alg) -> handle id, or undefined for an unknown algorithm
fn hash_new(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let alg = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    Ok(register_hasher(
        &h,
        crate::work::Hasher::new(&alg.to_ascii_lowercase()),
    ))
}

/// Stores a digest state under a new handle id (undefined for an unknown algorithm).
fn register_hasher(h: &Host, state: Option<crate::work::Hasher>) -> JsValue {
    let Some(state) = state else {
        return JsValue::undefined();
    };
    let id = h.next_id();
    h.hashers.borrow_mut().insert(id, state);
    JsValue::from(id as f64)
}

// binding.hmacNew(alg, key) -> handle id, or undefined for an unknown algorithm
fn hmac_new(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let alg = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let key = bytes_arg(&arg(args, 1), ctx)?;
    Ok(register_hasher(
        &h,
        crate::work::Hasher::new_hmac(&alg.to_ascii_lowercase(), &key),
    ))
}

// binding.hashUpdate(id, data): feeds the bytes in place.
fn hash_update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let mut hashers = h.hashers.borrow_mut();
    let Some(state) = hashers.get_mut(&id) else {
        return Err(JsNativeError::error()
            .with_message("hash state already finished")
            .into());
    };
    with_bytes(&arg(args, 1), ctx, |d| state.update(d))?;
    Ok(JsValue::undefined())
}

// binding.hashCopy(id) -> a new handle with the same state
fn hash_copy(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let state = h.hashers.borrow().get(&id).cloned();
    Ok(register_hasher(&h, state))
}

// binding.hashDigest(id) -> Uint8Array (the handle is gone afterwards)
fn hash_digest(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let state = h.hashers.borrow_mut().remove(&id);
    match state {
        Some(s) => bytes_value(s.finish(), ctx),
        None => Ok(JsValue::undefined()),
    }
}

/// A zlib stream's context in the core, or away on the thread pool with a call (it comes back
/// with the result), and what `params`/`reset` asked for meanwhile.
pub struct ZlibStream {
    ctx: Option<Box<loopscope_zlib_binding::ZlibContext>>,
    /// Applied, in order, when the context comes back (node's handle would act on it at
    /// once, racing the pool thread; here they follow the call).
    deferred: Vec<Deferred>,
}

enum Deferred {
    Params(i32, i32),
    Reset,
}

// binding.zlibInit(mode, windowBits, level, memLevel, strategy, dictionary) -> context id
fn zlib_init(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let mut n = [0i32; 5];
    for (i, slot) in n.iter_mut().enumerate() {
        *slot = arg(args, i).to_i32(ctx)?;
    }
    let dict = arg(args, 5);
    let dictionary = if dict.is_undefined() {
        Vec::new()
    } else {
        bytes_arg(&dict, ctx)?
    };
    let mode = u32::try_from(n[0]).unwrap_or(0);
    let z = loopscope_zlib_binding::ZlibContext::new(mode, n[1], n[2], n[3], n[4], dictionary);
    let id = h.next_id();
    h.zlibs.borrow_mut().insert(
        id,
        ZlibStream {
            ctx: Some(Box::new(z)),
            deferred: Vec::new(),
        },
    );
    Ok(JsValue::from(id as f64))
}

/// `{ out, availIn, availOut }` for a zlib call, or `{ message, errno }` when it failed.
fn zlib_value(
    r: Result<loopscope_zlib_binding::Written, loopscope_zlib_binding::ZlibError>,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let o = JsObject::with_object_proto(ctx.intrinsics());
    match r {
        Ok(w) => {
            let out = bytes_value(w.out, ctx)?;
            o.set(js_string!("out"), out, false, ctx)?;
            o.set(js_string!("availIn"), w.avail_in as f64, false, ctx)?;
            o.set(js_string!("availOut"), w.avail_out as f64, false, ctx)?;
        }
        Err(e) => {
            o.set(js_string!("message"), JsString::from(e.message), false, ctx)?;
            o.set(js_string!("errno"), e.errno, false, ctx)?;
        }
    }
    Ok(o.into())
}

/// Takes stream `id`'s context for a call: a closed stream is node's "zlib binding closed",
/// and one whose context is on the pool with another call is the write already in progress
/// that node's handle refuses (it aborts the process).
fn zlib_take(h: &Host, id: u64) -> JsResult<Box<loopscope_zlib_binding::ZlibContext>> {
    let mut zlibs = h.zlibs.borrow_mut();
    let Some(stream) = zlibs.get_mut(&id) else {
        return Err(JsNativeError::error()
            .with_message("zlib binding closed")
            .into());
    };
    stream.ctx.take().ok_or_else(|| {
        JsNativeError::error()
            .with_message("zlib: a write is already in progress on this stream")
            .into()
    })
}

/// The call's (flush, availOut) arguments.
fn zlib_call_args(args: &[JsValue], ctx: &mut Context) -> JsResult<(i32, usize)> {
    let flush = arg(args, 1).to_i32(ctx)?;
    let avail_out = usize::try_from(id_arg(args, 3, ctx)?).unwrap_or(usize::MAX);
    Ok((flush, avail_out))
}

// binding.zlibWrite(id, flush, input, availOut) -> result: a zlib call that blocks the loop
// for its modelled duration (the Sync functions).
fn zlib_write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let (flush, avail_out) = zlib_call_args(args, ctx)?;
    let input = bytes_arg(&arg(args, 2), ctx)?;
    let z = zlib_take(&h, id)?;
    let mut work = zlib_work(id, flush, avail_out, input, z);
    let result = work.execute();
    h.clock.advance_ns(work.cost_with(&result));
    work_result_value(result, ctx).map(|(_, value)| value)
}

/// The pool work of one zlib call on stream `id` with its context `z`.
fn zlib_work(
    id: u64,
    flush: i32,
    avail_out: usize,
    input: Vec<u8>,
    z: Box<loopscope_zlib_binding::ZlibContext>,
) -> Work {
    Work::Zlib {
        stream: id,
        compress: z.compresses(),
        flush,
        avail_out,
        input,
        state: crate::work::ZlibState(Some(z)),
    }
}

/// Puts stream `id`'s context back (a closed stream drops it) and applies what was deferred.
fn zlib_return(h: &Host, id: u64, mut z: Box<loopscope_zlib_binding::ZlibContext>) {
    let mut zlibs = h.zlibs.borrow_mut();
    if let Some(stream) = zlibs.get_mut(&id) {
        for op in stream.deferred.drain(..) {
            // node reports these through the handle's onerror, which the stream's
            // JavaScript turns into an 'error' event; after a completed call they cannot
            // fail (the arguments were checked when they were asked for).
            let _ = match op {
                Deferred::Params(level, strategy) => z.params(level, strategy),
                Deferred::Reset => z.reset(),
            };
        }
        stream.ctx = Some(z);
    }
}

// binding.zlibWriteAsync(id, flush, input, availOut, oncomplete(null, result), envSize): a
// zlib call on the thread pool. The stream's context goes with it (to a Web Worker in the
// browser) and comes back with the result.
fn zlib_write_async(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let env = env_size(&arg(args, 5), ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let (flush, avail_out) = zlib_call_args(args, ctx)?;
    let input = bytes_arg(&arg(args, 2), ctx)?;
    let z = zlib_take(&h, id)?;
    let task = Task {
        work: zlib_work(id, flush, avail_out, input, z),
        precomputed: None,
        fs_args: None,
        callback: arg(args, 4),
        result: None,
    };
    Ok(JsValue::from(
        submit_task(&h, task, env.as_deref(), ctx) as f64
    ))
}

/// A zlib call's result delivered: the context goes back to its stream.
fn zlib_result_value(
    stream: u64,
    r: Result<loopscope_zlib_binding::Written, loopscope_zlib_binding::ZlibError>,
    state: crate::work::ZlibState,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    if let Some(z) = state.0 {
        zlib_return(&*host(ctx)?, stream, z);
    }
    zlib_value(r, ctx)
}

/// `undefined`, or `{ message, errno }` for a failed params/reset.
fn zlib_status(
    r: Result<(), loopscope_zlib_binding::ZlibError>,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    match r {
        Ok(()) => Ok(JsValue::undefined()),
        Err(e) => zlib_value(Err(e), ctx),
    }
}

/// Runs `op` on stream `id`'s context, or defers it while the context is on the pool.
fn zlib_control(h: &Host, id: u64, op: Deferred) -> Result<(), loopscope_zlib_binding::ZlibError> {
    let mut zlibs = h.zlibs.borrow_mut();
    let Some(stream) = zlibs.get_mut(&id) else {
        return Ok(());
    };
    match (&mut stream.ctx, op) {
        (Some(z), Deferred::Params(level, strategy)) => z.params(level, strategy),
        (Some(z), Deferred::Reset) => z.reset(),
        (None, op) => {
            stream.deferred.push(op);
            Ok(())
        }
    }
}

// binding.zlibParams(id, level, strategy) -> undefined | error
fn zlib_params(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let level = arg(args, 1).to_i32(ctx)?;
    let strategy = arg(args, 2).to_i32(ctx)?;
    let r = zlib_control(&h, id, Deferred::Params(level, strategy));
    zlib_status(r, ctx)
}

// binding.zlibReset(id) -> undefined | error
fn zlib_reset(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let r = zlib_control(&h, id, Deferred::Reset);
    zlib_status(r, ctx)
}

// binding.zlibClose(id): frees the stream's zlib state (a context on the pool is dropped when
// it comes back).
fn zlib_close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    h.zlibs.borrow_mut().remove(&id);
    Ok(JsValue::undefined())
}

// binding.zlibCrc32(data, value) -> CRC-32 of the bytes continuing from value
fn zlib_crc32(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let start = u32::try_from(id_arg(args, 1, ctx)?).unwrap_or(0);
    let crc = with_bytes(&arg(args, 0), ctx, |d| {
        loopscope_zlib_binding::crc32(d, start)
    })?;
    Ok(JsValue::from(f64::from(crc)))
}

// binding.randomBytesSync(n) -> Uint8Array from the run's generator
fn random_bytes_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let n = id_arg(args, 0, ctx)? as usize;
    let r = Work::RandomBytes {
        len: n,
        seed: h.next_random(),
    }
    .execute();
    let (_, v) = work_result_value(r, ctx)?;
    Ok(v)
}

/// Records a network change in the trace.
pub(crate) fn trace_net(h: &Host, ch: &crate::net::NetChange, port: Option<u16>) {
    if !h.trace_enabled() {
        return;
    }
    let in_flight = h.net.borrow().in_flight(ch.handle);
    h.emit(EventKind::Net {
        handle: ch.handle,
        what: ch.what,
        bytes: ch.bytes,
        due_ns: (ch.due_ns > 0).then_some(ch.due_ns),
        port,
        in_flight,
        by: h.current_cb(),
    });
}

fn net_event(h: &Host, handle: u64, what: &'static str, port: Option<u16>) {
    trace_net(
        h,
        &crate::net::NetChange {
            handle,
            what,
            bytes: 0,
            due_ns: 0,
        },
        port,
    );
}

fn port_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<u16> {
    Ok(u16::try_from(id_arg(args, i, ctx)?).unwrap_or(0))
}

fn str_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_escaped())
}

// binding.tcpCreate() -> handle id
fn tcp_create(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = h.group.handle_id();
    h.net.borrow_mut().create(id, h.isolate);
    Ok(JsValue::from(id as f64))
}

// binding.tcpSetDispatch(fn(handle, what, arg))
fn tcp_set_dispatch(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    *h.net_dispatch.borrow_mut() = arg(args, 0);
    Ok(JsValue::undefined())
}

// binding.tcpListen(handle, address, port) -> bound port | error code
fn tcp_listen(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let addr = str_arg(args, 1, ctx)?;
    let port = port_arg(args, 2, ctx)?;
    let r = h.net.borrow_mut().listen(id, &addr, port);
    Ok(match r {
        Ok(p) => {
            net_event(&h, id, "listen", Some(p));
            JsValue::from(f64::from(p))
        }
        Err(code) => JsString::from(code).into(),
    })
}

// binding.tcpConnect(handle, address, port): readiness comes through the dispatcher.
fn tcp_connect(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    h.clock.advance_ns(crate::net::SYSCALL_NS);
    let id = id_arg(args, 0, ctx)?;
    let addr = str_arg(args, 1, ctx)?;
    let port = port_arg(args, 2, ctx)?;
    let server_side = h.group.handle_id();
    let now = h.clock.now_ns();
    let ch = h
        .net
        .borrow_mut()
        .connect(id, server_side, now, &addr, port);
    trace_net(&h, &ch, Some(port));
    Ok(JsValue::undefined())
}

// binding.tcpWrite(handle, bytes) -> undefined (done) | request id (finishes later through the
// dispatcher's 'written') | error code
fn tcp_write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    h.clock.advance_ns(crate::net::SYSCALL_NS);
    let id = id_arg(args, 0, ctx)?;
    let data = bytes_arg(&arg(args, 1), ctx)?;
    let now = h.clock.now_ns();
    let req = h.next_id();
    let r = h.net.borrow_mut().write(id, req, now, data);
    Ok(match r {
        Ok((ch, pending)) => {
            trace_net(&h, &ch, None);
            pending.map_or(JsValue::undefined(), |r| JsValue::from(r as f64))
        }
        Err(code) => JsString::from(code).into(),
    })
}

// binding.tcpShutdown(handle) -> whether a shutdown was queued
fn tcp_shutdown(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    h.clock.advance_ns(crate::net::SYSCALL_NS);
    let id = id_arg(args, 0, ctx)?;
    let queued = h.net.borrow_mut().shutdown(id);
    if queued {
        h.pending
            .borrow_mut()
            .push_back((id, crate::net::Ready::Shutdown));
    }
    Ok(JsValue::from(queued))
}

// binding.tcpRead(handle, start: bool)
fn tcp_read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let now = h.clock.now_ns();
    if arg(args, 1).to_boolean() {
        h.net.borrow_mut().read_start(id, now);
    } else {
        h.net.borrow_mut().read_stop(id);
    }
    Ok(JsValue::undefined())
}

// binding.tcpClose(handle, callback): the callback runs in the next close phase.
fn tcp_close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    h.clock.advance_ns(crate::net::SYSCALL_NS);
    let id = id_arg(args, 0, ctx)?;
    let now = h.clock.now_ns();
    let ch = h.net.borrow_mut().close(id, now);
    if let Some(ch) = ch {
        trace_net(&h, &ch, None);
    }
    net_event(&h, id, "close", None);
    queue_close(&h, arg(args, 1), ctx);
    Ok(JsValue::undefined())
}

// binding.handleClose(callback): a non-network handle (a MessagePort) closed; its callback
// runs in the next close phase.
fn handle_close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    queue_close(&h, arg(args, 0), ctx);
    Ok(JsValue::undefined())
}

fn queue_close(h: &Host, cb: JsValue, ctx: &mut Context) {
    if cb.is_callable() {
        let cb_id = h.next_id();
        h.emit(EventKind::Scheduled {
            cb: cb_id,
            kind: CallbackKind::Close,
            by: h.current_cb(),
            at: h.user_pos(ctx),
            name: None,
        });
        h.closing.borrow_mut().push_back((cb_id, cb));
    }
}

// binding.tcpRef(handle, refed)
fn tcp_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    h.net.borrow_mut().set_ref(id, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

// binding.tcpName(handle, remote) -> [address, port, family] | undefined
fn tcp_name(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let name = h.net.borrow().name(id, arg(args, 1).to_boolean());
    Ok(match name {
        Some((a, p, f)) => JsArray::from_iter(
            [
                JsValue::from(JsString::from(a.as_str())),
                JsValue::from(f64::from(p)),
                JsValue::from(f64::from(f)),
            ],
            ctx,
        )
        .into(),
        None => JsValue::undefined(),
    })
}

// binding.workerSpawn(path | null, code | null, workerData, argv, [transferred port ids])
// -> thread id
fn worker_spawn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let data = str_arg(args, 2, ctx)?;
    let (path, source) = if arg(args, 1).is_string() {
        ("[worker eval]".to_owned(), str_arg(args, 1, ctx)?)
    } else {
        let path = str_arg(args, 0, ctx)?;
        let bytes = h.vfs.borrow_mut().read_file(&path);
        match bytes {
            Ok(b) => (path, String::from_utf8_lossy(&b).into_owned()),
            Err(e) => {
                return Err(JsNativeError::error()
                    .with_message(format!("Cannot find module '{path}' ({})", e.code))
                    .into())
            }
        }
    };
    check_isolates(&h)?;
    let thread_id = h.group.thread_id();
    let argv = string_list(&arg(args, 3), ctx)?;
    let rt = crate::runtime::Runtime::new_child(&h, thread_id, &path, &source, data, None, argv)
        .map_err(|e| JsNativeError::error().with_message(e.to_string()))?;
    let inbox = rt.inbox();
    for p in args_vec(&arg(args, 4), ctx)? {
        h.group
            .move_port(id_arg(&[p], 0, ctx)?, &inbox, h.clock.now_ns());
    }
    add_child(&h, thread_id, rt, None);
    Ok(JsValue::from(f64::from(thread_id)))
}

/// Stops the run when it would start more isolates than [`crate::worker::MAX_ISOLATES`].
fn check_isolates(h: &Host) -> JsResult<()> {
    if h.group.isolates() >= crate::worker::MAX_ISOLATES {
        return Err(h.raise(Interrupt::Limit {
            limit: "isolates",
            message: format!(
                "the run tried to start more than {} worker threads / cluster workers",
                crate::worker::MAX_ISOLATES
            ),
        }));
    }
    Ok(())
}

fn string_list(v: &JsValue, ctx: &mut Context) -> JsResult<Vec<String>> {
    args_vec(v, ctx)?
        .iter()
        .map(|a| Ok(a.to_string(ctx)?.to_std_string_escaped()))
        .collect()
}

// binding.portReceive(port) -> the oldest message already delivered to this isolate for
// `port` (receiveMessageOnPort), or undefined.
fn port_receive(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let port = id_arg(args, 0, ctx)?;
    let now = h.clock.now_ns();
    let key = h
        .inbox
        .borrow()
        .iter()
        .find(|((t, _), m)| *t <= now && m.port == port && m.kind == "message")
        .map(|(k, _)| *k);
    let msg = key.and_then(|k| h.inbox.borrow_mut().remove(&k));
    Ok(msg.map_or(JsValue::undefined(), |m| {
        JsString::from(m.data.as_str()).into()
    }))
}

fn add_child(h: &Host, thread_id: u32, rt: crate::runtime::Runtime, process: Option<u32>) {
    let inbox = rt.inbox();
    let isolate = rt.isolate();
    h.grouped.set(true);
    h.children.borrow_mut().push(crate::worker::Child {
        thread_id,
        rt,
        state: crate::worker::ChildState::Runnable,
        refed: true,
        terminate: None,
        inbox,
        process,
        isolate,
    });
}

// binding.clusterFork(id, [[key, value], ...], args): a cluster worker process running the main
// script again, with NODE_UNIQUE_ID = id in its environment. Returns its pid.
fn cluster_fork(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    check_isolates(&h)?;
    let id = u32::try_from(id_arg(args, 0, ctx)?).unwrap_or(0);
    let mut env = Vec::new();
    for pair in args_vec(&arg(args, 1), ctx)? {
        let kv = args_vec(&pair, ctx)?;
        if let (Some(k), Some(v)) = (kv.first(), kv.get(1)) {
            env.push((
                k.to_string(ctx)?.to_std_string_escaped(),
                v.to_string(ctx)?.to_std_string_escaped(),
            ));
        }
    }
    env.push(("NODE_UNIQUE_ID".into(), id.to_string()));
    let args_list = string_list(&arg(args, 2), ctx)?;
    let path = h.main_path.borrow().clone();
    let bytes = h.vfs.borrow_mut().read_file(&path);
    let source = match bytes {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            return Err(JsNativeError::error()
                .with_message(format!("cannot fork: {path} ({})", e.code))
                .into())
        }
    };
    let rt = crate::runtime::Runtime::new_child(
        &h,
        0,
        &path,
        &source,
        String::new(),
        Some((id, env)),
        args_list,
    )
    .map_err(|e| JsNativeError::error().with_message(e.to_string()))?;
    add_child(&h, 0, rt, Some(id));
    Ok(JsValue::from(f64::from(h.pid + id)))
}

// binding.tcpTransfer(handle, clusterWorkerId): hands a connection to a worker process.
fn tcp_transfer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let handle = id_arg(args, 0, ctx)?;
    let target = id_arg(args, 1, ctx)?;
    let iso = h
        .children
        .borrow()
        .iter()
        .find(|c| c.is(target, true))
        .map(|c| c.isolate);
    if let Some(iso) = iso {
        h.net.borrow_mut().transfer(handle, iso);
        net_event(&h, handle, "handoff", None);
    }
    Ok(JsValue::from(iso.is_some()))
}

// binding.pid() -> [pid, ppid]
fn pid(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    Ok(JsArray::from_iter(
        [
            JsValue::from(f64::from(h.pid)),
            JsValue::from(f64::from(h.ppid)),
        ],
        ctx,
    )
    .into())
}

// binding.portPost(port, data, kind, [transferred port ids]): to the parent (port 0 in a
// worker), to a worker (its thread id), or to a MessageChannel port wherever it lives. The
// transferred ports move to the isolate the message goes to.
fn port_post(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let port = id_arg(args, 0, ctx)?;
    let data = str_arg(args, 1, ctx)?;
    // 'message' (worker_threads), 'ipc' (process.send / worker.send) or 'cluster' (the
    // cluster module's own protocol over the same channel).
    let kind: &'static str = match str_arg(args, 2, ctx)?.as_str() {
        "ipc" => "ipc",
        "cluster" => "cluster",
        _ => "message",
    };
    let moved = args_vec(&arg(args, 3), ctx)?;
    let ipc = kind != "message";
    let now = h.clock.now_ns();
    let (to, target) = if port >= crate::worker::LOCAL_PORT_BASE {
        (h.group.port_owner(port), port)
    } else if port == 0 {
        match &h.worker {
            Some(link) => {
                let from = match link.process {
                    Some(id) if ipc => u64::from(id),
                    _ => u64::from(link.thread_id),
                };
                (Some(Rc::clone(&link.parent_inbox)), from)
            }
            None => (None, 0),
        }
    } else {
        let inbox = h
            .children
            .borrow()
            .iter()
            .find(|c| c.is(port, ipc) && c.state != crate::worker::ChildState::Done)
            .map(|c| Rc::clone(&c.inbox));
        (inbox, 0)
    };
    if let Some(inbox) = to {
        crate::worker::post(
            &h.group,
            &inbox,
            now,
            crate::worker::PortMsg {
                port: target,
                kind,
                data,
            },
        );
        for p in moved {
            h.group.move_port(id_arg(&[p], 0, ctx)?, &inbox, now);
        }
    }
    Ok(JsValue::undefined())
}

// binding.portChannel() -> [id, id]: a new MessageChannel held by this isolate.
fn port_channel(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let (a, b) = h.group.new_channel(&h.inbox);
    Ok(JsArray::from_iter([JsValue::from(a as f64), JsValue::from(b as f64)], ctx).into())
}

// binding.portClose(id): closes the channel of port `id`; an end held by another isolate
// gets 'close' there.
fn port_close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    h.group.close_port(id, &h.inbox, h.clock.now_ns());
    Ok(JsValue::undefined())
}

// binding.sabShare(sab) -> index: keeps a SharedArrayBuffer's memory for other isolates.
fn sab_share(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let Some(obj) = arg(args, 0).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("not a SharedArrayBuffer")
            .into());
    };
    let sab = JsSharedArrayBuffer::from_object(obj.clone())?;
    Ok(JsValue::from(h.group.share(sab.inner()) as f64))
}

// binding.sabOpen(index) -> a SharedArrayBuffer on the memory kept under `index`.
fn sab_open(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let index = usize::try_from(id_arg(args, 0, ctx)?).unwrap_or(usize::MAX);
    match h.group.shared(index) {
        Some(buffer) => Ok(JsSharedArrayBuffer::from_buffer(buffer, ctx).into()),
        None => Ok(JsValue::undefined()),
    }
}

// binding.detachArrayBuffer(ab) -> whether it was detached (a transferred ArrayBuffer).
fn detach_array_buffer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let _ = host(ctx)?;
    let Some(obj) = arg(args, 0).as_object() else {
        return Ok(false.into());
    };
    let Ok(ab) = JsArrayBuffer::from_object(obj.clone()) else {
        return Ok(false.into());
    };
    Ok(ab.detach(&JsValue::undefined()).is_ok().into())
}

// binding.isDetached(ab) -> whether an ArrayBuffer was detached (transferred away).
fn is_detached(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let detached = arg(args, 0)
        .as_object()
        .and_then(|o| JsArrayBuffer::from_object(o.clone()).ok())
        .is_some_and(|ab| ab.data().is_none());
    Ok(detached.into())
}

// binding.workerControl(threadId, what): 'terminate' | 'ref' | 'unref'
fn worker_control(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let what = str_arg(args, 1, ctx)?;
    let process = what.starts_with("process-");
    let what = what.trim_start_matches("process-");
    for c in h.children.borrow_mut().iter_mut() {
        if c.is(id, process) {
            match what {
                "terminate" => {
                    c.terminate.get_or_insert(h.clock.now_ns());
                }
                "ref" => c.refed = true,
                "unref" => c.refed = false,
                _ => {}
            }
        }
    }
    Ok(JsValue::undefined())
}

// binding.portSetDispatch(fn(port, kind, data)); binding.portRef(delta)
fn port_set_dispatch(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    *h.port_dispatch.borrow_mut() = arg(args, 0);
    Ok(JsValue::undefined())
}

fn port_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let d = arg(args, 0).to_number(ctx)?;
    let n = i64::from(h.port_refs.get()) + d as i64;
    h.port_refs.set(u32::try_from(n.max(0)).unwrap_or(0));
    Ok(JsValue::undefined())
}

// binding.workerInfo() -> [threadId, workerData | undefined]
fn worker_info(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let h = host(ctx)?;
    let (id, data) = match &h.worker {
        Some(l) if l.process.is_none() => (
            f64::from(l.thread_id),
            JsValue::from(JsString::from(l.worker_data.as_str())),
        ),
        _ => (0.0, JsValue::undefined()),
    };
    Ok(JsArray::from_iter([JsValue::from(id), data], ctx).into())
}

/// Builds the `binding` object.
pub(crate) fn binding(ctx: &mut Context) -> JsObject {
    let fns: &[(&str, NativeFn, usize)] = &[
        ("timerStart", timer_start, 6),
        ("timerClear", timer_clear, 1),
        ("timerRef", timer_ref, 2),
        ("timerRefresh", timer_refresh, 1),
        ("immediateStart", immediate_start, 4),
        ("immediateClear", immediate_clear, 1),
        ("immediateRef", immediate_ref, 2),
        ("immediateHasRef", immediate_has_ref, 1),
        ("queueTick", queue_tick, 2),
        ("queueMicrotask", queue_microtask, 1),
        ("write", write, 2),
        ("reallyExit", really_exit, 1),
        ("hrtimeNs", hrtime_ns, 0),
        ("hrtimeBigint", hrtime_bigint, 0),
        ("performanceNow", perf_now, 0),
        ("wallMs", wall_ms, 0),
        ("loopNow", loop_now, 0),
        ("memoryUsage", memory_usage, 0),
        ("heapLimit", heap_limit, 0),
        ("cpuCount", cpu_count, 0),
        ("eldCreate", eld_create, 1),
        ("eldEnable", eld_enable, 2),
        ("eldSamples", eld_samples, 1),
        ("eldReset", eld_reset, 1),
        ("loopTiming", loop_timing, 0),
        ("externalAllocated", external_allocated, 2),
        ("getPromiseState", promise_state, 1),
        ("getPromiseResult", promise_result, 1),
        ("getProxyDetails", proxy_details, 1),
        ("internalType", internal_type, 1),
        ("previewEntries", preview_entries, 1),
        ("isOrdinaryFunction", is_ordinary_function, 1),
        ("gc", gc, 0),
        ("random", random, 0),
        ("poolSubmit", pool_submit, 4),
        ("workSync", work_sync, 2),
        ("ioStart", io_start, 3),
        ("workerSpawn", worker_spawn, 5),
        ("portReceive", port_receive, 1),
        ("workerControl", worker_control, 2),
        ("workerInfo", worker_info, 0),
        ("portPost", port_post, 4),
        ("portChannel", port_channel, 0),
        ("portClose", port_close, 1),
        ("sabShare", sab_share, 1),
        ("sabOpen", sab_open, 1),
        ("detachArrayBuffer", detach_array_buffer, 1),
        ("isDetached", is_detached, 1),
        ("clusterFork", cluster_fork, 3),
        ("tcpTransfer", tcp_transfer, 2),
        ("pid", pid, 0),
        ("portSetDispatch", port_set_dispatch, 1),
        ("portRef", port_ref, 1),
        ("handleClose", handle_close, 1),
        ("tcpCreate", tcp_create, 0),
        ("tcpSetDispatch", tcp_set_dispatch, 1),
        ("tcpListen", tcp_listen, 3),
        ("tcpConnect", tcp_connect, 3),
        ("tcpWrite", tcp_write, 2),
        ("tcpShutdown", tcp_shutdown, 1),
        ("tcpRead", tcp_read, 2),
        ("tcpClose", tcp_close, 2),
        ("tcpRef", tcp_ref, 2),
        ("tcpName", tcp_name, 2),
        ("streamEvent", stream_event, 3),
        ("fs", fs_sync, 4),
        ("fsAsync", fs_async, 4),
        ("fsSeed", fs_seed, 2),
        ("hashNew", hash_new, 1),
        ("hmacNew", hmac_new, 2),
        ("hashUpdate", hash_update, 2),
        ("hashCopy", hash_copy, 1),
        ("hashDigest", hash_digest, 1),
        ("randomBytesSync", random_bytes_sync, 1),
        ("zlibInit", zlib_init, 6),
        ("zlibWrite", zlib_write, 4),
        ("zlibWriteAsync", zlib_write_async, 6),
        ("zlibParams", zlib_params, 3),
        ("zlibReset", zlib_reset, 1),
        ("zlibClose", zlib_close, 1),
        ("zlibCrc32", zlib_crc32, 2),
        ("compileFunction", compile_function, 3),
    ];
    let mut init = ObjectInitializer::new(ctx);
    for (name, f, len) in fns {
        init.function(NativeFunction::from_fn_ptr(*f), JsString::from(*name), *len);
    }
    let obj = init.build();
    let h = Host::of(ctx);
    let env: Vec<JsValue> = h
        .opts
        .env
        .iter()
        .map(|(k, v)| {
            JsArray::from_iter(
                [
                    JsValue::from(JsString::from(k.as_str())),
                    JsValue::from(JsString::from(v.as_str())),
                ],
                ctx,
            )
            .into()
        })
        .collect();
    let env = JsArray::from_iter(env, ctx);
    let argv: Vec<JsValue> = h
        .opts
        .argv
        .iter()
        .map(|a| JsValue::from(JsString::from(a.as_str())))
        .collect();
    let argv = JsArray::from_iter(argv, ctx);
    let props: [(&str, JsValue); 6] = [
        ("exposeGc", JsValue::from(h.opts.expose_gc)),
        ("deterministic", JsValue::from(h.clock.is_virtual())),
        ("env", env.into()),
        ("argv", argv.into()),
        ("cwd", JsString::from(h.opts.cwd.as_str()).into()),
        (
            "nodeVersion",
            JsString::from(crate::runtime::NODE_VERSION).into(),
        ),
    ];
    for (k, v) in props {
        let _ = obj.define_property_or_throw(
            JsString::from(k),
            boa_engine::property::PropertyDescriptor::builder()
                .value(v)
                .writable(false)
                .enumerable(true)
                .configurable(false),
            ctx,
        );
    }
    let _ = Attribute::all();
    obj
}
