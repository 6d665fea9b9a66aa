// `npm run bench -- [--sizes article,1k,10k,50k] [--runs 5] [--no-build] [--variants kavosh,naive]`
//
// Builds the app into bench-data/app/, writes the seeded synthetic corpora into bench-data/<size>/,
// serves both on 127.0.0.1 and drives Debian's Chromium (CHROMIUM_PATH overrides) through each
// dataset in each variant: `kavosh` (the app), `naive` (?naive: the typical rebuild-everything
// baseline) and, on request, `canvas` (?overview=0: large graphs drawn by Cytoscape's canvas at
// every zoom) and `webgl` (?webgl: Cytoscape's WebGL renderer, on SwiftShader here). For every run
// it loads the page afresh and measures, from the app's `kavosh:` marks: navigation to the first
// painted graph, filter and time-window changes to their next painted frame, selection to the
// details panel painted, frame intervals while panning and zooming with the mouse, and the JS heap
// after load (after a forced GC). It prints one table (p50/p95 over all samples, the naive p50,
// the ratio, the target and whether it is met) and the gzip sizes of what the first screen loads.
// A tool, not a test: it never fails on a timing, only when it cannot measure.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { ensureCorpus } from './generate';
import { PAGE_HELPERS } from './page';
import { serveStatic } from './server';
import { targetFor, formatTable, type Row } from './table';
import { benchAnalysis } from './analysis';

interface Options {
  sizes: string[];
  runs: number;
  build: boolean;
  variants: string[];
  ops: number;
  naiveLargeRuns: number;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    sizes: ['article', '1k', '10k', '50k'],
    runs: 5,
    build: true,
    variants: ['kavosh', 'naive'],
    ops: 4,
    naiveLargeRuns: 1,
    out: 'bench-results',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') opts.sizes = value().split(',').filter(Boolean);
    else if (arg === '--runs') opts.runs = Math.max(1, Number(value()));
    else if (arg === '--ops') opts.ops = Math.max(1, Number(value()));
    else if (arg === '--variants') opts.variants = value().split(',').filter(Boolean);
    else if (arg === '--naive-large-runs') opts.naiveLargeRuns = Math.max(0, Number(value()));
    else if (arg === '--out') opts.out = value();
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--help') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(0, 14).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  return opts;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const VIEWPORT = { width: 1400, height: 900 };
const QUERY: Record<string, string> = { kavosh: '', naive: 'naive=1', canvas: 'overview=0', webgl: 'webgl=1' };

async function launch(variant: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  // Software WebGL must be allowed explicitly in current headless Chromium.
  const args = variant === 'webgl' ? [...ARGS, '--enable-unsafe-swiftshader'] : ARGS;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'kavosh-bench-')), {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: VIEWPORT,
    locale: 'en-US',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.addInitScript(PAGE_HELPERS);
  return { context, page, problems };
}

type Samples = Record<string, number[]>;

function add(samples: Samples, key: string, ...values: number[]) {
  (samples[key] ??= []).push(...values);
}

