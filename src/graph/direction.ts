// Which node an arrow key moves to: the nearest one in that direction on screen. Pure geometry.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

/** Screen directions (y grows downwards): arrows mean the same on screen in both languages. */
const AXES: Record<Direction, [number, number]> = { right: [1, 0], left: [-1, 0], down: [0, 1], up: [0, -1] };

/**
 * The candidate nearest `from` in `dir`: within a cone of about 56° either side of the axis,
 * scored by the distance along the axis plus twice the distance off it, so a node straight ahead
 * wins over a nearer one far to the side. Null when nothing lies that way.
 */
export function nearestInDirection(from: Point, candidates: readonly Point[], dir: Direction): string | null {
  const [ax, ay] = AXES[dir];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * ax + dy * ay;
    const off = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || off > along * 1.5) continue;
    const score = along + 2 * off;
    if (score < bestScore) {
      bestScore = score;
      best = c.id;
    }
  }
  return best;
}

/** The key's direction, or null for other keys. */
export function arrowDirection(key: string): Direction | null {
  return key === 'ArrowLeft' ? 'left' : key === 'ArrowRight' ? 'right' : key === 'ArrowUp' ? 'up' : key === 'ArrowDown' ? 'down' : null;
}

/**
 * Where an arrow goes: the nearest graph neighbour that way if there is one (following an edge is
 * what a reader of a graph means), else the nearest node of all that way.
 */
export function moveFocus(from: Point, neighbours: readonly Point[], all: readonly Point[], dir: Direction): string | null {
  return nearestInDirection(from, neighbours, dir) ?? nearestInDirection(from, all, dir);
}
