// `npx tsx scripts/bench/first-selection.ts [--size 100k] [--runs 3] [--app dist] [--via search|store]
//                                           [--delay 0] [--profile out.cpuprofile]`
// The first selection right after a large graph is ready: the case where the centring zooms from
// the overview (overview.ts) to Cytoscape's own drawing while the idle style warm-up may still be
// running. Serves --app (run `npm run build` first) and the bench corpus (generated into
// bench-data/ once) and, per run, in a fresh Chromium profile:
//   loads the corpus with its cached positions; as soon as the first graph is painted (and after
//   --delay ms), picks the best-connected entity the way a person does: --via search types its name
//   into the search box and presses Enter (the default), --via store calls select(id, true) as the
//   search box does;
//   then times, from the input event's timestamp: the first frame Cytoscape draws, the app's
//   settled signal (window.kavosh.settled()), and the longest main-thread task after the input
//   (PerformanceObserver 'longtask'), and checks the picture afterwards: Cytoscape draws (the
//   overview canvas is hidden, Cytoscape's shown) at a zoom past the overview's, the node chosen.
// --profile records a CPU profile (CDP) of the first run from just before the pick to settled, writes
// it and prints the top functions (build the app unminified for names: `npx vite build --minify
// false --outDir bench-data/app-prof`). Prints one line per run and the load average. A tool, not a test: it fails only when it cannot
// measure or the picture afterwards is wrong.
import { loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { launch } from './browser';
import { ensureCorpus } from './generate';
import { pageUrl } from './measure';
import { times } from './profile';
import { serveStatic } from './server';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const SIZE = arg('size', '100k');
const RUNS = Number(arg('runs', '3'));
const APP = arg('app', 'dist');
const VIA = arg('via', 'search');
const DELAY = Number(arg('delay', '0'));
const PROFILE = arg('profile', '');
const TIMEOUT = 600_000;

// Installed before the app: every long task, and the timestamp of the pick.
const RECORDER = String.raw`
  window.benchLongTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.benchLongTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  window.benchPickAt = null;
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && window.benchPickAt === null) window.benchPickAt = e.timeStamp; }, true);
`;

export interface FirstSelection {
  /** Graph painted → the pick, ms (time the page spent between them: typing, searching). */
  readyToPick: number;
  /** The pick → Cytoscape's first frame, ms. */
  firstCyFrame: number;
  /** The pick → settled, ms. */
  settled: number;
  /** The longest main-thread task starting after the pick (or running over it), ms. */
  longestTask: number;
  /** Long tasks (> 50 ms) after the pick, and their sum, ms. */
  longTasks: number;
  longTaskSum: number;
  zoom: number;
  /** The three longest tasks after the pick: [start after the pick, duration], ms. */
  top: number[][];
  /** The pick → the warm-up's end (kavosh:styles-warm; NaN if the build has none), ms. */
  warm: number;
}

async function run(baseUrl: string, profile: string): Promise<FirstSelection> {
  const { context, page, problems } = await launch();
  const cdp = profile ? await context.newCDPSession(page) : null;
  try {
    await page.addInitScript('window.__name = (f) => f'); // tsx's name helper, in functions sent to the page
    await page.addInitScript(RECORDER);
    await page.goto(pageUrl(baseUrl, SIZE, 'kavosh'));
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true' || document.body.dataset.graphError, undefined, { timeout: TIMEOUT, polling: 50 });
    const readyAt = (await page.evaluate(() => performance.getEntriesByName('kavosh:graph-painted', 'mark')[0]?.startTime ?? NaN)) as number;
    if (DELAY > 0) await page.waitForTimeout(DELAY); // the --delay asked for: a person reading the picture first
    // The best-connected entity (read from the model: no work in the page's Cytoscape).
    const pick = (await page.evaluate(() => {
      const m = window.kavosh!.store.getState().model!;
      let best = m.nodes[0]!;
      let degree = -1;
      for (const n of m.nodes) {
        const d = m.incident.get(n.id)?.length ?? 0;
        if (n.type === 'entity' && n.kind !== 'country' && d > degree) [best, degree] = [n, d];
      }
      return { id: best.id, name: best.nameEn };
    })) as { id: string; name: string };
    // Cytoscape's first frame after the pick.
    await page.evaluate(() => {
      const w = window as unknown as { benchCyFrameAt: number | null };
      w.benchCyFrameAt = null;
      window.kavosh!.cy!.on('render', () => {
        const pickAt = (window as unknown as { benchPickAt: number | null }).benchPickAt;
        if (pickAt !== null && w.benchCyFrameAt === null) w.benchCyFrameAt = performance.now();
      });
    });
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    if (VIA === 'search') {
      const box = page.getByRole('combobox', { name: 'Search names and aliases' });
      await box.fill(pick.name, { timeout: TIMEOUT });
      await page.getByRole('option').first().waitFor({ timeout: TIMEOUT });
      await box.press('Enter', { timeout: TIMEOUT });
    } else {
      await page.evaluate((id) => {
        (window as unknown as { benchPickAt: number }).benchPickAt = performance.now();
        window.kavosh!.store.getState().select(id, true);
      }, pick.id);
    }
    await page.waitForFunction((id) => window.kavosh!.store.getState().selectedId === id, pick.id, { timeout: TIMEOUT });
    const settledAt = (await page.evaluate(async (timeout) => {
      await window.kavosh!.settled(timeout);
      return performance.now();
    }, TIMEOUT)) as number;
    if (cdp) printProfile(profile, ((await cdp.send('Profiler.stop')) as { profile: Parameters<typeof times>[0] }).profile);
    // Long-task entries arrive after their task: one more frame, then read them.
    const r = (await page.evaluate(async (id) => {
      await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100)));
      const w = window as unknown as { benchPickAt: number; benchCyFrameAt: number | null; benchLongTasks: Array<[number, number]> };
      const after = w.benchLongTasks.filter(([start, duration]) => start + duration > w.benchPickAt);
      const cy = window.kavosh!.cy!;
      const overview = cy.container()!.querySelector<HTMLCanvasElement>('canvas.graph-overview');
      const cyCanvases = cy.container()!.firstElementChild as HTMLElement;
      return {
        pickAt: w.benchPickAt,
        cyFrameAt: w.benchCyFrameAt,
        longest: Math.max(0, ...after.map(([, d]) => d)),
        top: [...after].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([start, d]) => [Math.round(start - w.benchPickAt), Math.round(d)]),
        warmAt: performance.getEntriesByName('kavosh:styles-warm', 'mark')[0]?.startTime ?? null,
        count: after.length,
        sum: after.reduce((s, [, d]) => s + d, 0),
        zoom: cy.zoom(),
        overviewShown: overview ? overview.style.display !== 'none' : false,
        cyShown: cyCanvases.style.visibility !== 'hidden',
        chosen: cy.getElementById(id).hasClass('chosen'),
      };
    }, pick.id)) as { pickAt: number; cyFrameAt: number | null; longest: number; top: number[][]; warmAt: number | null; count: number; sum: number; zoom: number; overviewShown: boolean; cyShown: boolean; chosen: boolean };
    if (r.overviewShown || !r.cyShown || !r.chosen) throw new Error(`wrong picture after the selection: ${JSON.stringify(r)}`);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return {
      readyToPick: r.pickAt - readyAt,
      firstCyFrame: r.cyFrameAt === null ? NaN : r.cyFrameAt - r.pickAt,
      settled: settledAt - r.pickAt,
      longestTask: r.longest,
      top: r.top,
      warm: r.warmAt === null ? NaN : r.warmAt - r.pickAt,
      longTasks: r.count,
      longTaskSum: r.sum,
      zoom: r.zoom,
    };
  } finally {
    await context.close();
  }
}

