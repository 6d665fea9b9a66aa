// The overview's canvases: the screen canvas the reader sees, and the kept frame behind it (the
// last full frame, drawn a margin larger than the screen: overviewFrame.ts explains why). Each
// frame is drawn in full, or the kept frame is shown as it is or moved while the full frame for
// the moved viewport is drawn in slices.
import { blitRects, keptSize, keptToScreen, marginFor, planFrame, sameView, sliceFor, type KeptFrame, type View } from './overviewFrame';
import { BACKGROUND, rasterSteps, type RasterScene, type RasterView } from './overviewRaster';
import { runSlice } from './slices';

/** Milliseconds of a moved viewport's full frame drawn per animation frame. */
export const SLICE_MS = 8;

export class OverviewScreen {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly keptCanvas: HTMLCanvasElement;
  private readonly keptCtx: CanvasRenderingContext2D;
  private image: ImageData | null = null;
  private kept: KeptFrame | null = null;
  /** The full frame of a moved viewport, being drawn in slices. */
  private job: { steps: Iterator<unknown>; view: View } | null = null;
  /** Whether the screen shows the kept frame as it was drawn (not moved or scaled). */
  private exact = false;
  /** The last frame's view, and when the view last changed (the slices grow once it is still). */
  private lastView: View | null = null;
  private movedAt = 0;

  /**
   * `scene`: the graph to draw (read at the start of each full frame; the caller draws in full,
   * which drops a frame in slices, whenever it changes). `overlays`: what goes over the pixels.
   * `sliceMs`: the time per frame for a frame in slices while the viewport moves (0: one step
   * of it per frame); `clock`: milliseconds, for how long the viewport has been still.
   */
  constructor(
    private readonly scene: () => RasterScene,
    private readonly overlays: (ctx: CanvasRenderingContext2D, view: RasterView) => void,
    private readonly sliceMs = SLICE_MS,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.canvas = document.createElement('canvas');
    this.ctx = this.canvas.getContext('2d', { alpha: false }) as CanvasRenderingContext2D;
    this.keptCanvas = document.createElement('canvas');
    this.keptCtx = this.keptCanvas.getContext('2d', { alpha: false }) as CanvasRenderingContext2D;
  }

  /**
   * One frame at `now` (overviewFrame.ts planFrame); `dirty`: the picture changed since the kept
   * frame. Returns whether another frame is needed (a frame in slices goes on, or the screen does
   * not show the exact picture yet).
   */
  frame(now: View, dirty: boolean): boolean {
    const time = this.clock();
    if (this.lastView && !sameView(this.lastView, now)) this.movedAt = time;
    this.lastView = now;
    const plan = planFrame(this.kept, now, dirty);
    if (plan === 'full') {
      this.full(now);
      return false;
    }
    if (plan === 'blit') {
      // The full frame for where the viewport is now (or was when the slices began), a slice per
      // frame; done, it is the kept frame even if the viewport has moved on meanwhile (the next
      // one starts in the next frame): the exact picture follows the movement.
      this.job ??= { steps: this.raster(now), view: now };
      if (runSlice(this.job.steps, sliceFor(time - this.movedAt, this.sliceMs))) {
        this.keep(this.job.view);
        this.job = null;
      }
    } else this.job = null; // back at the kept frame's view
    this.show(now);
    return this.job !== null || !this.exact;
  }

  /** Draws the full frame at `now`, synchronously, and shows it. */
  full(now: View): void {
    this.job = null;
    const steps = this.raster(now);
    while (!steps.next().done);
    this.keep(now);
    this.show(now);
  }

  /** Whether the screen does not (yet) show the exact picture at `now`. */
  pending(now: View): boolean {
    return this.job !== null || this.kept === null || !this.exact || !sameView(this.kept.view, now);
  }

  /** Stops a frame in slices (the overview is left, or the picture changed). */
  drop(): void {
    this.job = null;
  }

  /** Sizes the canvases for `view` and returns the steps that draw its pixels into the image. */
  private raster(view: View): Iterator<unknown> {
    const { width: w, height: h } = view;
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    const size = keptSize(w, h);
    if (!this.image || this.image.width !== size.width || this.image.height !== size.height) this.image = this.ctx.createImageData(size.width, size.height);
    const { mx, my } = marginFor(w, h);
    return rasterSteps(this.scene(), new Uint32Array(this.image.data.buffer), size.width, size.height, { zoom: view.zoom, ox: view.ox + mx, oy: view.oy + my });
  }

  /** The image (just drawn for `view`) and the overlays become the kept frame. */
  private keep(view: View): void {
    const image = this.image as ImageData;
    if (this.keptCanvas.width !== image.width || this.keptCanvas.height !== image.height) {
      this.keptCanvas.width = image.width;
      this.keptCanvas.height = image.height;
    }
    this.keptCtx.putImageData(image, 0, 0);
    const { mx, my } = marginFor(view.width, view.height);
    this.kept = { view, mx, my };
    if (this.scene().placed) this.overlays(this.keptCtx, { zoom: view.zoom, ox: view.ox + mx, oy: view.oy + my });
  }

  /** Puts the kept frame on the screen where it lines up with `now` (pixel for pixel when drawn for it). */
  private show(now: View): void {
    const kept = this.kept as KeptFrame;
    const ctx = this.ctx;
    this.exact = sameView(kept.view, now);
    // Drawn for this view: a copy (the margins are whole pixels).
    const t = this.exact ? { scale: 1, dx: -kept.mx, dy: -kept.my } : keptToScreen(kept, now);
    const blit = blitRects(this.keptCanvas.width, this.keptCanvas.height, now, t);
    if (!blit?.covers) {
      ctx.fillStyle = BACKGROUND;
      ctx.fillRect(0, 0, now.width, now.height);
    }
    if (!blit) return;
    ctx.imageSmoothingEnabled = !this.exact;
    ctx.imageSmoothingQuality = 'low';
    ctx.drawImage(this.keptCanvas, blit.sx, blit.sy, blit.sw, blit.sh, blit.dx, blit.dy, blit.dw, blit.dh);
  }
}
