// The overview's kept frame: what a pan or zoom frame shows without drawing every element again.
// A full overview frame costs time in proportion to the elements (every edge and node written into
// pixels: far more than a frame's 16 ms at 100k–250k elements), where a moved viewport only moves
// the picture. So each full frame is drawn into a kept canvas a margin larger than the screen on
// every side, and while the viewport moves, the screen shows that canvas translated and scaled (one
// drawImage: a small pan shows the real pixels, up to the margin; a zoom is magnified or shrunk
// until redrawn). Meanwhile the full frame for the new viewport is drawn in slices of a few
// milliseconds, one per frame (overviewScreen.ts), and replaces the kept one when done, even if the
// viewport has moved on. Slices rather than one full draw once the viewport has been still for a
// moment: no frame ever pays for every element (a delayed full draw is a long task just when the
// reader may move again), and during a long drag the picture keeps being renewed instead of
// showing more and more background. Once the viewport has been still for STILL_MS the slices grow
// (sliceFor): no motion is left to keep smooth, and the exact picture comes sooner (at 250k under
// load, 8 ms slices took tens of seconds to finish it). The pure parts are here: the views, the transform between
// them, the part of the kept canvas on the screen, and what the next frame must do.

/** A viewport in device pixels: a model point x is drawn at x * zoom + ox (and y at y * zoom + oy). */
export interface View {
  zoom: number;
  ox: number;
  oy: number;
  /** The screen canvas's size, device pixels. */
  width: number;
  height: number;
}

/** A full frame drawn into the kept canvas: its view, and the margin (device pixels) on each side. */
export interface KeptFrame {
  view: View;
  mx: number;
  my: number;
}

/** The margin drawn around the screen, as a share of its width and height on each side. */
export const MARGIN = 0.15;

/** The margin (device pixels, on each side) for a screen canvas of width × height. */
export function marginFor(width: number, height: number): { mx: number; my: number } {
  return { mx: Math.round(width * MARGIN), my: Math.round(height * MARGIN) };
}

/** The kept canvas's size for a screen of width × height (the screen plus its margins). */
export function keptSize(width: number, height: number): { width: number; height: number } {
  const { mx, my } = marginFor(width, height);
  return { width: width + 2 * mx, height: height + 2 * my };
}

/**
 * Where the kept canvas goes on the screen so that it lines up with `now`: drawn at (dx, dy),
 * scaled by `scale` (its top-left pixel at dx, dy; each of its pixels `scale` screen pixels wide).
 * A kept pixel p shows model point (p - margin - kept offset) / kept zoom, which `now` puts at
 * that point * now zoom + now offset.
 */
export function keptToScreen(kept: KeptFrame, now: View): { scale: number; dx: number; dy: number } {
  const scale = now.zoom / kept.view.zoom;
  return { scale, dx: now.ox - (kept.view.ox + kept.mx) * scale, dy: now.oy - (kept.view.oy + kept.my) * scale };
}

/** Whether two views draw every model point at the same pixel (within rounding noise). */
export function sameView(a: View, b: View): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
  return a.width === b.width && a.height === b.height && close(a.zoom, b.zoom) && close(a.ox, b.ox) && close(a.oy, b.oy);
}

/**
 * What the next overview frame does:
 * - `full`: draw every element now, in this frame. There is no kept frame of this screen size, or
 *   the picture itself changed (`dirty`: filter, selection, hover, analysis, language, positions):
 *   those must show correctly in the very next frame.
 * - `present`: the kept frame is exactly this view: copy it to the screen (cheap, exact).
 * - `blit`: only the viewport moved: show the kept frame moved (keptToScreen) and go on drawing the
 *   full frame for the new view in slices.
 */
export type FramePlan = 'full' | 'present' | 'blit';

export function planFrame(kept: KeptFrame | null, now: View, dirty: boolean): FramePlan {
  if (dirty || !kept || kept.view.width !== now.width || kept.view.height !== now.height) return 'full';
  return sameView(kept.view, now) ? 'present' : 'blit';
}

/** A drawImage call: the source rectangle of the kept canvas and where it lands on the screen. */
export interface Blit {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  dx: number;
  dy: number;
  dw: number;
  dh: number;
  /** Whether the kept canvas covers the whole screen (else the rest is filled with the background). */
  covers: boolean;
}

/**
 * The part of the kept canvas (keptW × keptH) that lands on the screen (now.width × now.height)
 * under `t`, or null when none does (the view moved past the margin). Only that part is drawn:
 * zoomed in, the kept canvas scaled whole would be many times the screen.
 */
export function blitRects(keptW: number, keptH: number, now: Pick<View, 'width' | 'height'>, t: { scale: number; dx: number; dy: number }): Blit | null {
  const sx = Math.max(0, -t.dx / t.scale);
  const sy = Math.max(0, -t.dy / t.scale);
  const ex = Math.min(keptW, (now.width - t.dx) / t.scale);
  const ey = Math.min(keptH, (now.height - t.dy) / t.scale);
  if (ex <= sx || ey <= sy) return null;
  const dx = t.dx + sx * t.scale;
  const dy = t.dy + sy * t.scale;
  const dw = (ex - sx) * t.scale;
  const dh = (ey - sy) * t.scale;
  const covers = dx <= 0 && dy <= 0 && dx + dw >= now.width && dy + dh >= now.height;
  return { sx, sy, sw: ex - sx, sh: ey - sy, dx, dy, dw, dh, covers };
}

/** How long the viewport must be still before the exact frame is drawn in bigger slices. */
export const STILL_MS = 150;
/** The slice once still: the reader now waits for the picture, not for the motion (a 40 ms frame). */
export const STILL_SLICE_MS = 40;

/**
 * The time of this frame's slice of the exact frame: `movingMs` while the viewport moves (or
 * moved less than STILL_MS ago), STILL_SLICE_MS once it has been still that long. 0 stays 0 (one
 * step per frame, the end-to-end tests' setting).
 */
export function sliceFor(stillForMs: number, movingMs: number): number {
  if (movingMs <= 0) return 0;
  return stillForMs >= STILL_MS ? Math.max(movingMs, STILL_SLICE_MS) : movingMs;
}
