// `npm run bench -- [--sizes article,10k,50k,100k,250k,10k-nolayout,…] [--runs 3] [--ops 4]
//                   [--variants kavosh,webgl,sigma,naive] [--no-build] [--out bench-results]
//                   [--app bench-data/app] [--report bench-a.json,bench-b.json] [--first-only]`
// (--first-only measures only the first graph and its stage split: no operations, no heap.)
// (--report prints one table from saved results, e.g. parts measured separately.)
//
// Builds the app into bench-data/app/ and the sigma.js reference page into bench-data/app/sigma-ref/
// (its own Vite build: sigma never reaches the app's bundle), writes the seeded synthetic corpora
// into bench-data/<size>/, serves both on 127.0.0.1 and drives Chromium (browser.ts: the flags,
// SwiftShader for WebGL) through each corpus in each variant:
//   kavosh  the app as shipped (large graphs drawn by the overview while zoomed out)
//   webgl   the app with ?webgl: Cytoscape's own WebGL renderer at every zoom
//   sigma   the peer: sigma.js 3 + graphology, same positions, same operations (sigma/main.ts)
//   naive   ?naive: the typical rebuild-everything React wrapper
//   canvas  (on request) ?overview=0: Cytoscape's canvas at every zoom
// For every run it loads the page afresh and measures, from the `kavosh:` marks: navigation to the
// first painted graph, filter and time-window changes to their next painted frame, selection to
// its painted frame (in the app: the details panel showing it), frame intervals while panning and
// zooming with the mouse (where the last selection left the view, zoomed in; then after Fit, zoomed
// out, and the time from the last input to the settled signal, the exact picture after it), and the JS heap at the end of the run (after a forced GC; the operations come first, see measure.ts). `<size>-nolayout` opens
// the corpus without its layout.json, as an import would be: "picture after load" is the time from
// the validated data to the painted draft, "layout refined" to the end of the worker's refinement. It prints one table, every variant side by side with the
// ratios, and the gzip sizes of what the first screen loads.
//
// A tool, not a test: it never fails on a timing, only when it cannot measure. The machine may be
// shared: absolute figures move with the load (printed in the header); ratios within one run hold
// better. The biggest sizes run fewer times (see plan()).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM_ARGS, VIEWPORT, webglRenderer } from './browser';
import { firstScreen, formatBundle } from './bundle';
import { ensureCorpus } from './generate';
import { measureRun, type Samples } from './measure';
import { plan } from './plan';
import { serveStatic } from './server';
import { buildSigmaPage } from './sigma-build';
import { formatTable, targetFor, type Row } from './table';
import { benchAnalysis } from './analysis';
import { benchCuration } from './curation';
import { benchCurationKeys } from './curation-browser';

export interface Options {
  sizes: string[];
  runs: number;
  build: boolean;
  variants: string[];
  ops: number;
  out: string;
  /** Where the app and the sigma page are built (bench-data/app by default). */
  app: string;
  /** Saved results (bench-*.json) to print as one table instead of measuring. */
  report: string[];
  /** Only the first graph (and its stage split): no operations, no heap, no other benches. */
  firstOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    sizes: ['article', '10k', '50k', '100k', '250k', '10k-nolayout', '50k-nolayout', '100k-nolayout'],
    runs: 3,
    build: true,
    variants: ['kavosh', 'webgl', 'sigma', 'naive'],
    ops: 4,
    out: 'bench-results',
    app: join('bench-data', 'app'),
    report: [],
    firstOnly: false,
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
    else if (arg === '--out') opts.out = value();
    else if (arg === '--app') opts.app = value();
    else if (arg === '--report') opts.report = value().split(',').filter(Boolean);
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--first-only') opts.firstOnly = true;
    else if (arg === '--help') {
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(0, 26).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  return opts;
}

const OPERATIONS = ['first graph', '· main-thread CPU', '· renderer CPU', '· fetch + parse', '· validate + merge', '· model + elements', '· layout + first paint', 'picture after load', 'draft after cy created', 'layout refined', 'filter', 'time window', 'selection', 'pan/zoom frame', 'pan/zoom frame, zoomed out', '· exact picture after it', 'heap', 'heap per element (KB)'];

const quantile = (values: number[], q: number) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
};

/**
 * Runs every size × variant; returns the samples and notes (skips, failures, page errors). The
 * samples so far are saved after each variant (`partial`), so a run stopped early keeps them.
 */
