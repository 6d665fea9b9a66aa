// `npx tsx scripts/bench/frame-split.ts [APP_DIR] [N]`: where a filter's and a selection's frame
// goes on the built-in article, N of each, as the bench times them (its settle, then the change,
// then frames until the change shows). Per operation: `sync` the store call (its subscribers:
// classes, centring), `micro` React's render in the microtask after it, `wait` until the frame's
// callbacks run, `calcs` and `draw` Cytoscape's work in that frame (its beforeRender callbacks,
// chiefly restyling and element geometry, and its drawing), `post` the rest of the frame (the
// page's style, layout, paint and the tasks queued before the measuring message). Medians first;
// ROWS=1 prints every operation. Build with `npx vite build --outDir DIR`. A tool, not a test.
import { launch } from './browser';
import { pageUrl } from './measure';
import { serveStatic } from './server';

// Plain JavaScript strings: the page gets no compiler helpers.
const INSTALL = String.raw`(() => {
  const r = window.kavosh.cy.renderer();
  window.__split = [];
  const draw = r.render;
  r.render = function (options) { const t = performance.now(); const out = draw.call(this, options); window.__split.push(['draw', t, performance.now() - t]); return out; };
  const wrap = () => r.beforeRenderCallbacks.forEach((cb) => {
    if (cb.split) return;
    const fn = cb.fn;
    cb.split = true;
    cb.fn = function (willDraw, at) { const t = performance.now(); fn.call(this, willDraw, at); window.__split.push(['calcs', t, performance.now() - t]); };
  });
  wrap();
  setInterval(wrap, 50); // callbacks Cytoscape adds later
})()`;

const RUN = (op: string, arg: string) => String.raw`(async () => {
  const op = ${JSON.stringify(op)}, arg = ${JSON.stringify(arg)};
  await window.__bench.settle();
  const s = window.kavosh.store.getState();
  const title = () => document.getElementById('details-title');
  const before = title() ? title().textContent : null;
  window.__split = [];
  const t0 = performance.now();
  if (op === 'filter') s.toggleKind('hiddenEventKinds', arg); else s.select(arg);
  const t1 = performance.now();
  await Promise.resolve(); await Promise.resolve();
  const t2 = performance.now();
  let inFrame = 0;
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(() => { if (!inFrame) inFrame = performance.now(); resolve(); }));
    const now = await new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); });
    const shown = op === 'filter' ? performance.getEntriesByName('kavosh:visibility-painted', 'mark').some((e) => e.startTime >= t0) : title() && title().textContent !== before;
    if (!shown) { inFrame = 0; continue; }
    const sum = (kind) => window.__split.filter((l) => l[0] === kind && l[1] < now).reduce((a, l) => a + l[2], 0);
    const calcs = sum('calcs'), draw = sum('draw');
    return { total: now - t0, sync: t1 - t0, micro: t2 - t1, wait: inFrame - t2 - calcs - draw, calcs, draw, post: now - inFrame };
  }
})()`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main() {
  const appDir = process.argv[2] ?? 'dist';
  const n = Number(process.argv[3] ?? 12);
  const server = await serveStatic(appDir, 'bench-data');
  const { context, page } = await launch();
  try {
    await page.goto(pageUrl(server.url, 'article', 'kavosh'));
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 600_000, polling: 200 });
    await page.waitForTimeout(1000);
    const info = (await page.evaluate('__bench.describe()')) as { eventKind: string; picks: string[] };
    await page.evaluate(INSTALL);
    for (const op of ['filter', 'selection']) {
      const columns: Record<string, number[]> = {};
      for (let i = 0; i < n; i++) {
        const arg = op === 'filter' ? info.eventKind : (info.picks[i % info.picks.length] as string);
        const split = (await page.evaluate(RUN(op, arg))) as Record<string, number>;
        for (const [key, value] of Object.entries(split)) (columns[key] ??= []).push(value);
        if (process.env.ROWS) console.log(`  ${Object.entries(split).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('  ')}`);
      }
      console.log(`${op} medians (ms): ${Object.entries(columns).map(([k, v]) => `${k} ${median(v).toFixed(1)}`).join('  ')}`);
    }
  } finally {
    await context.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
