// What the canvas shows, as data other tools read: where each node is (the cached layout for the
// CLI, the positions on screen for the export menu), and the colour, size and edge thickness the
// app's stylesheet gives it (src/graph/style.ts), so an export opens as the picture Kavosh drew.
import { buildStylesheet, countryColours, EVENT_COLOURS, NO_COUNTRY_COLOUR } from '../style';
import type { GraphEdge, GraphModel, GraphNode } from '../model';

/**
 * Node id → [x, y] in Cytoscape's model coordinates (y grows downwards), as the app caches them.
 * A Map: ids are data, and `constructor` is a valid one.
 */
export type Positions = ReadonlyMap<string, readonly [number, number]>;

/**
 * Gephi's y axis points up, Cytoscape's down: GEXF and GraphML positions are written with y
 * negated so the picture opens the right way up in Gephi and Gephi Lite (sigma.js follows Gephi).
 */
export const gephiY = (y: number): number => (y === 0 ? 0 : -y);

export interface Rgb {
  r: number;
  g: number;
  b: number;
  /** `#rrggbb`, lower case. */
  hex: string;
}

export interface NodeLook {
  /** Screen coordinates as Cytoscape has them; absent when no position was given for the node. */
  position?: { x: number; y: number };
  color: Rgb;
  /** Half the node's width on the canvas: Gephi and sigma.js read a node's size as its radius. */
  size: number;
}

export interface EdgeLook {
  color: Rgb;
  thickness: number;
}

// Sizes and edge colours read off the app's own stylesheet, so the exports follow when it changes.
const STYLESHEET = buildStylesheet(new Map(), 'en');
function styleValue(selector: string, property: string): string | number {
  const found = [...STYLESHEET].reverse().find((s) => s.selector === selector && s.style[property] !== undefined)?.style[property];
  if (found === undefined) throw new Error(`the stylesheet has no ${property} for ${selector}`);
  return found;
}
const NODE_WIDTH = { country: Number(styleValue('node.country', 'width')), entity: Number(styleValue('node', 'width')), event: Number(styleValue('node.event', 'width')) };
const PARTICIPATION_EDGE = { color: String(styleValue('edge', 'line-color')), thickness: Number(styleValue('edge', 'width')) };
const RELATION_EDGE = { color: String(styleValue('edge.relation', 'line-color')), thickness: Number(styleValue('edge.relation', 'width')) };

export function rgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h as string, 16)) as [number, number, number];
  return { r, g, b, hex: hex.toLowerCase() };
}

export interface Picture {
  node(node: GraphNode): NodeLook;
  edge(edge: GraphEdge): EdgeLook;
}

/**
 * The look of every node and edge of the model. Country colours are assigned over all the
 * dataset's countries, as the canvas and the legend do, so a filtered export keeps its colours.
 */
export function pictureOf(model: GraphModel, positions?: Positions): Picture {
  const colours = countryColours(model.dataset.entities.filter((e) => e.kind === 'country').map((e) => e.id));
  const cache = new Map<string, Rgb>();
  const colour = (hex: string) => {
    let c = cache.get(hex);
    if (!c) cache.set(hex, (c = rgb(hex)));
    return c;
  };
  return {
    node(node) {
      const fill =
        node.type === 'event' ? (EVENT_COLOURS[node.kind] ?? NO_COUNTRY_COLOUR) : ((node.country && colours.get(node.country)) ?? NO_COUNTRY_COLOUR);
      const width = node.type === 'event' ? NODE_WIDTH.event : node.kind === 'country' ? NODE_WIDTH.country : NODE_WIDTH.entity;
      const at = positions?.get(node.id);
      const position = at && Number.isFinite(at[0]) && Number.isFinite(at[1]) ? { x: at[0], y: at[1] } : undefined;
      return { position, color: colour(fill), size: width / 2 };
    },
    edge(edge) {
      const look = edge.type === 'relation' ? RELATION_EDGE : PARTICIPATION_EDGE;
      return { color: colour(look.color), thickness: look.thickness };
    },
  };
}