async function measureAll(baseUrl: string, opts: Options, partial: string) {
  const results: Record<string, Record<string, Samples>> = {};
  const notes: string[] = [];
  for (const size of opts.sizes) {
    results[size] = {};
    for (const variant of opts.variants) {
      const p = plan(size, variant, opts);
      if (typeof p === 'string') {
        if (!(size === 'article' && variant === 'sigma') && !size.endsWith('-nolayout')) notes.push(`${size} ${variant}: ${p}`);
        continue;
      }
      if (p.runs < opts.runs || p.ops < opts.ops) notes.push(`${size} ${variant}: ${p.runs} run(s) × ${p.ops} operation(s)`);
      const samples: Samples = {};
      for (let run = 0; run < p.runs; run++) {
        const t = performance.now();
        try {
          const problems = await measureRun(baseUrl, { ...p, firstOnly: opts.firstOnly }, samples);
          if (problems.length > 0) notes.push(`${size} ${variant} run ${run + 1}: ${problems.slice(0, 3).join(' | ')}`);
        } catch (error) {
          notes.push(`${size} ${variant} run ${run + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
        console.log(`  ${size} ${variant} run ${run + 1}/${p.runs} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
      }
      results[size][variant] = samples;
      writeFileSync(partial, JSON.stringify({ opts, results, notes }, null, 2));
    }
  }
  return { results, notes };
}

function toRows(results: Record<string, Record<string, Samples>>, opts: Pick<Options, 'sizes' | 'variants'>): Row[] {
  const rows: Row[] = [];
  for (const size of opts.sizes) {
    for (const op of OPERATIONS) {
      const stats: Row['stats'] = {};
      for (const variant of opts.variants) {
        const values = results[size]?.[variant]?.[op] ?? [];
        if (values.length > 0) stats[variant] = { p50: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length };
      }
      if (Object.keys(stats).length > 0) rows.push({ size, op, stats, target: targetFor(size, op) });
    }
  }
  return rows;
}

/** One table from saved runs (later files win for the same size and variant). */
function reportSaved(files: string[]): void {
  const results: Record<string, Record<string, Samples>> = {};
  const sizes: string[] = [];
  const variants: string[] = [];
  for (const file of files) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { opts: Options; results: Record<string, Record<string, Samples>> };
    for (const [size, byVariant] of Object.entries(saved.results)) {
      if (!sizes.includes(size)) sizes.push(size);
      for (const [variant, samples] of Object.entries(byVariant)) {
        if (Object.keys(samples).length === 0) continue;
        if (!variants.includes(variant)) variants.push(variant);
        (results[size] ??= {})[variant] = samples;
      }
    }
  }
  const order = ['article', '10k', '50k', '100k', '250k'];
  sizes.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));
  const known = ['kavosh', 'webgl', 'sigma', 'naive', 'canvas'];
  variants.sort((a, b) => known.indexOf(a) - known.indexOf(b));
  console.log(`From ${files.join(', ')}:\n\n${formatTable(toRows(results, { sizes, variants }), variants)}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.report.length > 0) return reportSaved(opts.report);
  const started = performance.now();
  const dataDir = 'bench-data';
  const appDir = opts.app;
  if (opts.build || !existsSync(join(appDir, 'index.html'))) {
    console.log(`building the app into ${appDir}/ and the sigma page into ${appDir}/sigma-ref/ …`);
    await build({ logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
    await buildSigmaPage(join(appDir, 'sigma-ref'));
  }
  for (const size of opts.sizes) if (size !== 'article') console.log(`corpus ${ensureCorpus(dataDir, size)}`);
  const load = loadAverage();
  const server = await serveStatic(appDir, dataDir);
  console.log(`serving on ${server.url}; up to ${opts.runs} run(s) × ${opts.ops} operation(s) per size and variant`);
  let measured: Awaited<ReturnType<typeof measureAll>>;
  let screen: Awaited<ReturnType<typeof firstScreen>> | null;
  mkdirSync(opts.out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  try {
    measured = await measureAll(server.url, opts, join(opts.out, `bench-${stamp}.partial.json`));
    screen = opts.firstOnly ? null : await firstScreen(server.url, appDir);
  } finally {
    await server.close();
  }
  const renderer = await webglRenderer();

  // The report is a list of sections; later benches (e.g. analysis timings) append theirs here.
  const sections: string[] = [
    [
      `Kavosh bench — ${new Date().toISOString()} — Chromium headless, ${VIEWPORT.width}×${VIEWPORT.height}, load average ${load} at the start, ${loadAverage()} at the end`,
      `Chromium flags: ${CHROMIUM_ARGS.join(' ')}`,
      `WebGL: ${renderer}`,
    ].join('\n'),
    formatTable(toRows(measured.results, opts), opts.variants),
    [
      'Times in ms (first graph: since navigation), heap in MB after a forced GC; p50/p95 over every sample of every run; n per variant.',
      'kavosh÷sigma and webgl÷sigma: p50 as a multiple of sigma\'s (below 1× the Cytoscape side is faster); naive÷kavosh: how many times faster Kavosh is.',
      '"met?" judges Kavosh against the target (p50, p95 where the target names it, the ratio where it names one).',
      'Uncached (-nolayout): picture after load and layout refined count from the validated data (the moment an import is accepted).',
      'App selection is timed to the painted details panel, sigma selection to the painted highlight (sigma has no panel).',
      'The machine may be shared: absolute figures move with the load; compare ratios within one run.',
      ...(measured.notes.length ? ['', 'Notes:', ...measured.notes.map((n) => `- ${n}`)] : []),
    ].join('\n'),
    ...(screen
      ? [
          formatBundle(screen.en, screen.fa),
          // Analysis timings (Node, no browser) at the corpus sizes the issue names.
          benchAnalysis(dataDir, opts.sizes.filter((s) => s === '10k' || s === '50k')),
          // The curation workbench's suggestion pass (Node, no browser) on a 10,000-character article.
          benchCuration(),
          // Its typing and selecting in a 50,000-character article, in Chromium.
          await benchCurationKeys(appDir),
        ]
      : []),
  ];
  const report = [...sections, `bench took ${((performance.now() - started) / 1000).toFixed(0)} s`].join('\n\n');
  console.log(`\n${report}`);
  writeFileSync(join(opts.out, `bench-${stamp}.txt`), `${report}\n`);
  writeFileSync(join(opts.out, `bench-${stamp}.json`), JSON.stringify({ opts, results: measured.results, bundle: screen }, null, 2));
}

function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
