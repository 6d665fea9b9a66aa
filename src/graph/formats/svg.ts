// A standalone SVG drawing of what the canvas shows, from a snapshot the export menu reads off
// cytoscape (this module never touches cytoscape itself).
import { escapeXmlAttr, escapeXmlText, XML_HEADER } from './xml';

export interface SvgPoint {
  x: number;
  y: number;
}
export interface SvgNode extends SvgPoint {
  w: number;
  h: number;
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
  label: string;
  fontSize: number;
  /** Wrap width of the label (cytoscape's text-max-width); no wrapping when absent. */
  maxWidth?: number;
  color: string;
  fontStyle?: string;
  fontWeight?: string;
}
export interface SvgEdge {
  /** Source endpoint, then control points (drawn as a smooth quadratic chain), then target endpoint. */
  points: SvgPoint[];
  curved: boolean;
  color: string;
  width: number;
  arrow: boolean;
  opacity: number;
  label: string;
  fontSize: number;
  labelColor: string;
  mid: SvgPoint;
}
/** What the canvas shows, in model coordinates, read off cytoscape by the export menu. */
export interface SvgSnapshot {
  box: { x1: number; y1: number; w: number; h: number };
  background: string;
  fontFamily: string;
  rtl: boolean;
  nodes: SvgNode[];
  edges: SvgEdge[];
}

// Unit polygons ([-1, 1]²) for cytoscape's shapes; the round-* variants get round joins.
const POLYGONS: Record<string, Array<[number, number]>> = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  triangle: [[0, -1], [1, 1], [-1, 1]],
  octagon: [[-0.41, -1], [0.41, -1], [1, -0.41], [1, 0.41], [0.41, 1], [-0.41, 1], [-1, 0.41], [-1, -0.41]],
  hexagon: [[-1, 0], [-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1]],
  tag: [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]],
};

const num = (n: number) => String(Math.round(n * 100) / 100);

function shapeSvg(n: SvgNode): string {
  const paint = `fill="${escapeXmlAttr(n.fill)}" stroke="${escapeXmlAttr(n.stroke)}" stroke-width="${num(n.strokeWidth)}"`;
  const base = n.shape.replace(/^round-/, '');
  const rounded = base !== n.shape;
  if (base === 'rectangle')
    return `<rect x="${num(n.x - n.w / 2)}" y="${num(n.y - n.h / 2)}" width="${num(n.w)}" height="${num(n.h)}"${rounded ? ` rx="${num(Math.min(n.w, n.h) / 4)}"` : ''} ${paint}/>`;
  const polygon = POLYGONS[base];
  if (!polygon) return `<ellipse cx="${num(n.x)}" cy="${num(n.y)}" rx="${num(n.w / 2)}" ry="${num(n.h / 2)}" ${paint}/>`;
  const points = polygon.map(([px, py]) => `${num(n.x + (px * n.w) / 2)},${num(n.y + (py * n.h) / 2)}`).join(' ');
  return `<polygon points="${points}"${rounded ? ' stroke-linejoin="round"' : ''} ${paint}/>`;
}

function edgePath(e: SvgEdge): string {
  const [first, ...rest] = e.points;
  if (!first) return '';
  const last = rest.pop();
  if (!last) return '';
  let d = `M ${num(first.x)} ${num(first.y)}`;
  if (!e.curved || rest.length === 0) return `${d} L ${num(last.x)} ${num(last.y)}`;
  // Cytoscape draws a multi-point bezier as quadratics joined at the midpoints of control points.
  rest.forEach((c, i) => {
    const next = rest[i + 1];
    const end = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : last;
    d += ` Q ${num(c.x)} ${num(c.y)} ${num(end.x)} ${num(end.y)}`;
  });
  return d;
}