function printProfile(file: string, profile: Parameters<typeof times>[0]) {
  writeFileSync(file, JSON.stringify(profile));
  const rows = times(profile);
  console.log(`profile (pick → settled) written to ${file}; by self time:`);
  for (const r of [...rows].sort((a, b) => b.self - a.self).slice(0, 25)) console.log(`${r.self.toFixed(0).padStart(8)} ms  ${r.fn}`);
  console.log('by total time:');
  for (const r of [...rows].sort((a, b) => b.total - a.total).slice(0, 45)) console.log(`${r.total.toFixed(0).padStart(8)} ms  ${r.fn}`);
}

async function main() {
  ensureCorpus('bench-data', SIZE);
  const server = await serveStatic(APP, 'bench-data');
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`first selection after load: ${SIZE}, via ${VIA}, app ${APP}, ${RUNS} runs; load average ${load()}`);
  try {
    for (let i = 0; i < RUNS; i++) {
      const s = await run(server.url, i === 0 ? PROFILE : '');
      const ms = (v: number) => `${Math.round(v)} ms`;
      console.log(
        `run ${i + 1}: ready→pick ${ms(s.readyToPick)}, pick→Cytoscape frame ${ms(s.firstCyFrame)}, pick→settled ${ms(s.settled)}, ` +
          `longest task ${ms(s.longestTask)} (${s.longTasks} long tasks, ${ms(s.longTaskSum)}), zoom ${s.zoom.toFixed(2)}; pick→styles warm ${ms(s.warm)}; longest at [after pick, ms] ${JSON.stringify(s.top)}; load ${load()}`,
      );
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
