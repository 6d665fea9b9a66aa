// The viewport in links: `zoom=1.25&at=-120~40` — the zoom level, and the graph point (model
// coordinates) at the centre of the canvas, so a link opens on the same place whatever the size of
// the window that opens it. "~" joins the two numbers as in `t=` and `path=` (a comma would be
// written %2C). Rounded (zoom to 3 significant digits, the point to whole units) so
// links stay short; absent while the graph is simply fitted. Pure.
import type { Viewport } from './actions';

/** Cytoscape's own bounds are narrower (the canvas clamps); these only refuse nonsense. */
const MIN_ZOOM = 1e-4;
const MAX_ZOOM = 100;
const MAX_COORD = 1e7;

export function roundViewport(v: Viewport): Viewport {
  const zoom = Number(v.zoom.toPrecision(3));
  // "+ 0" turns -0 into 0, so the same view always gives the same link.
  return { zoom, x: Math.round(v.x) + 0, y: Math.round(v.y) + 0 };
}

export function writeViewport(params: URLSearchParams, v: Viewport | null): void {
  if (!v) return;
  const r = roundViewport(v);
  params.set('zoom', String(r.zoom));
  params.set('at', `${r.x}~${r.y}`);
}

/** Reads `zoom` and `at` (both or neither); what cannot be read is reported and left out. */
export function readViewport(zoom: string | null, at: string | null, ignored: string[]): Viewport | null {
  if (zoom === null && at === null) return null;
  const z = zoom === null ? NaN : Number(zoom);
  const m = at === null ? null : /^(-?\d{1,8}(?:\.\d+)?)~(-?\d{1,8}(?:\.\d+)?)$/.exec(at);
  const x = m ? Number(m[1]) : NaN;
  const y = m ? Number(m[2]) : NaN;
  const okZoom = zoom !== null && /^\d{1,3}(\.\d+)?(e-?\d+)?$/.test(zoom) && z >= MIN_ZOOM && z <= MAX_ZOOM;
  const okAt = m !== null && Math.abs(x) <= MAX_COORD && Math.abs(y) <= MAX_COORD;
  if (okZoom && okAt) return roundViewport({ zoom: z, x, y });
  if (!okZoom) ignored.push(zoom === null ? 'zoom: missing (at= needs it)' : `zoom: ${JSON.stringify(zoom.slice(0, 40))} is not a zoom level from ${MIN_ZOOM} to ${MAX_ZOOM}`);
  if (!okAt) ignored.push(at === null ? 'at: missing (zoom= needs it)' : `at: ${JSON.stringify(at.slice(0, 40))} is not a point like -120~40`);
  return null;
}
