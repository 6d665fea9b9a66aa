// How large a PNG export can be. Browsers refuse canvases past a size and then hand back an empty
// image without an error (a 0-byte file); the export menu scales the picture down to fit instead,
// and says so. Chromium and Firefox allow 32 767 px a side and 268 435 456 px in all; Safari allows
// 16 777 216 px in all, which the menu falls back to when the larger canvas comes back empty.
export const CANVAS_LIMITS = { side: 32_767, area: 268_435_456 } as const;
export const SMALL_CANVAS_LIMITS = { side: 16_384, area: 16_777_216 } as const;

export interface RasterPlan {
  /** Image pixels per model unit. */
  scale: number;
  width: number;
  height: number;
  /** True when `scale` is below what was asked for. */
  reduced: boolean;
}

/**
 * The largest scale up to `requested` at which a `w` × `h` drawing (model units) fits the limits,
 * with the image's whole-pixel size; null when nothing of at least one pixel a side would fit.
 */
export function rasterPlan(w: number, h: number, requested: number, limits: { side: number; area: number } = CANVAS_LIMITS): RasterPlan | null {
  const width = Math.max(1, Math.ceil(w));
  const height = Math.max(1, Math.ceil(h));
  if (!Number.isFinite(width) || !Number.isFinite(height) || !(requested > 0)) return null;
  const fit = Math.min(requested, limits.side / width, limits.side / height, Math.sqrt(limits.area / (width * height)));
  const plan = { scale: fit, width: Math.floor(width * fit), height: Math.floor(height * fit), reduced: fit < requested };
  return plan.width >= 1 && plan.height >= 1 ? plan : null;
}
