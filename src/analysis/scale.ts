// Scores → node diameters for "size by": linear in the score between the smallest and the largest
// visible value, so the legend can state both ends. Pure.
export const MIN_SIZE = 18;
export const MAX_SIZE = 72;

export function scoreRange(scores: Record<string, number>): { min: number; max: number } | null {
  const values = Object.values(scores);
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

export function sizeFor(score: number, range: { min: number; max: number }): number {
  if (range.max <= range.min) return (MIN_SIZE + MAX_SIZE) / 2;
  return Math.round(MIN_SIZE + ((score - range.min) / (range.max - range.min)) * (MAX_SIZE - MIN_SIZE));
}

export function scaleSizes(scores: Record<string, number>): Map<string, number> {
  const range = scoreRange(scores);
  const out = new Map<string, number>();
  if (!range) return out;
  for (const [id, v] of Object.entries(scores)) out.set(id, sizeFor(v, range));
  return out;
}