/** One fresh page load of one dataset in one variant, and the operations on it. */
async function measureRun(baseUrl: string, size: string, variant: string, ops: number, samples: Samples): Promise<void> {
  const { context, page, problems } = await launch(variant);
  const timeout = variant === 'naive' ? 300_000 : 120_000;
  try {
    const query = [size === 'article' ? '' : `data=bench-data/${size}/${size.endsWith('-nolayout') ? '' : '&layout=layout.json'}`, QUERY[variant] ?? ''].filter(Boolean).join('&');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${baseUrl}${query ? `?${query}` : ''}`);
    await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout });
    add(samples, 'first graph', await page.evaluate(() => performance.getEntriesByName('kavosh:graph-painted', 'mark')[0]?.startTime ?? NaN));
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    add(samples, 'heap', heap / 1024 / 1024);

    const info = (await page.evaluate('__bench.describe()')) as BenchInfo;
    const bench = (expr: string) => page.evaluate(expr) as Promise<number>;
    for (let i = 0; i < ops; i++) add(samples, 'filter', await bench(`__bench.timeChange('filter', ${JSON.stringify(info.eventKind)}, ${timeout})`));
    for (let i = 0; i < ops; i++) add(samples, 'time window', await bench(`__bench.timeChange('time', ${JSON.stringify(info.window)}, ${timeout})`));
    for (let i = 0; i < ops; i++) add(samples, 'selection', await bench(`__bench.timeSelection(${JSON.stringify(info.picks[i % info.picks.length])}, ${timeout})`));
    await bench('window.kavosh.store.getState().select(null)');
    add(samples, 'pan/zoom frame', ...(await panAndZoom(page)));
    if (problems.length > 0) console.warn(`  ${size} ${variant}: ${problems.slice(0, 3).join(' | ')}`);
  } finally {
    await context.close();
  }
}

interface BenchInfo {
  nodes: number;
  edges: number;
  eventKind: string;
  window: { start: number; end: number };
  picks: string[];
}

/** Drags the background with the mouse, then zooms in and out with the wheel; frame intervals. */
async function panAndZoom(page: Page): Promise<number[]> {
  await page.evaluate('__bench.settle()');
  // A point on the background, so the drag pans instead of moving a node.
  const start = await page.evaluate(`(() => {
    const cy = window.kavosh.cy;
    const rect = cy.container().getBoundingClientRect();
    const nodes = cy.nodes().map((n) => n.renderedPosition());
    let best = { x: rect.width / 2, y: rect.height / 2, d: -1 };
    for (let gx = 2; gx <= 8; gx++) for (let gy = 2; gy <= 8; gy++) {
      const x = rect.width * gx / 10, y = rect.height * gy / 10;
      let d = Infinity;
      for (const p of nodes) d = Math.min(d, Math.hypot(p.x - x, p.y - y));
      if (d > best.d) best = { x, y, d };
    }
    return { x: rect.left + best.x, y: rect.top + best.y };
  })()`) as { x: number; y: number };
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

/** The JS, CSS and font files the first screen fetches, with raw and gzip sizes. */
async function firstScreen(baseUrl: string, appDir: string, lang: string) {
  const { context, page } = await launch('kavosh');
  const files = new Set<string>();
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (/\.(js|css|woff2?)$/.test(path)) files.add(path.replace(/^\//, ''));
  });
  await page.goto(`${baseUrl}${lang === 'fa' ? '?lang=fa' : ''}`);
  await page.waitForFunction(() => document.body.dataset.graphReady === 'true', undefined, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  await context.close();
  return [...files].sort().map((file) => {
    const bytes = readFileSync(join(appDir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

const quantile = (values: number[], q: number) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const dataDir = 'bench-data';
  const appDir = join(dataDir, 'app');
  if (opts.build || !existsSync(join(appDir, 'index.html'))) {
    console.log(`building the app into ${appDir}/ …`);
    await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  }
  for (const size of opts.sizes) if (size !== 'article') console.log(`corpus ${ensureCorpus(dataDir, size)}`);
  const server = await serveStatic(appDir, dataDir);
  console.log(`serving on ${server.url}; ${opts.runs} run(s) × ${opts.ops} operation(s) per size and variant`);

  const rows: Row[] = [];
  const notes: string[] = [];
  const results: Record<string, Record<string, Samples>> = {};
  try {
    for (const size of opts.sizes) {
      results[size] = {};
      for (const variant of opts.variants) {
        const large = size === '50k' || parseInt(size, 10) >= 50;
        const runs = variant === 'naive' && large ? Math.min(opts.runs, opts.naiveLargeRuns) : opts.runs;
        const ops = variant === 'naive' && large ? Math.min(opts.ops, 2) : opts.ops;
        if (runs === 0) {
          notes.push(`${size} ${variant}: skipped (--naive-large-runs 0)`);
          continue;
        }
        if (runs < opts.runs) notes.push(`${size} ${variant}: ${runs} run(s) × ${ops} operation(s) only, to keep the bench short`);
        const samples: Samples = {};
        for (let run = 0; run < runs; run++) {
          const t = performance.now();
          try {
            await measureRun(server.url, size, variant, ops, samples);
          } catch (error) {
            notes.push(`${size} ${variant} run ${run + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
          }
          console.log(`  ${size} ${variant} run ${run + 1}/${runs} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
        }
        results[size][variant] = samples;
      }
      const primary = results[size].kavosh ?? {};
      for (const op of ['first graph', 'filter', 'time window', 'selection', 'pan/zoom frame', 'heap']) {
        const k = primary[op] ?? [];
        const naive = results[size].naive?.[op] ?? [];
        const extra: Record<string, number> = {};
        for (const other of opts.variants.filter((v) => v !== 'kavosh' && v !== 'naive')) extra[other] = quantile(results[size][other]?.[op] ?? [], 0.5);
        rows.push({
          size,
          op,
          p50: quantile(k, 0.5),
          p95: quantile(k, 0.95),
          n: k.length,
          naive: quantile(naive, 0.5),
          extra,
          target: targetFor(size, op),
        });
      }
    }
  } finally {
    await server.close();
  }

  const en = await (async () => {
    const s = await serveStatic(appDir, dataDir);
    try {
      return { en: await firstScreen(s.url, appDir, 'en'), fa: await firstScreen(s.url, appDir, 'fa') };
    } finally {
      await s.close();
    }
  })();

  const table = formatTable(rows, opts.variants.filter((v) => v !== 'kavosh' && v !== 'naive'));
  const bundle = formatBundle(en.en, en.fa);
  const report = [
    `Kavosh bench — ${new Date().toISOString()} — Chromium headless, software rendering, ${VIEWPORT.width}×${VIEWPORT.height}, load average ${loadAverage()}`,
    '',
    table,
    '',
    'Times in ms (first graph: since navigation), heap in MB after a forced GC; p50/p95 over every sample of every run;',
    '"met?" judges the p50 (and, for the 10k filter, also the ≥10× ratio to the naive baseline).',
    ...(notes.length ? ['', 'Notes:', ...notes.map((n) => `- ${n}`)] : []),
    '',
    bundle,
    '',
    benchAnalysis(dataDir, opts.sizes),
    '',
    `bench took ${((performance.now() - started) / 1000).toFixed(0)} s`,
  ].join('\n');
  console.log(`\n${report}`);
  mkdirSync(opts.out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(opts.out, `bench-${stamp}.txt`), `${report}\n`);
  writeFileSync(join(opts.out, `bench-${stamp}.json`), JSON.stringify({ opts, results, bundle: en }, null, 2));
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

function formatBundle(en: Array<{ file: string; raw: number; gzip: number }>, fa: Array<{ file: string; raw: number; gzip: number }>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const all = new Map([...en, ...fa].map((f) => [f.file, f]));
  const lines = ['First screen (article, English and Persian), gzip -9 of the files fetched until the graph is painted:'];
  for (const f of [...all.values()]) {
    const where = en.some((e) => e.file === f.file) ? (fa.some((e) => e.file === f.file) ? 'en+fa' : 'en') : 'fa';
    lines.push(`  ${f.file.padEnd(58)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip  (${where})`);
  }
  const sum = (list: typeof en, re: RegExp) => list.filter((f) => re.test(f.file)).reduce((n, f) => n + f.gzip, 0);
  const js = Math.max(sum(en, /\.js$/), sum(fa, /\.js$/));
  const fonts = fa.filter((f) => /\.woff2?$/.test(f.file)).map((f) => f.file.split('/').pop());
  lines.push(`  JavaScript: ${kb(js)} gzip (target ≤ 300 KB: ${js <= 300 * 1024 ? 'met' : 'MISSED'}); CSS: ${kb(Math.max(sum(en, /\.css$/), sum(fa, /\.css$/)))} gzip`);
  lines.push(`  Persian fonts fetched: ${fonts.join(', ') || 'none'} (${fonts.every((f) => f?.includes('arabic')) && fonts.length > 0 ? 'the Arabic-script subset only: met' : 'check'})`);
  return lines.join('\n');
}

await main();
