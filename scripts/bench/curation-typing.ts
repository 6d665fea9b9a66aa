// `npx tsx scripts/bench/curation-typing.ts [--chars 50000] [--keys 40] [--dist DIR] [--only typing|selecting|burst|paced]`: the curation workbench
// on a long article, in Chromium. Serves dist/ (run `npm run build` first; `--dist DIR` another
// build, to run an old and a new one alternately), fills a valid
// document (so the draft is merged into the workspace as a person's is) with a made-up Persian
// article of --chars UTF-16 units (the test fixture repeated: hundreds of mentions and date
// phrases), then types into a form field and moves the selection with Shift+arrows, twice: as fast
// as keys go ("burst"), and at a person's pace (a key every 100 ms, a 0.8 s pause after every ten,
// so the workspace save runs between them as it does for a person: "paced").
//
// Two figures per run: the Event Timing API's durations (key to the next painted frame: p50/p95/max),
// and the renderer main thread's CPU time per key from a Chromium trace (thread time, so other
// processes on a busy machine do not inflate it). The same durations for a blank page with one
// input come first: on a shared 2-core machine that floor alone is often over a frame, and the
// workbench's figures only mean something beside it. Each line also counts the frames Cytoscape's
// render loop ran behind the dialog (the app holds it there: 0 when held throughout). A tool, not a test: it fails only when it cannot measure.
import { type CDPSession, type Page } from 'playwright-core';
import { arg, argText, launch, longArticle, openWorkbench, press, serve } from './curationPage';
import { mainThreadCpu, type TraceEvent } from './trace';

const CHARS = arg('chars', 50_000);
const KEYS = arg('keys', 40);
const text = longArticle(CHARS);
const server = await serve(argText('dist', 'dist'));
const url = server.url;

// Every keydown's duration from the Event Timing API (16 ms is its smallest threshold).
const OBSERVE = `(() => {
  window.__durations = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'keydown') window.__durations.push(e.duration); })
    .observe({ type: 'event', durationThreshold: 16, buffered: false });
})()`;

async function measure(page: Page, cdp: CDPSession, what: string, keys: number, keydowns: number, act: () => Promise<void>) {
  const events: TraceEvent[] = [];
  const collect = (d: { value: unknown[] }) => events.push(...(d.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await page.evaluate('window.__durations = []; if (window.__loopFrames !== undefined) window.__loopFrames = 0');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await act();
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  // Entries are delivered after the frame; give the observer one more turn.
  await page.waitForTimeout(300);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', collect);
  const slow = (await page.evaluate('window.__durations')) as number[];
  const loopFrames = (await page.evaluate('window.__loopFrames')) as number | undefined;
  // Keys under 16 ms are not reported: count them as within a frame.
  const all = [...slow, ...new Array<number>(Math.max(0, keydowns - slow.length)).fill(8)].sort((a, b) => a - b);
  const q = (fraction: number) => all[Math.min(all.length - 1, Math.floor(fraction * all.length))] ?? 0;
  const ms = (v: number) => (v <= 16 ? '≤16' : v.toFixed(0)).padStart(4);
  const cpu = mainThreadCpu(events) / keys;
  console.log(`  ${what.padEnd(44)} over 16 ms: ${String(slow.length).padStart(3)}/${keydowns}  p50 ${ms(q(0.5))} ms  p95 ${ms(q(0.95))} ms  max ${ms(slow.length ? Math.max(...slow) : 0)} ms  main-thread CPU ${cpu.toFixed(1)} ms/key${loopFrames === undefined ? '' : `  graph loop frames ${loopFrames}`}`);
}

const type = (page: Page, paced: boolean) => press(page, 'KeyA', KEYS, paced);
const select = (page: Page, paced: boolean) => press(page, 'Shift+ArrowLeft', KEYS, paced);

// The floor: a blank page with one input, on this machine, now.
{
  const { context, page, cdp } = await launch();
  await page.setContent('<input aria-label="control">');
  await page.evaluate(OBSERVE);
  console.log('control: a blank page with one input (the machine\'s floor)');
  await page.locator('input').focus();
  await measure(page, cdp, 'typing, burst', KEYS, KEYS, type(page, false));
  // Paced keys wait longer for their frame than burst ones anywhere (the page is idle between
  // them), so the paced lines below are read against this one, not against the burst floor.
  await measure(page, cdp, 'typing, paced', KEYS, KEYS, type(page, true));
  await context.close();
}

const { context, page, cdp } = await launch();
const suggestions = await openWorkbench(page, url, text);
await page.evaluate(OBSERVE);
// Cytoscape's loop, counted from inside (a beforeRender callback runs once per loop frame).
await page.evaluate(`window.__loopFrames = 0;
  window.kavosh.cy.renderer().beforeRender(() => { window.__loopFrames += 1; }, 0);`);
console.log(`curation workbench, ${text.length} UTF-16 units, ${suggestions} suggestions shown`);
// `--only typing` (or `selecting`, `burst`, `paced`) runs part of it: shorter runs, alternated more often.
const only = argText('only', '');
for (const paced of [false, true]) {
  const how = paced ? 'paced' : 'burst';
  if (only && (only === 'burst' || only === 'paced') && only !== how) continue;
  if (only !== 'selecting') {
    await page.locator('[name="title-fa"]').focus();
    await measure(page, cdp, `typing in "Title (Persian)", ${how}`, KEYS, KEYS, type(page, paced));
  }
  if (only !== 'typing') {
    await page.getByTestId('curate-reading').focus();
    // Each press is two keydowns (Shift, then the arrow).
    await measure(page, cdp, `Shift+ArrowLeft in the reading view, ${how}`, KEYS, 2 * KEYS, select(page, paced));
  }
}
await context.close();
await server.close();
