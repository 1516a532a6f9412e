// Chromium performance trace of one page (CDP Tracing on the page's own session) and the
// main-thread tasks in it, each split into script time and the time V8's garbage collector spent
// inside it. Used by the 5 MB page test: the long-task observer sees only a task's total, and a
// major GC pause (the engine's, landing inside whatever script runs when marking completes) is not
// the script's own work.

const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'blink.user_timing'];

/** Start tracing `page`; returns stop(), which resolves to the trace events. */
export async function startTrace(context, page) {
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach().catch(() => {});
    return events;
  };
}

const GC = new Set([
  'MajorGC',
  'MinorGC',
  'V8.GCIncrementalMarking',
  'V8.GCIncrementalMarkingStart',
  'V8.GCHandleGCRequest',
  'V8.GCScavenger',
  'V8.GCFinalizeMC',
  'V8.GC_MC_INCREMENTAL',
  'BlinkGC.AtomicPauseMarkEpilogue',
  'CppGC.AtomicMark',
  'CppGC.AtomicSweep',
  'CppGC.AtomicCompact',
]);
const SCRIPT =
  /^(FunctionCall|v8\.callFunction|v8\.run|v8\.evaluateModule|EvaluateScript|TimerFire|RunMicrotasks|v8\.compile|FireAnimationFrame)$/;
const PARSE = 'ParseHTML';

/** Total length of the union of [start, end) intervals. */
function unionLength(iv) {
  iv.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let s = -Infinity;
  let e = -Infinity;
  for (const [a, b] of iv) {
    if (a > e) {
      if (e > s) total += e - s;
      s = a;
      e = b;
    } else e = Math.max(e, b);
  }
  return e > s ? total + e - s : total;
}

/**
 * Main-thread tasks of the page's renderer (the CrRendererMain thread that parsed the most HTML)
 * that ran script, with { start, ms, gcMs, scriptMs, cpuMs, scriptCpuMs }: ms = the whole task (wall
 * clock), gcMs = the collector's time inside it, scriptMs = the rest; the cpu fields are the same in
 * the thread's own time, which a busy machine does not inflate. Times in ms; start relative to the
 * first task.
 */
export function scriptTasks(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name);
  const parse = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === PARSE && names.get(k) === 'CrRendererMain') parse.set(k, (parse.get(k) ?? 0) + e.dur);
  }
  const main = [...parse.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return [];
  const list = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  const tasks = list.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const t0 = tasks[0]?.ts ?? 0;
  const out = [];
  let k = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur;
    while (k < list.length && list[k].ts < task.ts) k++;
    const inside = [];
    for (let j = k; j < list.length && list[j].ts < end; j++) if (list[j] !== task) inside.push(list[j]);
    if (!inside.some((e) => SCRIPT.test(e.name)) || inside.some((e) => e.name === PARSE)) continue;
    const gc = inside.filter((e) => GC.has(e.name));
    const gcMs = unionLength(gc.map((e) => [e.ts, e.ts + e.dur])) / 1000;
    // Thread (CPU) time, where the trace has it: what the task cost, whatever else the machine ran.
    const cpu = task.tdur ?? task.dur;
    const gcCpuMs = unionLength(gc.map((e) => [e.tts ?? e.ts, (e.tts ?? e.ts) + (e.tdur ?? e.dur)])) / 1000;
    const first = inside.find((e) => SCRIPT.test(e.name));
    out.push({
      kind: first.name,
      start: Math.round((task.ts - t0) / 1000),
      ms: +(task.dur / 1000).toFixed(1),
      gcMs: +gcMs.toFixed(1),
      scriptMs: +(task.dur / 1000 - gcMs).toFixed(1),
      cpuMs: +(cpu / 1000).toFixed(1),
      scriptCpuMs: +(cpu / 1000 - gcCpuMs).toFixed(1),
    });
  }
  return out;
}
