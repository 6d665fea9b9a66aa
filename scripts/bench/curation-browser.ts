// The curation workbench's typing and selecting on a long article, in Chromium: the measuring
// behind curation-typing.ts (its head says how) and the rows `npm run bench` prints for issue 17's
// "selecting and typing in a 50,000-character article stay within a frame".
//
// Two figures per line: the Event Timing API's durations (key to the next painted frame:
// p50/p95/max), and the renderer main thread's CPU time per key from a Chromium trace (thread
// time, so other processes on a busy machine do not inflate it). A blank page with one input comes
// first: on a shared 2-core machine that floor alone is often over a frame, and the workbench's
// figures only mean something beside it. Each workbench line also counts the frames Cytoscape's
// render loop ran behind the dialog (the app holds it there: 0 when held throughout).
import { type CDPSession, type Page } from 'playwright-core';
import { launch, longArticle, openWorkbench, press, serve } from './curationPage';
import { mainThreadCpu, type TraceEvent } from './trace';

/** A frame: the target for a key's p50. */
const FRAME_MS = 16;

// Every keydown's duration from the Event Timing API (16 ms is its smallest threshold).
const OBSERVE = `(() => {
  window.__durations = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'keydown') window.__durations.push(e.duration); })
    .observe({ type: 'event', durationThreshold: 16, buffered: false });
})()`;

export interface KeyFigures {
  what: string;
  over: number;
  keydowns: number;
  p50: number;
  p95: number;
  max: number;
  cpuPerKey: number;
  loopFrames: number | undefined;
}

async function measure(page: Page, cdp: CDPSession, what: string, keys: number, keydowns: number, act: () => Promise<void>): Promise<KeyFigures> {
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
  return { what, over: slow.length, keydowns, p50: q(0.5), p95: q(0.95), max: slow.length ? Math.max(...slow) : 0, cpuPerKey: mainThreadCpu(events) / keys, loopFrames };
}

const ms = (v: number) => (v <= FRAME_MS ? '≤16' : v.toFixed(0)).padStart(4);

export function formatKeyFigures(r: KeyFigures): string {
  return `  ${r.what.padEnd(44)} over 16 ms: ${String(r.over).padStart(3)}/${r.keydowns}  p50 ${ms(r.p50)} ms  p95 ${ms(r.p95)} ms  max ${ms(r.max)} ms  main-thread CPU ${r.cpuPerKey.toFixed(1)} ms/key${r.loopFrames === undefined ? '' : `  graph loop frames ${r.loopFrames}`}`;
}

export interface CurationKeysOptions {
  chars?: number;
  keys?: number;
  /** 'typing' or 'selecting' (one of the two), 'burst' or 'paced' (one pace); '' all. */
  only?: string;
  /** Called with each line as it is measured (the command line prints them as they come). */
  onLine?: (line: string) => void;
}

/** The control, then typing in the title field and Shift+arrows in the reading view, burst and paced. */
export async function measureCurationKeys(distDir: string, { chars = 50_000, keys = 40, only = '', onLine = () => undefined }: CurationKeysOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    onLine(line);
  };
  const paces = [false, true].filter((paced) => !(only === 'burst' || only === 'paced') || only === (paced ? 'paced' : 'burst'));
  const type = (page: Page, paced: boolean) => press(page, 'KeyA', keys, paced);
  const select = (page: Page, paced: boolean) => press(page, 'Shift+ArrowLeft', keys, paced);
  const text = longArticle(chars);
  const server = await serve(distDir);
  try {
    // The floor: a blank page with one input, on this machine, now.
    {
      const { context, page, cdp } = await launch();
      await page.setContent('<input aria-label="control">');
      await page.evaluate(OBSERVE);
      say("control: a blank page with one input (the machine's floor)");
      await page.locator('input').focus();
      // Paced keys wait longer for their frame than burst ones anywhere (the page is idle between
      // them), so the paced lines below are read against the paced control, not the burst one.
      for (const paced of paces) say(formatKeyFigures(await measure(page, cdp, `typing, ${paced ? 'paced' : 'burst'}`, keys, keys, type(page, paced))));
      await context.close();
    }
    const { context, page, cdp } = await launch();
    try {
      const suggestions = await openWorkbench(page, server.url, text);
      await page.evaluate(OBSERVE);
      // Cytoscape's loop, counted from inside (a beforeRender callback runs once per loop frame).
      await page.evaluate(`window.__loopFrames = 0;
        window.kavosh.cy.renderer().beforeRender(() => { window.__loopFrames += 1; }, 0);`);
      say(`curation workbench, ${text.length} UTF-16 units, ${suggestions} suggestions shown`);
      for (const paced of paces) {
        const how = paced ? 'paced' : 'burst';
        if (only !== 'selecting') {
          await page.locator('[name="title-fa"]').focus();
          say(formatKeyFigures(await measure(page, cdp, `typing in "Title (Persian)", ${how}`, keys, keys, type(page, paced))));
        }
        if (only !== 'typing') {
          await page.getByTestId('curate-reading').focus();
          // Each press is two keydowns (Shift, then the arrow).
          say(formatKeyFigures(await measure(page, cdp, `Shift+ArrowLeft in the reading view, ${how}`, keys, 2 * keys, select(page, paced))));
        }
      }
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
  }
  return lines;
}

/**
 * `npm run bench`'s rows: paced typing and selecting (a person's pace, the figure the issue's
 * "within a frame" is about) beside the paced control, on the build the bench serves.
 */
export async function benchCurationKeys(distDir: string): Promise<string> {
  try {
    const lines = await measureCurationKeys(distDir, { only: 'paced' });
    return [
      `Curation workbench in Chromium (curation-browser.ts): keys at a person's pace, a 50,000-character article; p50 target ≤ ${FRAME_MS} ms, read beside the control:`,
      ...lines,
    ].join('\n');
  } catch (error) {
    return `Curation workbench in Chromium: not measured (${error instanceof Error ? error.message : String(error)})`;
  }
}
