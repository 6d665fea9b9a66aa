// The overview's raster primitives: discs, boxes and blended lines written straight into an
// ImageData's pixels (one Uint32 per pixel, ABGR on little-endian machines), clipped to the image.
const discs = new Map<number, Int16Array>();
/** Pixel offsets (dx, dy pairs) of a filled disc of radius r. */
export function disc(r: number): Int16Array {
  let offsets = discs.get(r);
  if (!offsets) {
    const list: number[] = [];
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= r * r + r * 0.8) list.push(dx, dy);
    offsets = Int16Array.from(list);
    discs.set(r, offsets);
  }
  return offsets;
}

/** A filled axis-aligned box of half-sizes hw × hh centred on (x, y). */
export function box(px: Uint32Array, w: number, h: number, x: number, y: number, hw: number, hh: number, colour: number): void {
  const x0 = Math.max(0, x - hw);
  const x1 = Math.min(w - 1, x + hw);
  const y0 = Math.max(0, y - hh);
  const y1 = Math.min(h - 1, y + hh);
  for (let qy = y0; qy <= y1; qy++) px.fill(colour, qy * w + x0, qy * w + x1 + 1);
}

/** A one-pixel line blended over what is there (alpha of 255), clipped to the image. */
export function line(px: Uint32Array, w: number, h: number, x1: number, y1: number, x2: number, y2: number, colour: number, alpha: number): void {
  if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 >= w && x2 >= w) || (y1 >= h && y2 >= h)) return;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const steps = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
  if (steps === 0 || steps > 20000) return;
  const sx = dx / steps;
  const sy = dy / steps;
  const cr = colour & 0xff;
  const cg = (colour >> 8) & 0xff;
  const cb = (colour >> 16) & 0xff;
  const inv = 255 - alpha;
  // Only the steps that can land inside the image (zoomed in, most of a long edge is outside it).
  const [from, to] = stepsInside(x1, sx, w, steps, stepsInside(y1, sy, h, steps, [0, steps]));
  for (let s = from; s <= to; s++) {
    const qx = (x1 + s * sx) | 0;
    const qy = (y1 + s * sy) | 0;
    if (qx < 0 || qy < 0 || qx >= w || qy >= h) continue;
    const k = qy * w + qx;
    const d = px[k] as number;
    const r = ((d & 0xff) * inv + cr * alpha) >> 8;
    const g = (((d >> 8) & 0xff) * inv + cg * alpha) >> 8;
    const b = (((d >> 16) & 0xff) * inv + cb * alpha) >> 8;
    px[k] = 0xff000000 | (b << 16) | (g << 8) | r;
  }
}

/**
 * The part [from, to] of the step range `range` where the coordinate start + s·step can fall in
 * [0, size) once truncated (so in (-1, size)), widened by a step each side for rounding; the
 * caller still checks each pixel. An empty range has from > to.
 */
export function stepsInside(start: number, step: number, size: number, steps: number, range: [number, number]): [number, number] {
  let [from, to] = range;
  if (step === 0) return start > -1 && start < size ? range : [1, 0];
  const a = (-1 - start) / step;
  const b = (size - start) / step;
  from = Math.max(from, Math.floor(Math.min(a, b)) - 1);
  to = Math.min(to, Math.ceil(Math.max(a, b)) + 1, steps);
  return [Math.max(0, from), to];
}
