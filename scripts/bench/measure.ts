// One page load of one corpus in one variant, and the operations on it, timed in the page (see
// page.ts) and collected as samples per operation.
import type { Page } from 'playwright-core';
import { dataPath, isMultiDocument } from './generate';
import { launch } from './browser';

export type Samples = Record<string, number[]>;

/** The variants: the app, Cytoscape's WebGL renderer in the app, the sigma.js peer, the naive baseline. */
export const VARIANTS = ['kavosh', 'webgl', 'sigma', 'naive', 'canvas'] as const;
const QUERY: Record<string, string> = { kavosh: '', naive: 'naive=1', canvas: 'overview=0', webgl: 'webgl=1' };

export function pageUrl(base: string, size: string, variant: string): string {
  const cached = !size.endsWith('-nolayout');
  // A folder (one document) or, from 100k, a bundle file of many (generate.ts).
  if (variant === 'sigma') return `${base}sigma-ref/index.html?data=/${dataPath(size)}&layout=layout.json`;
  const query = [size === 'article' ? '' : `data=${dataPath(size)}${cached ? '&layout=layout.json' : ''}`, QUERY[variant] ?? ''].filter(Boolean).join('&');
  return `${base}${query ? `?${query}` : ''}`;
}

function add(samples: Samples, key: string, ...values: number[]) {
  (samples[key] ??= []).push(...values);
}

const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN, name);

interface BenchInfo {
  nodes: number;
  edges: number;
  eventKind: string;
  window: { start: number; end: number };
  picks: string[];
}

export interface RunPlan {
  size: string;
  variant: string;
  ops: number;
  /** Per wait (first graph, each operation), ms. */
  timeout: number;
  /** Only the first graph and its stage split (run.ts --first-only). */
  firstOnly?: boolean;
}

/** Loads the page afresh and measures; samples go into `samples`, page errors are returned. */
export async function measureRun(baseUrl: string, plan: RunPlan, samples: Samples): Promise<string[]> {
  const { size, variant, ops, timeout } = plan;
  const { context, page, problems } = await launch();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(pageUrl(baseUrl, size, variant));
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true' || document.body.dataset.graphError, undefined, { timeout, polling: 100 }).catch(async (error: unknown) => {
      // No first graph in time: say how far the page got (its marks) and what it holds, so a wall is
      // measured rather than just hit.
      const reached = await page
        .evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('kavosh:')).map((m) => `${m.name.slice(7)} at ${(m.startTime / 1000).toFixed(1)} s`).join(', '))
        .catch(() => 'the page did not answer');
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as Array<{ name: string; value: number }> }));
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
      throw new Error(`no first graph within ${timeout / 1000} s; marks reached: ${reached || 'none'}; JS heap ${heap === undefined ? '?' : `${Math.round(heap / 1024 / 1024)} MB`} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    });
    const failed = await page.evaluate(() => document.body.dataset.graphError);
    if (failed) throw new Error(failed);
    add(samples, 'first graph', await markTime(page, 'kavosh:graph-painted'));
    {
      // CPU time, not wall: what the page's main thread (and its whole renderer process) spent
      // up to now, right after the first graph. Much steadier than wall time on a shared machine.
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
      add(samples, '· main-thread CPU', metric('ThreadTime') * 1000);
      add(samples, '· renderer CPU', metric('ProcessTime') * 1000);
    }
    if (isMultiDocument(size) && variant !== 'sigma') {
      // Where the first graph's time goes for a corpus of thousands of documents (src/cytoscape/marks.ts).
      const at = async (name: string) => markTime(page, `kavosh:${name}`);
      const start = await at('fetch-start');
      const fetched = await at('fetch-end');
      const validated = await at('validated');
      const created = await at('graph-created');
      const painted = await at('graph-painted');
      add(samples, '· fetch + parse', fetched - start);
      add(samples, '· validate + merge', validated - fetched);
      add(samples, '· model + elements', created - validated);
      add(samples, '· layout + first paint', painted - created);
    }
    if (plan.firstOnly) return problems;
    if (size.endsWith('-nolayout')) {
      // What an import would see: from the data being accepted (validated) to the first picture.
      add(samples, 'picture after load', (await markTime(page, 'kavosh:graph-painted')) - (await markTime(page, 'kavosh:validated')));
      // The draft is on screen; the refinement goes on in the worker until kavosh:layout-done.
      await page.waitForFunction(() => performance.getEntriesByName('kavosh:layout-done', 'mark').length > 0, undefined, { timeout, polling: 250 }).catch(() => undefined);
      // The layout's own share: from the Cytoscape instance holding every element to the draft painted.
      add(samples, 'draft after cy created', (await markTime(page, 'kavosh:graph-painted')) - (await markTime(page, 'kavosh:graph-created')));
      add(samples, 'layout refined', (await markTime(page, 'kavosh:layout-done')) - (await markTime(page, 'kavosh:validated')));
      return problems;
    }
    await page.waitForTimeout(500);
    const info = (await page.evaluate('__bench.describe()')) as BenchInfo;
    // The operations come before the heap's forced collection: a last-resort GC throws compiled
    // code away, and the first change after it ran cold (CPU 74-78 ms against 40 warm at 50k,
    // wall up to 175 ms: the 50k filter's p95 was that first change), which no reader's tab sees.
    const bench = (expr: string) => page.evaluate(expr) as Promise<number>;
    for (let i = 0; i < ops; i++) add(samples, 'filter', await bench(`__bench.timeChange('filter', ${JSON.stringify(info.eventKind)}, ${timeout})`));
    for (let i = 0; i < ops; i++) add(samples, 'time window', await bench(`__bench.timeChange('time', ${JSON.stringify(info.window)}, ${timeout})`));
    for (let i = 0; i < ops; i++) add(samples, 'selection', await bench(`__bench.timeSelection(${JSON.stringify(info.picks[i % info.picks.length])}, ${timeout})`));
    await page.evaluate('__bench.select(null)');
    // Where the last selection left the view: centred on it, zoomed in (Cytoscape draws, once the
    // style warm-up lets it; the first pan after load).
    add(samples, 'pan/zoom frame', ...(await panAndZoom(page)));
    if (variant !== 'sigma') {
      // The whole graph again (the toolbar's Fit): zoomed out, where the overview draws a large graph.
      await page.getByRole('button', { name: 'Fit', exact: true }).click({ timeout });
      await page.evaluate(`window.kavosh.settled(${timeout})`);
      add(samples, 'pan/zoom frame, zoomed out', ...(await panAndZoom(page)));
      // Then until the app says the picture is settled: the exact picture after the movement.
      add(samples, '· exact picture after it', (await page.evaluate(`(async () => { const t = performance.now(); await window.kavosh.settled(${timeout}); return performance.now() - t; })()`)) as number);
    }
    // The heap the session holds: after every operation, a forced GC.
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    add(samples, 'heap', heap / 1024 / 1024);
    add(samples, 'heap per element (KB)', heap / 1024 / (info.nodes + info.edges));
    return problems;
  } finally {
    await context.close();
  }
}

/** Drags the background with the mouse, then zooms in and out with the wheel; frame intervals. */
export async function panAndZoom(page: Page): Promise<number[]> {
  await page.evaluate('__bench.settle()');
  const start = (await page.evaluate('__bench.backgroundPoint()')) as { x: number; y: number };
  await page.evaluate('__bench.recordFrames()');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(start.x + i * 6, start.y + i * 3);
  await page.mouse.up();
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -100);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 100);
  await page.waitForTimeout(100);
  const intervals = (await page.evaluate('__bench.stopFrames()')) as number[];
  return intervals.slice(1);
}
