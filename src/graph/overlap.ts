// Post-layout passes that make room for labels. A force-directed layout places node centres; what
// a reader needs is that the boxes of node-plus-label do not collide and that the drawing has the
// canvas's shape, so that fitting it wastes no side of the screen. Pure: boxes in, positions out.

/** A node's box (shape and label) relative to its position, and the position. */
export interface LabelBox {
  id: string;
  x: number;
  y: number;
  /** Box edges relative to (x, y): left and top are negative. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Scales positions about their centre so that the boxes' extent has the given width/height ratio.
 * Only ever stretches (never squeezes): squeezing would create the collisions removed next.
 */
export function stretchToAspect(boxes: LabelBox[], aspect: number): LabelBox[] {
  if (boxes.length < 2) return boxes;
  const [x1, y1, x2, y2] = extent(boxes);
  const w = x2 - x1;
  const h = y2 - y1;
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  // The extent is the spread of the positions plus the boxes' overhang, which scaling keeps.
  const spreadX = Math.max(...xs) - Math.min(...xs);
  const spreadY = Math.max(...ys) - Math.min(...ys);
  let sx = 1;
  let sy = 1;
  if (w / h < aspect && spreadX > 0) sx = (aspect * h - (w - spreadX)) / spreadX;
  else if (w / h > aspect && spreadY > 0) sy = (w / aspect - (h - spreadY)) / spreadY;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  return boxes.map((b) => ({ ...b, x: cx + (b.x - cx) * sx, y: cy + (b.y - cy) * sy }));
}

export function extent(boxes: LabelBox[]): [number, number, number, number] {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x + b.left);
    y1 = Math.min(y1, b.y + b.top);
    x2 = Math.max(x2, b.x + b.right);
    y2 = Math.max(y2, b.y + b.bottom);
  }
  return [x1, y1, x2, y2];
}

function overlap(a: LabelBox, b: LabelBox, gap: number): [number, number] | null {
  const ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left) + gap;
  const oy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top) + gap;
  return ox > 0 && oy > 0 ? [ox, oy] : null;
}

/** Pairs of boxes that overlap (with `gap` of clearance). */
export function overlappingPairs(boxes: LabelBox[], gap = 0): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!, gap)) pairs.push([boxes[i]!.id, boxes[j]!.id]);
  return pairs;
}

/**
 * Pushes overlapping boxes apart, each pair along the axis where they overlap least, half each
 * way, until none overlap or `rounds` runs out. Quadratic per round: for small graphs only (the
 * canvas shows every label of those; a large graph's labels appear only when zoomed in).
 */
export function removeOverlaps(input: LabelBox[], gap = 4, rounds = 300): LabelBox[] {
  const boxes = input.map((b) => ({ ...b }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const o = overlap(a, b, gap);
        if (!o) continue;
        moved = true;
        const [ox, oy] = o;
        // Direction from a to b by box centres; ties broken by index so the result is deterministic.
        const acx = a.x + (a.left + a.right) / 2;
        const bcx = b.x + (b.left + b.right) / 2;
        const acy = a.y + (a.top + a.bottom) / 2;
        const bcy = b.y + (b.top + b.bottom) / 2;
        if (ox < oy) {
          const s = bcx >= acx ? 1 : -1;
          a.x -= (s * ox) / 2;
          b.x += (s * ox) / 2;
        } else {
          const s = bcy >= acy ? 1 : -1;
          a.y -= (s * oy) / 2;
          b.y += (s * oy) / 2;
        }
      }
    if (!moved) break;
  }
  return boxes;
}

/**
 * Pulls the drawing together: scales positions towards the centre step by step, removing the
 * overlaps each step creates, for as long as the extent keeps shrinking. A force-directed layout
 * leaves long edges at its rim; this trades them for room, so the first view can be larger.
 */
export function compact(input: LabelBox[], gap = 4, aspect = 0, step = 0.96, steps = 60): LabelBox[] {
  let best = removeOverlaps(input, gap);
  let bestCost = cost(best, aspect);
  for (let i = 0; i < steps; i++) {
    const [x1, y1, x2, y2] = extent(best);
    const cx = (x1 + x2) / 2;
    const cy = (y1 + y2) / 2;
    // Towards the aspect asked for: shrink the side that is too long for it, else both.
    const ratio = (x2 - x1) / (y2 - y1);
    const sx = aspect > 0 && ratio < aspect * 0.97 ? 1 : step;
    const sy = aspect > 0 && ratio > aspect * 1.03 ? 1 : step;
    const next = removeOverlaps(
      best.map((b) => ({ ...b, x: cx + (b.x - cx) * sx, y: cy + (b.y - cy) * sy })),
      gap,
    );
    const nextCost = cost(next, aspect);
    if (overlappingPairs(next).length > 0 || nextCost >= bestCost * 0.995) break;
    best = next;
    bestCost = nextCost;
  }
  return best;
}

/**
 * What fitting costs: the area of the box of the given aspect that holds the drawing (the drawing's
 * own area when no aspect is asked for). Fitting a drawing into a canvas of that shape zooms by the
 * inverse of its side.
 */
function cost(boxes: LabelBox[], aspect: number): number {
  const [x1, y1, x2, y2] = extent(boxes);
  const w = x2 - x1;
  const h = y2 - y1;
  if (aspect <= 0) return w * h;
  const side = Math.max(w, h * aspect);
  return side * (side / aspect);
}
