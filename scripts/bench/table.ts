// The bench's targets (from the performance issues) and its one table: every variant side by side.

export interface Target {
  /** p50 must be at most this (ms, or MB for the heap). */
  max?: number;
  /** p95 must be at most this. */
  maxP95?: number;
  /** kavosh must be at least this many times faster than the naive baseline (p50). */
  ratio?: number;
  text: string;
}

export interface Stat {
  p50: number;
  p95: number;
  n: number;
}

export interface Row {
  size: string;
  op: string;
  /** Per variant (kavosh, webgl, sigma, naive, …). */
  stats: Record<string, Stat>;
  target: Target | null;
}

/** Heap budget of 2 KB per element, in MB. */
const perElement = (elements: number): Target => ({ max: (elements * 2) / 1024, text: `≤ 2 KB/element (${Math.round((elements * 2) / 1024)} MB)` });

const TARGETS: Record<string, Record<string, Target>> = {
  article: {
    'first graph': { max: 1000, text: '≤ 1 s' },
    filter: { max: 16, text: 'p50 ≤ 16 ms (1 frame)' },
    'time window': { max: 16, text: 'p50 ≤ 16 ms (1 frame)' },
    selection: { max: 16, text: 'p50 ≤ 16 ms (1 frame)' },
  },
  '10k': {
    'first graph': { max: 3000, text: '≤ 3 s (cached layout)' },
    filter: { max: 50, ratio: 10, text: '≤ 50 ms, ≥ 10× naive' },
    'pan/zoom frame': { max: 33, text: '≤ 33 ms' },
  },
  '50k': {
    filter: { max: 250, maxP95: 100, text: 'p95 ≤ 100 ms' },
    'pan/zoom frame': { max: 50, text: '≤ 50 ms' },
    heap: { max: 300, text: '≤ 300 MB' },
  },
  '100k': {
    'first graph': { max: 4000, text: '≤ 4 s (cached layout)' },
    filter: { max: 100, maxP95: 200, text: 'p50 ≤ 100, p95 ≤ 200 ms' },
    'pan/zoom frame': { maxP95: 33, text: 'p95 ≤ 33 ms' },
    'pan/zoom frame, zoomed out': { maxP95: 33, text: 'p95 ≤ 33 ms' },
    heap: perElement(100_000),
  },
  '250k': {
    'first graph': { max: 10_000, text: '≤ 10 s (cached layout)' },
    'pan/zoom frame': { maxP95: 33, text: 'p95 ≤ 33 ms' },
    'pan/zoom frame, zoomed out': { maxP95: 33, text: 'p95 ≤ 33 ms' },
    heap: perElement(250_000),
  },
  // Uncached: the first usable (draft) picture of a corpus opened without positions.
  '10k-nolayout': { 'picture after load': { max: 3000, text: 'draft ≤ 3 s' } },
  '50k-nolayout': { 'picture after load': { max: 10_000, text: 'draft ≤ 10 s' } },
  '100k-nolayout': { 'picture after load': { max: 30_000, text: 'draft ≤ 30 s' } },
};

export function targetFor(size: string, op: string): Target | null {
  return TARGETS[size]?.[op] ?? null;
}

function fmt(n: number | undefined, op: string): string {
  if (n === undefined || !Number.isFinite(n)) return '—';
  if (op.startsWith('heap')) return n.toFixed(0);
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !Number.isFinite(a / b) || b === 0) return '—';
  const r = a / b;
  // Below 1× two significant digits: Kavosh at 26 ms against sigma's 580 is 0.045×, not "0.0×".
  return `${r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toPrecision(2)}×`;
}

/** Whether Kavosh (the `kavosh` variant) meets the row's target. */
export function met(row: Row): string {
  const t = row.target;
  const k = row.stats.kavosh;
  if (!t) return '';
  if (!k || !Number.isFinite(k.p50)) return 'no data';
  const okMax = t.max === undefined || k.p50 <= t.max;
  const okP95 = t.maxP95 === undefined || k.p95 <= t.maxP95;
  const naive = row.stats.naive?.p50;
  const r = naive === undefined ? NaN : naive / k.p50;
  if (t.ratio !== undefined && !Number.isFinite(r)) return okMax && okP95 ? 'yes (ratio: no naive data)' : 'NO';
  const okRatio = t.ratio === undefined || r >= t.ratio;
  return okMax && okP95 && okRatio ? 'yes' : 'NO';
}

/**
 * A Markdown table, rows size × operation: p50/p95 per variant, then Kavosh's time as a multiple
 * of sigma's (above 1× sigma is faster), Cytoscape WebGL's likewise, and naive's as a multiple of
 * Kavosh's (above 1× Kavosh is faster).
 */
export function formatTable(rows: Row[], variants: string[]): string {
  const head = [
    'size',
    'operation',
    ...variants.map((v) => `${v} p50/p95`),
    'n',
    ...(variants.includes('sigma') ? ['kavosh÷sigma', ...(variants.includes('webgl') ? ['webgl÷sigma'] : [])] : []),
    ...(variants.includes('naive') ? ['naive÷kavosh'] : []),
    'target',
    'met?',
  ];
  const body = rows.map((r) => [
    r.size,
    r.op + (r.op === 'heap' ? ' (MB)' : ''),
    ...variants.map((v) => {
      const s = r.stats[v];
      return s && s.n > 0 ? `${fmt(s.p50, r.op)} / ${fmt(s.p95, r.op)}` : '—';
    }),
    variants.map((v) => String(r.stats[v]?.n ?? 0)).join('/'),
    ...(variants.includes('sigma') ? [ratio(r.stats.kavosh?.p50, r.stats.sigma?.p50), ...(variants.includes('webgl') ? [ratio(r.stats.webgl?.p50, r.stats.sigma?.p50)] : [])] : []),
    ...(variants.includes('naive') ? [ratio(r.stats.naive?.p50, r.stats.kavosh?.p50)] : []),
    r.target?.text ?? '—',
    met(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
