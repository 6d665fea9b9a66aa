// The density view (past TL.DENSITY_THRESHOLD dated events): one canvas of events per column,
// stacked by kind, the ones the filters hide greyed above; and over it, its scale and the selection.
import { memo, useLayoutEffect, useRef } from 'react';
import { EVENT_COLOURS } from '../../graph/style';
import * as TL from '../../graph/timeline';
import { TIMELINE_DENSITY_STRINGS } from '../../i18n/panels';
import { formatNumber, type Lang } from '../../i18n/strings';
import { DEFAULT_COLOUR, TOP } from './layout';

const DIMMED_FILL = '#c9ced6';
const OUTLINE = '#4b5563';

/** A kind's pastel graph colour with `k` times its ink (its distance from white): pastels stacked thin need it. */
function deepen(hex: string, k = 3): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const channel = (h: string) => Math.max(0, 255 - (255 - parseInt(h, 16)) * k);
  return `rgb(${channel(m[1]!)} ${channel(m[2]!)} ${channel(m[3]!)})`;
}

/**
 * The density: for each column, the events the filters show stacked by kind (most frequent at the
 * bottom) in their graph colours under a dark outline, and above them, grey, the events the
 * filters hide. One canvas, redrawn only when the counts or the size change.
 */
export const DensityCanvas = memo(function DensityCanvas({ density, placement, width, top, height }: { density: TL.Density; placement: TL.DensityPlacement; width: number; top: number; height: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawDensity(ctx, density, placement, height);
  }, [density, placement, width, height]);
  return <canvas ref={ref} className="tl-density" aria-hidden style={{ top, width, height }} />;
});

function drawDensity(ctx: CanvasRenderingContext2D, d: TL.Density, p: TL.DensityPlacement, height: number) {
  if (d.max === 0) return;
  const { columns, kinds } = d;
  const perEvent = height / d.max;
  const y = (n: number) => height - Math.round(n * perEvent); // rounded stacks leave no seams
  const fills = kinds.map(() => new Path2D());
  const grey = new Path2D();
  const outline = new Path2D();
  for (let c = 0; c < columns; c++) {
    const x = p.x0 + c * p.binPx;
    let sum = 0;
    for (let k = 0; k < kinds.length; k++) {
      const n = d.shown[k * columns + c]!;
      if (n === 0) continue;
      fills[k]!.rect(x, y(sum + n), p.binPx, y(sum) - y(sum + n));
      sum += n;
    }
    const top = y(sum);
    if (c === 0) outline.moveTo(x, top);
    else outline.lineTo(x, top);
    outline.lineTo(x + p.binPx, top);
    let hidden = 0;
    for (let k = 0; k < kinds.length; k++) hidden += d.dimmed[k * columns + c]!;
    if (hidden > 0) grey.rect(x, y(sum + hidden), p.binPx, top - y(sum + hidden));
  }
  kinds.forEach((kind, k) => {
    ctx.fillStyle = deepen(EVENT_COLOURS[kind] ?? DEFAULT_COLOUR);
    ctx.fill(fills[k]!);
  });
  ctx.fillStyle = DIMMED_FILL;
  ctx.fill(grey);
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = 1;
  ctx.stroke(outline);
}

/** Over the density: its scale (the tallest column) and where the selected event lies. */
export function DensityMarks({ density, placement, at, lang, axisY }: { density: TL.Density; placement: TL.DensityPlacement; at: number | undefined; lang: Lang; axisY: number }) {
  const from = at === undefined ? 0 : placement.from[at]!;
  const to = at === undefined ? 0 : placement.to[at]!;
  return (
    <g aria-hidden className="tl-density-marks">
      <text className="tl-density-peak" x={placement.x0 + 3} y={TOP + 9}>
        {TIMELINE_DENSITY_STRINGS[lang].peak(formatNumber(density.max, lang))}
      </text>
      {at === undefined ? null : (
        <rect className="tl-density-selected" x={placement.x0 + from * placement.binPx - 1.5} y={TOP - 3} width={(to - from) * placement.binPx + 3} height={axisY - TOP + 3} rx={2} />
      )}
    </g>
  );
}
