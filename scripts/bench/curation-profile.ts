// `npx tsx scripts/bench/curation-profile.ts [--dist DIR] [--chars 50000] [--keys 40] [--key KeyA] [--out FILE]`:
// one paced typing run in the curation workbench's "Title (Persian)" field (a person's pace, as
// curation-typing.ts types it) under Chrome's CPU profiler and a timeline trace at once. Prints,
// per key: the renderer main thread's time by trace event (self thread time: script, style,
// layout, paint, GC...), the top-level tasks by what started them, and the JavaScript functions
// by self and total time. Writes the .cpuprofile (open it in DevTools). For readable function
// names build unminified: `npx vite build --minify false --outDir DIR`. A tool, not a test.
import { writeFileSync } from 'node:fs';
import { arg, argText, launch, longArticle, openWorkbench, press, serve } from './curationPage';
import { times } from './profile';
import { mainThreadCpu, type TraceEvent } from './trace';

const KEYS = arg('keys', 40);
const out = argText('out', 'bench-results/curation-typing.cpuprofile');
const server = await serve(argText('dist', 'dist'));
const { context, page, cdp } = await launch();
try {
  const text = longArticle(arg('chars', 50_000));
  await openWorkbench(page, server.url, text);
  await page.locator('[name="title-fa"]').focus();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d: { value: unknown[] }) => events.push(...(d.value as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  await press(page, argText('key', 'KeyA'), KEYS, true)();
  await page.evaluate('window.kavosh.settled()');
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Parameters<typeof times>[0] };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(out, JSON.stringify(profile));

  const per = (ms: number) => `${(ms / KEYS).toFixed(2).padStart(7)} ms/key`;
  const mainName = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = events
    .filter((e) => e.ph === 'X' && e.pid === mainName?.pid && e.tid === mainName?.tid && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self thread time by event name: each event's thread time less its children's.
  const self = new Map<string, number>();
  const tasks = new Map<string, number>();
  const stack: Array<{ e: TraceEvent; end: number; child: number }> = [];
  const close = (upTo: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= upTo) {
      const top = stack.pop() as { e: TraceEvent; child: number };
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + ((top.e.tdur ?? 0) - top.child) / 1000);
    }
  };
  for (const e of main) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.tdur ?? 0;
    else {
      // A top-level task, named by its first child that says what ran (set below, once nested).
      tasks.set(`#${e.ts}`, e.tdur ?? 0);
    }
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  // Top-level tasks by what ran (an event's type, a called function's name).
  const byStart = new Map<string, number>();
  let until = 0;
  let current: { total: number; label: string } | null = null;
  const flush = () => {
    if (current) byStart.set(current.label, (byStart.get(current.label) ?? 0) + current.total / 1000);
  };
  const label = (e: TraceEvent) => {
    const data = (e.args as { data?: { type?: string; functionName?: string; url?: string } } | undefined)?.data;
    const what = data?.type ?? (data?.functionName ? `${data.functionName} ${data.url?.split('/').pop() ?? ''}` : '');
    return `${e.name}${what ? ` (${what})` : ''}`;
  };
  for (const e of main) {
    if (e.ts >= until) {
      flush();
      until = e.ts + (e.dur ?? 0);
      current = { total: e.tdur ?? 0, label: label(e) };
    }
  }
  flush();
  console.log(`paced typing, ${KEYS} keys, ${text.length}-unit article; renderer main thread ${per(mainThreadCpu(events))}`);
  console.log('\nBy trace event (self thread time):');
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${per(ms)}  ${name}`);
  console.log('\nTop-level tasks by what ran first in them:');
  for (const [name, ms] of [...byStart].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${per(ms)}  ${name}`);
  const rows = times(profile);
  console.log('\nJavaScript by self time:');
  for (const r of [...rows].sort((a, b) => b.self - a.self).slice(0, 30)) console.log(`${per(r.self)}  ${r.fn}`);
  console.log('\nJavaScript by total time:');
  for (const r of [...rows].sort((a, b) => b.total - a.total).slice(0, 60)) console.log(`${per(r.total)}  ${r.fn}`);
} finally {
  await context.close();
  await server.close();
}