function arrowHead(e: SvgEdge): string {
  const tip = e.points[e.points.length - 1];
  const from = e.points[e.points.length - 2];
  if (!tip || !from) return '';
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = 4 + e.width * 2;
  const corner = (turn: number) => `${num(tip.x - size * Math.cos(angle + turn))},${num(tip.y - size * Math.sin(angle + turn))}`;
  return `<polygon points="${num(tip.x)},${num(tip.y)} ${corner(0.45)} ${corner(-0.45)}" fill="${escapeXmlAttr(e.color)}"/>`;
}

/** Greedy word wrap by an estimated glyph width (SVG 1.1 text does not wrap by itself). */
export function wrapLabel(label: string, maxWidth: number | undefined, fontSize: number): string[] {
  if (!maxWidth || fontSize <= 0) return [label];
  const perLine = Math.max(4, Math.floor(maxWidth / (fontSize * 0.5)));
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > perLine) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [label];
}

/** A standalone SVG drawing of the snapshot: edges, then nodes, then labels with a white halo. */
export function toSvg(s: SvgSnapshot): string {
  const pad = 20;
  const { x1, y1, w, h } = s.box;
  const out = [
    XML_HEADER,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w + 2 * pad)}" height="${num(h + 2 * pad)}" viewBox="${num(x1 - pad)} ${num(y1 - pad)} ${num(w + 2 * pad)} ${num(h + 2 * pad)}" font-family="${escapeXmlAttr(s.fontFamily)}">`,
    `<rect x="${num(x1 - pad)}" y="${num(y1 - pad)}" width="${num(w + 2 * pad)}" height="${num(h + 2 * pad)}" fill="${escapeXmlAttr(s.background)}"/>`,
    '<g class="edges" fill="none">',
  ];
  for (const e of s.edges) {
    const opacity = e.opacity < 1 ? ` opacity="${num(e.opacity)}"` : '';
    out.push(`<g${opacity}><path d="${edgePath(e)}" stroke="${escapeXmlAttr(e.color)}" stroke-width="${num(e.width)}"/>${e.arrow ? arrowHead(e) : ''}</g>`);
  }
  out.push('</g>', '<g class="nodes">');
  for (const n of s.nodes) out.push(n.opacity < 1 ? `<g opacity="${num(n.opacity)}">${shapeSvg(n)}</g>` : shapeSvg(n));
  const halo = 'stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';
  const direction = s.rtl ? ' direction="rtl"' : '';
  out.push('</g>', `<g class="labels" text-anchor="middle"${direction}>`);
  for (const e of s.edges) {
    if (!e.label) continue;
    const a = e.points[0];
    const b = e.points[e.points.length - 1];
    let angle = a && b ? (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI : 0;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    out.push(
      `<text x="${num(e.mid.x)}" y="${num(e.mid.y)}" dy="0.35em" font-size="${num(e.fontSize)}" fill="${escapeXmlAttr(e.labelColor)}" ${halo} transform="rotate(${num(angle)} ${num(e.mid.x)} ${num(e.mid.y)})">${escapeXmlText(e.label)}</text>`,
    );
  }
  for (const n of s.nodes) {
    if (!n.label) continue;
    const style = `${n.fontStyle && n.fontStyle !== 'normal' ? ` font-style="${escapeXmlAttr(n.fontStyle)}"` : ''}${n.fontWeight && n.fontWeight !== 'normal' ? ` font-weight="${escapeXmlAttr(n.fontWeight)}"` : ''}`;
    const lines = wrapLabel(n.label, n.maxWidth, n.fontSize)
      .map((line, i) => (i === 0 ? escapeXmlText(line) : `<tspan x="${num(n.x)}" dy="1.2em">${escapeXmlText(line)}</tspan>`))
      .join('');
    out.push(
      `<text x="${num(n.x)}" y="${num(n.y + n.h / 2 + 4 + n.fontSize)}" font-size="${num(n.fontSize)}" fill="${escapeXmlAttr(n.color)}"${style} ${halo}>${lines}</text>`,
    );
  }
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}
