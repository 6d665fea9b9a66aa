// The bench's own logic that decides what it prints: which runs it plans, and whether a row meets
// its target (p50, p95 and the naive ratio), with the peer ratios in the table.
import { plan } from '../../scripts/bench/plan';
import { formatTable, met, targetFor, type Row } from '../../scripts/bench/table';

const row = (size: string, op: string, stats: Row['stats']): Row => ({ size, op, stats, target: targetFor(size, op) });

describe('bench plan', () => {
  it('runs every variant at 10k, the app alone uncached, and neither naive nor WebGL past 100k', () => {
    for (const v of ['kavosh', 'webgl', 'sigma', 'naive']) expect(typeof plan('10k', v, { runs: 3, ops: 4 })).toBe('object');
    expect(plan('10k-nolayout', 'sigma', { runs: 3, ops: 4 })).toMatch(/app only/);
    expect(plan('250k', 'naive', { runs: 3, ops: 4 })).toMatch(/skipped/);
    expect(plan('250k', 'webgl', { runs: 3, ops: 4 })).toMatch(/skipped/);
    expect(plan('250k', 'kavosh', { runs: 3, ops: 4 })).toMatchObject({ runs: 1, ops: 3 });
    expect(plan('100k', 'sigma', { runs: 3, ops: 4 })).toMatchObject({ runs: 2, ops: 3 });
    expect(plan('50k', 'naive', { runs: 3, ops: 4 })).toMatchObject({ runs: 1, ops: 2 });
  });
});

describe('bench targets', () => {
  it('judges the p95 where the target names one', () => {
    expect(met(row('50k', 'filter', { kavosh: { p50: 40, p95: 90, n: 4 } }))).toBe('yes');
    expect(met(row('50k', 'filter', { kavosh: { p50: 40, p95: 120, n: 4 } }))).toBe('NO');
    expect(met(row('100k', 'pan/zoom frame', { kavosh: { p50: 16, p95: 34, n: 100 } }))).toBe('NO');
  });

  it('holds the 10k filter to ≥ 10× the naive baseline, and the heap to 2 KB per element', () => {
    expect(met(row('10k', 'filter', { kavosh: { p50: 20, p95: 30, n: 4 }, naive: { p50: 150, p95: 160, n: 2 } }))).toBe('NO');
    expect(met(row('10k', 'filter', { kavosh: { p50: 20, p95: 30, n: 4 }, naive: { p50: 250, p95: 260, n: 2 } }))).toBe('yes');
    expect(met(row('100k', 'heap', { kavosh: { p50: 196, p95: 196, n: 1 } }))).toBe('NO');
    expect(met(row('100k', 'heap', { kavosh: { p50: 190, p95: 190, n: 1 } }))).toBe('yes');
    expect(met(row('100k', 'selection', { kavosh: { p50: 190, p95: 190, n: 1 } }))).toBe('');
  });

  it('prints every variant side by side with Kavosh and WebGL as multiples of sigma', () => {
    const table = formatTable(
      [row('10k', 'filter', { kavosh: { p50: 20, p95: 30, n: 4 }, webgl: { p50: 400, p95: 500, n: 2 }, sigma: { p50: 40, p95: 45, n: 4 }, naive: { p50: 400, p95: 420, n: 2 } })],
      ['kavosh', 'webgl', 'sigma', 'naive'],
    );
    const [head, , line] = table.split('\n');
    expect(head).toMatch(/kavosh p50\/p95 .* webgl p50\/p95 .* sigma p50\/p95 .* naive p50\/p95 .* kavosh÷sigma .* webgl÷sigma .* naive÷kavosh/);
    expect(line).toMatch(/\| 20\.0 \/ 30\.0 +\| 400 \/ 500 +\| 40\.0 \/ 45\.0 +\| 400 \/ 420 +\| 4\/2\/4\/2 +\| 0\.50× +\| 10× +\| 20× +\|/);
  });

  it('keeps two significant digits for ratios below 1× (not "0.0×")', () => {
    const table = formatTable(
      [row('10k', 'filter', { kavosh: { p50: 26, p95: 86, n: 4 }, sigma: { p50: 580, p95: 852, n: 4 }, naive: { p50: 1795, p95: 3420, n: 4 } })],
      ['kavosh', 'sigma', 'naive'],
    );
    const line = table.split('\n')[2];
    expect(line).toContain('| 0.045× ');
    expect(line).toContain('| 69× ');
  });
});
