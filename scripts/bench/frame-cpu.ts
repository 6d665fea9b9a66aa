// `npx tsx scripts/bench/frame-cpu.ts APP_DIR [filter|time|selection] [N] [SIZE]`: the renderer main
// thread's CPU time for each of N changes on the built-in article (or a bench corpus, SIZE), from the store change to the
// frame that shows it (a filter or time-window change: its `kavosh:visibility-painted` mark; a
// selection: the first frame whose details panel shows it), read from a Chrome trace. Thread
// time, not wall time: on a shared machine at load 10-20 the bench's wall-clock p50 moves by
// tens of ms between identical runs, while these figures hold within a few tenths. Prints the
// median per change of the whole, of script and tasks, and of the page's rendering (style,
// layout, paint, layerize, commit and the canvas raster inside it), then the largest items.
// Run it A/B alternating (base, new, base, new). A tool, not a test.
import { launch } from './browser';
import { pageUrl } from './measure';
import { ensureCorpus } from './generate';
import { serveStatic } from './server';
import type { TraceEvent } from './trace';

type Event = TraceEvent;

const RUN = (kind: string, arg: string) => String.raw`(async () => {
  await window.__bench.settle();
  const s = window.kavosh.store.getState();
  const title = () => document.getElementById('details-title');
  const before = title() ? title().textContent : null;
  performance.mark('frame-cpu:start');
  const t0 = performance.now();
  const kind = ${JSON.stringify(kind)}, arg = ${JSON.stringify(arg)};
  if (kind === 'filter') s.toggleKind('hiddenEventKinds', arg);
  else if (kind === 'time') s.setWindow(s.time.window ? null : JSON.parse(arg));
  else s.select(arg);
  for (;;) {
    const now = await window.__bench.afterFrame();
    const shown = kind !== 'selection' ? performance.getEntriesByName('kavosh:visibility-painted', 'mark').some((e) => e.startTime >= t0) : title() && title().textContent !== before;
    if (shown) { performance.mark('frame-cpu:end'); return now - t0; }
  }
})()`;

/** Script and the tasks around it; everything else on the main thread is the page's rendering. */
const SCRIPT = /^(FunctionCall|RunMicrotasks|V8\.|v8\.|AsyncTask Run|EventDispatch|TimerBase::run|MessagePort::Accept|SerializedScriptValueFactory|MinorGC|MajorGC|FireAnimationFrame|RunTask|ThreadControllerImpl::RunTask|SimpleWatcher|Receive mojo)/;

/** Self thread time (ms) by event name within [from, to], events clipped to the window. */
function selfTimes(events: Event[], from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  const clip = (e: Event) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), to) - Math.max(e.ts, from));
  const cpu = (e: Event) => clip(e) * ((e.tdur ?? e.dur ?? 0) / Math.max(e.dur ?? 0, 1));
  const stack: Array<{ e: Event; end: number; child: number }> = [];
  const close = (t: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= t) {
      const s = stack.pop() as { e: Event; child: number };
      out.set(s.e.name, (out.get(s.e.name) ?? 0) + (cpu(s.e) - s.child) / 1000);
    }
  };
  for (const e of events) {
    if (e.ts + (e.dur ?? 0) < from || e.ts > to) continue;
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += cpu(e);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return out;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const sum = (m: Map<string, number>, keep: (name: string) => boolean) => [...m].filter(([k]) => keep(k)).reduce((a, [, v]) => a + v, 0);

async function main() {
  const appDir = process.argv[2] ?? 'dist';
  const op = process.argv[3] ?? 'filter';
  const n = Number(process.argv[4] ?? 12);
  const size = process.argv[5] ?? 'article';
  if (size !== 'article') ensureCorpus('bench-data', size);
  const server = await serveStatic(appDir, 'bench-data');
  const { context, page } = await launch();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(pageUrl(server.url, size, 'kavosh'));
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 600_000, polling: 200 });
    // WAIT_MS: how long after the first paint the changes start (the bench waits 500 ms, then a GC).
    await page.waitForTimeout(Number(process.env.WAIT_MS ?? 1500));
    // GC=1: a forced full collection first, as the bench does before its heap figure.
    if (process.env.GC === '1') await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(Number(process.env.AFTER_GC_MS ?? 0));
    const info = (await page.evaluate('__bench.describe()')) as { eventKind: string; picks: string[]; window: unknown };
    const events: Event[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Event[])));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'cc', 'blink', 'blink.user_timing', 'v8.execute'] }, transferMode: 'ReportEvents' });
    const walls: number[] = [];
    for (let i = 0; i < n; i++) {
      const arg = op === 'filter' ? info.eventKind : op === 'time' ? JSON.stringify(info.window) : (info.picks[i % info.picks.length] as string);
      walls.push((await page.evaluate(RUN(op, arg))) as number);
    }
    await cdp.send('Tracing.end');
    await done;
    const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const mainThread = events.filter((e) => e.ph === 'X' && e.pid === thread?.pid && e.tid === thread?.tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const at = (name: string) => events.filter((e) => e.name === name).map((e) => e.ts).sort((a, b) => a - b);
    const starts = at('frame-cpu:start');
    const ends = at('frame-cpu:end');
    const rows = starts.map((from, i) => selfTimes(mainThread, from, ends[i] ?? from));
    const all = rows.map((r) => sum(r, () => true));
    const script = rows.map((r) => sum(r, (k) => SCRIPT.test(k)));
    const rendering = rows.map((r) => sum(r, (k) => !SCRIPT.test(k)));
    console.log(`${op} on ${appDir}, ${rows.length} changes: main-thread CPU per change (median) ${median(all).toFixed(2)} ms = script and tasks ${median(script).toFixed(2)} + page rendering ${median(rendering).toFixed(2)}; wall p50 ${median(walls).toFixed(1)} ms`);
    const names = new Set(rows.flatMap((r) => [...r.keys()]));
    const items = [...names].map((k) => [k, median(rows.map((r) => r.get(k) ?? 0))] as const).filter(([, v]) => v >= 0.1).sort((a, b) => b[1] - a[1]);
    for (const [k, v] of items.slice(0, 16)) console.log(`  ${v.toFixed(2).padStart(6)} ms  ${k}`);
    // ROWS=1: every change, to see what a slow one (the p95) spent its time on.
    if (process.env.ROWS === '1')
      rows.forEach((r, i) => {
        const gc = sum(r, (k) => /GC|Sweep|Mark/.test(k));
        const top = [...r].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
        console.log(`  #${i + 1} wall ${(walls[i] ?? NaN).toFixed(1)}  cpu ${(all[i] ?? NaN).toFixed(1)}  gc ${gc.toFixed(1)}  top: ${top}`);
      });
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
