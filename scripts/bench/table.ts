// The bench's targets (from the performance issue) and its one table.

export interface Target {
  /** p50 must be at most this (ms, or MB for the heap). */
  max?: number;
  /** kavosh must be at least this many times faster than the naive baseline. */
  ratio?: number;
  text: string;
}

export interface Row {
  size: string;
  op: string;
  p50: number;
  p95: number;
  n: number;
  naive: number;
  extra: Record<string, number>;
  target: Target | null;
}

const TARGETS: Record<string, Record<string, Target>> = {
  article: {
    'first graph': { max: 1000, text: '≤ 1 s' },
    filter: { max: 16, text: '≤ 16 ms (1 frame)' },
    'time window': { max: 16, text: '≤ 16 ms (1 frame)' },
    selection: { max: 16, text: '≤ 16 ms (1 frame)' },
  },
  '10k': {
    'first graph': { max: 3000, text: '≤ 3 s (cached layout)' },
    filter: { max: 50, ratio: 10, text: '≤ 50 ms, ≥ 10× naive' },
    'pan/zoom frame': { max: 33, text: '≤ 33 ms' },
  },
  '50k': {
    filter: { max: 250, text: '≤ 250 ms' },
    'pan/zoom frame': { max: 50, text: '≤ 50 ms' },
    heap: { max: 300, text: '≤ 300 MB' },
  },
};

export function targetFor(size: string, op: string): Target | null {
  return TARGETS[size]?.[op] ?? null;
}

function fmt(n: number, op: string): string {
  if (!Number.isFinite(n)) return '—';
  if (op === 'heap') return n.toFixed(0);
  return n >= 100 ? n.toFixed(0) : n.toFixed(1);
}

export function met(row: Row): string {
  const t = row.target;
  if (!t) return '';
  if (!Number.isFinite(row.p50)) return 'no data';
  const okMax = t.max === undefined || row.p50 <= t.max;
  const ratio = row.naive / row.p50;
  const okRatio = t.ratio === undefined || (Number.isFinite(ratio) && ratio >= t.ratio);
  if (t.ratio !== undefined && !Number.isFinite(ratio)) return okMax ? 'yes (ratio: no naive data)' : 'NO';
  return okMax && okRatio ? 'yes' : 'NO';
}

/** A Markdown table: rows are size × operation. */
export function formatTable(rows: Row[], extras: string[]): string {
  const head = ['size', 'operation', 'kavosh p50', 'kavosh p95', 'n', 'naive p50', 'naive/kavosh', ...extras.map((e) => `${e} p50`), 'target', 'met?'];
  const body = rows.map((r) => [
    r.size,
    r.op + (r.op === 'heap' ? ' (MB)' : ''),
    fmt(r.p50, r.op),
    fmt(r.p95, r.op),
    String(r.n),
    fmt(r.naive, r.op),
    Number.isFinite(r.naive / r.p50) ? `${(r.naive / r.p50).toFixed(1)}×` : '—',
    ...extras.map((e) => fmt(r.extra[e] ?? NaN, r.op)),
    r.target?.text ?? '—',
    met(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
