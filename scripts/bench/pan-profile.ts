// `npx tsx scripts/bench/pan-profile.ts [SIZE] [APP_DIR] [OPS] [out]`: where a pan's time goes. One
// page load of a bench corpus, the bench's operations before it (OPS each of filter, time window and
// selection, as measure.ts runs them: the state the bench pans in; `out`: then Fit, zoomed out,
// where the overview draws), then the bench's pan and zoom
// (measure.ts panAndZoom) twice:
//   1. under Chrome's CPU profiler and a trace: the first pan after load, whatever it costs;
//   2. under a trace only: a later pan, the steady state.
// For each it prints the frame intervals (p50/p95/max), the renderer main thread's CPU time per
// frame (trace thread time, so other processes on a shared machine do not count), the time from
// the last input to the settled signal (the full redraw after the movement), and for the first
// the top functions by self and total time. Writes the first pan's .cpuprofile. For readable
// names build unminified: `npx vite build --minify false --outDir bench-data/app-prof`. A tool, not a test.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launch } from './browser';
import { ensureCorpus } from './generate';
import { pageUrl, panAndZoom } from './measure';
import { times } from './profile';
import { serveStatic } from './server';
import { mainThreadCpu, type TraceEvent } from './trace';

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
};

/** Runs `fn` under a devtools.timeline trace; its result and the main thread's CPU ms meanwhile. */
async function traced<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<[T, number]> {
  const events: TraceEvent[] = [];
  const collect = (d: { value: unknown[] }) => events.push(...(d.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  const result = await fn();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  return [result, mainThreadCpu(events)];
}

/** The bench's pan and zoom, then the time until the app says the picture is settled. */
async function panThenSettle(page: Page): Promise<{ frames: number[]; settleMs: number }> {
  const drawing = () =>
    page.evaluate(() => {
      const cy = window.kavosh!.cy!;
      const overview = cy.container()!.querySelector<HTMLCanvasElement>('canvas.graph-overview');
      return `zoom ${cy.zoom().toFixed(4)}, ${overview?.style.display === 'block' ? 'the overview draws' : 'Cytoscape draws'}`;
    });
  console.log(`before the pan: ${await drawing()}`);
  const frames = await panAndZoom(page);
  console.log(`after it: ${await drawing()}`);
  const settleMs = (await page.evaluate('(async () => { const t = performance.now(); await window.kavosh.settled(120000); return performance.now() - t; })()')) as number;
  return { frames, settleMs };
}

function report(title: string, frames: number[], cpuMs: number, settleMs: number): void {
  const long = frames.filter((f) => f > 50).map((f) => Math.round(f));
  console.log(
    `\n${title}: ${frames.length} frames, p50 ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(0)} ms; ` +
      `main-thread CPU ${cpuMs.toFixed(0)} ms (${(cpuMs / Math.max(1, frames.length)).toFixed(1)} ms per frame, the settle included); settled ${settleMs.toFixed(0)} ms after the last input` +
      (long.length ? `; frames over 50 ms: ${long.join(', ')}` : ''),
  );
}

async function main() {
  const size = process.argv[2] ?? '250k';
  const appDir = process.argv[3] ?? join('bench-data', 'app');
  const ops = Number(process.argv[4] ?? 3);
  // `out`: Fit before the pans (zoomed out, the overview draws), else where the last selection left the view.
  const zoomedOut = process.argv[5] === 'out';
  const out = join('bench-results', `pan-${size}${zoomedOut ? '-out' : ''}.cpuprofile`);
  ensureCorpus('bench-data', size);
  const server = await serveStatic(appDir, 'bench-data');
  const { context, page, problems } = await launch();
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(pageUrl(server.url, size, 'kavosh'));
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true' || document.body.dataset.graphError, undefined, { timeout: 600_000, polling: 200 });
    const info = (await page.evaluate('__bench.describe()')) as { eventKind: string; window: unknown; picks: string[] };
    for (let i = 0; i < ops; i++) await page.evaluate(`__bench.timeChange('filter', ${JSON.stringify(info.eventKind)}, 600000)`);
    for (let i = 0; i < ops; i++) await page.evaluate(`__bench.timeChange('time', ${JSON.stringify(info.window)}, 600000)`);
    for (let i = 0; i < ops; i++) await page.evaluate(`__bench.timeSelection(${JSON.stringify(info.picks[i % info.picks.length])}, 600000)`);
    await page.evaluate('__bench.select(null)');
    if (zoomedOut) {
      // The whole graph (the toolbar's Fit): the pans are then the overview's.
      await page.getByRole('button', { name: 'Fit', exact: true }).click({ timeout: 600_000 });
      await page.evaluate('window.kavosh.settled(600000)');
    }
    const marks = async () =>
      (await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kavosh:')).map((m) => `${m.name.slice(7)} ${Math.round(m.startTime)}`))) as string[];
    const panAt = (await page.evaluate('performance.now()')) as number;
    console.log(`marks before the first pan (${Math.round(panAt)} ms): ${(await marks()).join(', ')}`);

    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const [first, firstCpu] = await traced(cdp, () => panThenSettle(page));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    writeFileSync(out, JSON.stringify(profile));
    report('first pan after load (profiled: slower)', first.frames, firstCpu, first.settleMs);
    const rows = times(profile);
    console.log('By self time:');
    for (const r of [...rows].sort((a, b) => b.self - a.self).slice(0, 25)) console.log(`${r.self.toFixed(0).padStart(8)} ms  ${r.fn}`);
    console.log('By total time:');
    for (const r of [...rows].sort((a, b) => b.total - a.total).slice(0, 40)) console.log(`${r.total.toFixed(0).padStart(8)} ms  ${r.fn}`);
    console.log(`marks after it: ${(await marks()).join(', ')}`);

    const [second, secondCpu] = await traced(cdp, () => panThenSettle(page));
    report('second pan', second.frames, secondCpu, second.settleMs);
    if (problems.length) console.log(`page problems: ${problems.join(' | ')}`);
    console.log(`\nwrote ${out}`);
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
