// The analysis operations at corpus scale, for `npm run bench` (and standalone:
// `npx tsx scripts/bench/analysis.ts [10k,50k] [runs]`). Runs the same pure code the app runs
// (src/analysis) in Node on the seeded synthetic corpora: focus (neighbourhood at depth 1 and 2),
// shortest paths and all paths up to k = 3 between random actor pairs, the flattening done on the
// main thread before the worker, and the worker's projection, degree, PageRank, betweenness (up to
// its cap) and Louvain. V8 in Node and in Chromium run this code alike; drawing is not included.
import { readDataset } from '../lib/read-dataset';
import { ensureCorpus } from './generate';
import { centrality, communities, toGraphology } from '../../src/analysis/metrics';
import { BETWEENNESS_CAP } from '../../src/analysis/measures';
import { neighbourhood } from '../../src/analysis/neighbourhood';
import { findPaths } from '../../src/analysis/paths';
import { compactSubgraph, projectCompact } from '../../src/analysis/projection';
import { buildSubgraph } from '../../src/analysis/subgraph';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../../src/graph/filter';
import { buildGraphModel } from '../../src/graph/model';

interface Row {
  size: string;
  op: string;
  p50: number;
  p95: number;
  n: number;
  note: string;
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number) : NaN;
};

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

/** A small seeded generator, so every bench picks the same actors. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

export function benchAnalysisSize(dataDir: string, size: string, runs = 20): Row[] {
  const dir = ensureCorpus(dataDir, size);
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`invalid corpus ${dir}`);
  const model = buildGraphModel(result.dataset);
  const sub = buildSubgraph(model, computeVisibility(model, EMPTY_FILTERS, NO_TIME_FILTER));
  const actors = model.dataset.entities.map((e) => e.id);
  const rand = rng(7);
  const pick = () => actors[Math.floor(rand() * actors.length)] as string;
  const rows: Row[] = [];
  const sample = (op: string, fn: () => string | void, n = runs) => {
    const times: number[] = [];
    let note = '';
    for (let i = 0; i < n; i++) {
      const [out, ms] = time(fn);
      times.push(ms);
      if (out) note = out;
    }
    rows.push({ size, op, p50: quantile(times, 0.5), p95: quantile(times, 0.95), n: times.length, note });
  };
  const elements = model.nodes.length + model.edges.length;
  sample('subgraph of the view', () => void buildSubgraph(model, computeVisibility(model, EMPTY_FILTERS, NO_TIME_FILTER)), 5);
  sample('focus, depth 1', () => `${neighbourhood(sub, [pick()], 1).nodes.size} nodes (last)`);
  sample('focus, depth 2', () => `${neighbourhood(sub, [pick()], 2).nodes.size} nodes (last)`);
  sample('shortest paths', () => {
    const r = findPaths(sub, pick(), pick(), 1);
    return `${r.shortest ?? '∞'} steps, ${r.paths.length} paths${r.truncated ? ' (capped)' : ''} (last)`;
  });
  sample('all paths, k = 3', () => {
    const r = findPaths(sub, pick(), pick(), 3);
    return `${r.paths.length} paths${r.truncated ? ' (capped)' : ''} (last)`;
  });
  let compact = compactSubgraph(sub);
  sample('flatten for the worker (main thread)', () => void (compact = compactSubgraph(sub)), 5);
  let projection = projectCompact(compact);
  sample('actor projection (worker)', () => void (projection = projectCompact(compact)), 5);
  const graph = toGraphology(projection);
  const info = `${graph.order} actors, ${graph.size} links`;
  sample('degree (worker)', () => void centrality(graph, 'degree'), 5);
  rows.push(timedRow(size, 'PageRank (worker)', () => centrality(graph, 'pagerank'), 3, info));
  if (graph.order <= BETWEENNESS_CAP) rows.push(timedRow(size, 'betweenness (worker)', () => centrality(graph, 'betweenness'), 1, info));
  else rows.push({ size, op: 'betweenness (worker)', p50: NaN, p95: NaN, n: 0, note: `refused: ${graph.order} actors > cap ${BETWEENNESS_CAP}` });
  rows.push(timedRow(size, 'Louvain (worker)', () => communities(graph), 3, info));
  rows.unshift({ size, op: 'corpus', p50: NaN, p95: NaN, n: 0, note: `${elements} elements, ${model.nodes.length} nodes, ${actors.length} actors` });
  return rows;
}

function timedRow(size: string, op: string, fn: () => unknown, n: number, note: string): Row {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(time(fn)[1]);
  return { size, op, p50: quantile(times, 0.5), p95: quantile(times, 0.95), n, note };
}

export function formatAnalysisTable(rows: Row[]): string {
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 0) : '—');
  const lines = ['Analysis operations (src/analysis in Node, same code as the app and its worker), ms:', `  ${'size'.padEnd(6)}${'operation'.padEnd(38)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'n'.padStart(5)}  note`];
  for (const r of rows) lines.push(`  ${r.size.padEnd(6)}${r.op.padEnd(38)}${f(r.p50).padStart(9)}${f(r.p95).padStart(9)}${String(r.n).padStart(5)}  ${r.note}`);
  return lines.join('\n');
}

export function benchAnalysis(dataDir: string, sizes: string[], runs = 20): string {
  const notes: string[] = [];
  const rows = sizes
    .filter((s) => s !== 'article')
    .flatMap((size) => {
      try {
        return benchAnalysisSize(dataDir, size, runs);
      } catch (error) {
        // A tool, not a test: say what could not be measured and keep the rest of the report.
        notes.push(`  ${size}: not measured (${error instanceof Error ? error.message : String(error)}; delete ${dataDir}/${size} to regenerate it)`);
        return [];
      }
    });
  return rows.length || notes.length ? [formatAnalysisTable(rows), ...notes].join('\n') : '';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv[2] ?? '10k,50k').split(',');
  console.log(benchAnalysis('bench-data', sizes, Number(process.argv[3] ?? 20)));
}
