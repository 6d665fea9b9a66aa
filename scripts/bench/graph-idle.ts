// `npx tsx scripts/bench/graph-idle.ts [--seconds 10] [--dist dist] [--query ""] [--workbench]`: what Cytoscape's
// render loop costs on an explorer page nobody touches, and whether its idle frames have any work
// (the question: could the loop be held whenever the graph is idle, not only behind the workbench?).
// Serves --dist (run `npm run build` first) in headless Chromium and, for --seconds each:
//   1. idle, loop running: the whole browser's CPU (every process, SystemInfo.getProcessInfo), the
//      renderer main thread's CPU (trace thread time), and every loop frame classified: a draw
//      (a redraw was requested), or an idle frame with work (texture-cache queues not empty, elements
//      whose rendered style was recalculated, an animation), or an idle frame with none;
//   2. idle, loop stopped (the renderer flagged destroyed for the window, then restarted): the same CPU;
//   3. after a hover, a wheel zoom and a drag pan: when the last frame with work came, and how many
//      redraws were requested after the last input (timers inside Cytoscape: texture refinement).
// --workbench opens the curation workbench first (the graph behind it, its loop held by the app)
// and skips step 3.
// A tool, not a test: it fails only when it cannot measure.
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { preview } from 'vite';
import { mainThreadCpu, type TraceEvent } from './trace';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const SECONDS = Number(arg('seconds', '10'));
const WORKBENCH = process.argv.includes('--workbench');
const server = await preview({ build: { outDir: arg('dist', 'dist') }, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const url = `${server.resolvedUrls?.local[0] ?? ''}${arg('query', '')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const browserCdp = await browser.newBrowserCDPSession();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
// tsx keeps function names with a `__name` helper that functions sent to the page then call.
await page.addInitScript('window.__name = (f) => f');
await page.goto(url);
await page.waitForFunction(() => document.body.dataset.graphReady === 'true');
await page.evaluate('window.kavosh.settled()');

/** CPU seconds of every browser process so far. */
async function browserCpu(): Promise<number> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ cpuTime: number }> };
  return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
}

/** Idles for `seconds` and returns [browser CPU s, main-thread CPU ms]. */
async function idleCpu(session: CDPSession, p: Page, seconds: number): Promise<[number, number]> {
  const events: TraceEvent[] = [];
  const collect = (d: { value: unknown[] }) => events.push(...(d.value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  const before = await browserCpu();
  await p.waitForTimeout(seconds * 1000); // a measurement window: idling is what is measured
  const cpu = (await browserCpu()) - before;
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', collect);
  return [cpu, mainThreadCpu(events)];
}

// Every loop frame, recorded from inside Cytoscape's renderer (its internals, for this measurement).
await page.evaluate(() => {
  type Cb = { fn: (willDraw: boolean, now: number) => void; priority: number };
  type Queue = { size(): number };
  const cy = window.kavosh!.cy!;
  const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer() as {
    beforeRenderCallbacks: Cb[];
    beforeRender(fn: Cb['fn'], priority: number): void;
    recalculateRenderedStyle(eles: { length: number }, useCache?: boolean): void;
    redraw(options?: unknown): void;
    data: Record<string, { getElementQueue?: () => Queue; layersQueue?: Queue }>;
  };
  const frames: Array<{ t: number; draw: boolean; queued: number; recalculated: number; animating: number; ms: number }> = [];
  const redraws: number[] = [];
  let current: (typeof frames)[number] | null = null;
  const recalc = r.recalculateRenderedStyle;
  r.recalculateRenderedStyle = function (eles, useCache) {
    if (current) current.recalculated += eles.length;
    return recalc.call(this, eles, useCache);
  };
  const redraw = r.redraw;
  r.redraw = function (options) {
    redraws.push(performance.now());
    return redraw.call(this, options);
  };
  const queued = () => {
    let n = 0;
    for (const name of ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache']) n += r.data[name]?.getElementQueue?.().size() ?? 0;
    return n + (r.data.lyrTxrCache?.layersQueue?.size() ?? 0);
  };
  let started = 0;
  r.beforeRender((willDraw) => {
    started = performance.now();
    // Cytoscape's list of elements with running animations lives in its private state.
    const aniEles = (cy as unknown as Record<string, { aniEles: { length: number } }>)['_private']!.aniEles;
    current = { t: started, draw: willDraw, queued: queued(), recalculated: 0, animating: aniEles.length + (cy.animated() ? 1 : 0), ms: 0 };
    frames.push(current);
  }, Number.MAX_SAFE_INTEGER);
  r.beforeRender(() => {
    if (current) current.ms = performance.now() - started;
    current = null; // recalculations outside frames (the overview's idle warm-up) are not the loop's
  }, -Number.MAX_SAFE_INTEGER);
  (window as unknown as { loopLog: unknown }).loopLog = { frames, redraws };
});

type Frame = { t: number; draw: boolean; queued: number; recalculated: number; animating: number; ms: number };
const log = () => page.evaluate(() => (window as unknown as { loopLog: { frames: Frame[]; redraws: number[] } }).loopLog);
const summary = (frames: Frame[]) => {
  const draws = frames.filter((f) => f.draw).length;
  const work = frames.filter((f) => !f.draw && (f.queued > 0 || f.recalculated > 0 || f.animating > 0));
  const ms = frames.reduce((s, f) => s + f.ms, 0);
  return `${frames.length} loop frames (${(frames.length / SECONDS).toFixed(0)}/s): ${draws} drew, ${work.length} idle with work, ${frames.length - draws - work.length} idle with none; beforeRender time ${ms.toFixed(1)} ms`;
};
const reset = () => page.evaluate(() => {
  const l = (window as unknown as { loopLog: { frames: unknown[]; redraws: unknown[] } }).loopLog;
  l.frames.length = 0;
  l.redraws.length = 0;
});

if (WORKBENCH) {
  await page.getByTestId('curate-open').click();
  await page.evaluate('window.kavosh.settled()');
}
// Work that follows a load in idle time (the large graph's style warm-up) is not the idle state.
await page.waitForTimeout(5000);
console.log(`explorer ${url}${WORKBENCH ? ' behind the workbench' : ''}, ${await page.evaluate(() => window.kavosh!.cy!.elements().length)} elements, ${SECONDS} s windows`);
await reset();
const [runningCpu, runningMain] = await idleCpu(cdp, page, SECONDS);
const running = await log();
console.log(`  idle, loop running:  browser CPU ${(runningCpu / SECONDS).toFixed(3)} of a core, main thread ${(runningMain / SECONDS).toFixed(1)} ms/s`);
console.log(`    ${summary(running.frames)}; redraw requests ${running.redraws.length}`);

await page.evaluate(() => {
  const r = (window.kavosh!.cy as unknown as { renderer(): { destroyed: boolean } }).renderer();
  r.destroyed = true; // the loop returns at its next frame without asking for another
});
const [stoppedCpu, stoppedMain] = await idleCpu(cdp, page, SECONDS);
console.log(`  idle, loop stopped:  browser CPU ${(stoppedCpu / SECONDS).toFixed(3)} of a core, main thread ${(stoppedMain / SECONDS).toFixed(1)} ms/s`);
await page.evaluate(() => {
  const r = (window.kavosh!.cy as unknown as { renderer(): { destroyed: boolean; renderLoopStarted: boolean; startRenderLoop(): void } }).renderer();
  r.destroyed = false;
  r.renderLoopStarted = false;
  r.startRenderLoop();
});

// Interactions, then idle: how long until the loop's frames have nothing to do.
if (WORKBENCH) {
  await browser.close();
  await server.close();
  process.exit(0);
}
await page.evaluate('window.kavosh.settled()');
await reset();
const box = (await page.locator('.graph-canvas').boundingBox())!;
const node = await page.evaluate(() => {
  const n = window.kavosh!.cy!.nodes()[0]!;
  return n.renderedPosition();
});
await page.mouse.move(box.x + node.x, box.y + node.y, { steps: 5 });
await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
await page.mouse.wheel(0, -200);
await page.mouse.down();
await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 10 });
await page.mouse.up();
const lastInput = await page.evaluate(() => performance.now());
await page.waitForTimeout(SECONDS * 1000); // a measurement window
const after = await log();
const lastWork = after.frames.filter((f) => f.draw || f.queued > 0 || f.recalculated > 0 || f.animating > 0).at(-1);
const lateRedraws = after.redraws.filter((t) => t > lastInput);
console.log(`  after hover, wheel and drag: ${summary(after.frames.filter((f) => f.t > lastInput))}`);
console.log(`    last frame with work ${lastWork ? (lastWork.t - lastInput).toFixed(0) : '—'} ms after the last input; ${lateRedraws.length} redraw requests after it, the last at ${lateRedraws.length ? (lateRedraws.at(-1)! - lastInput).toFixed(0) : '—'} ms`);
const worky = after.frames.filter((f) => f.t > lastInput && !f.draw && (f.queued > 0 || f.recalculated > 0 || f.animating > 0));
console.log(`    idle frames with work after the last input: ${worky.length} (queued texture jobs max ${Math.max(0, ...worky.map((f) => f.queued))}, recalculated max ${Math.max(0, ...worky.map((f) => f.recalculated))}, animating ${worky.filter((f) => f.animating > 0).length})`);

await browser.close();
await server.close();
