// Graph model → Cytoscape element definitions. Element data holds flat primitives and ids only;
// quotes are looked up by id (evidenceOf) except in the export, which must stand alone.
import { stringTable } from '../domain/intern';
import type { Evidence } from '../domain/schema';
import { edgeLabel } from '../i18n/roles';
import { corroborationWidth } from './corroborationWeight';
import { originCounts } from './filter';
import { evidenceOf, type GraphEdge, type GraphModel, type GraphNode } from './model';

export interface NodeData {
  id: string;
  label: string;
  labelFa: string;
  nameEn: string;
  nameFa: string;
  type: GraphNode['type'];
  kind: string;
  country: string;
  countryName: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  label: string;
  labelFa: string;
  type: GraphEdge['type'];
  kind: string;
  factId: string;
  /** Independent origins supporting the edge's fact (citation chains followed; at least 1). */
  origins: number;
  /** The width it is drawn at for them (corroborationWeight.ts). */
  weight: number;
}

export interface ElementDef<T> {
  group: 'nodes' | 'edges';
  data: T;
  classes?: string;
}

/** Longest label drawn on the canvas, in code points; panels show the whole name. */
export const CANVAS_LABEL_MAX = 100;

/**
 * A label for the canvas: at most CANVAS_LABEL_MAX code points, cut with "…". Cytoscape measures
 * and wraps every label on every style pass, so a name of thousands of characters costs seconds.
 */
export function canvasLabel(text: string, max = CANVAS_LABEL_MAX): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max - 1).join('').trimEnd()}…`;
}

export function nodeData(model: GraphModel, node: GraphNode): NodeData {
  const country = node.country ?? '';
  return {
    id: node.id,
    label: canvasLabel(node.canvasEn),
    labelFa: canvasLabel(node.canvasFa),
    nameEn: node.nameEn,
    nameFa: node.nameFa,
    type: node.type,
    kind: node.kind,
    country,
    countryName: country ? (model.entityById.get(country)?.name.en ?? country) : '',
  };
}

export function edgeData(edge: GraphEdge, origins = 1): EdgeData {
  const n = Math.max(1, origins);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: canvasLabel(edge.labelEn),
    labelFa: canvasLabel(edgeLabel(edge, 'fa')),
    type: edge.type,
    kind: edge.kind,
    factId: edge.factId,
    origins: n,
    weight: corroborationWidth(n),
  };
}

export interface PositionedElementDef<T> extends ElementDef<T> {
  position?: { x: number; y: number };
}

/**
 * Every node and edge of the model. With `positions` (node id → [x, y], e.g. a cached layout)
 * nodes are created in place, so no layout pass is needed afterwards.
 */
export function toElements(
  model: GraphModel,
  positions?: ReadonlyMap<string, [number, number]> | null,
): Array<PositionedElementDef<NodeData> | ElementDef<EdgeData>> {
  const out: Array<PositionedElementDef<NodeData> | ElementDef<EdgeData>> = [];
  // Classes and edge labels are built per element but take a few dozen values: one copy of each
  // (at 100k elements, ~100k strings less; see domain/intern.ts).
  const one = stringTable();
  for (const node of model.nodes) {
    const def: PositionedElementDef<NodeData> = { group: 'nodes', data: nodeData(model, node), classes: one(`${node.type} ${node.kind}`) };
    const p = positions?.get(node.id);
    if (p) def.position = { x: p[0], y: p[1] };
    out.push(def);
  }
  const origins = originCounts(model);
  for (const edge of model.edges) {
    const data = edgeData(edge, origins.get(edge.factId));
    data.label = one(data.label);
    data.labelFa = one(data.labelFa);
    out.push({ group: 'edges', data, classes: edge.type });
  }
  return out;
}

type ExportedEvidence = Omit<Evidence, 'quote'> & { quote: string };

/** Cytoscape.js JSON ({elements: {nodes, edges}}) that opens in Cytoscape desktop and stands alone. */
export function toCytoscapeJson(model: GraphModel, visible?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }) {
  const withEvidence = (id: string): ExportedEvidence[] => evidenceOf(model, id).map((ev) => ({ ...ev }));
  const origins = originCounts(model);
  return {
    format_version: '1.0',
    generated_by: 'kavosh',
    target_cytoscapejs_version: '~3.35',
    data: { name: model.dataset.documents.map((d) => d.title.en).join('; ') },
    elements: {
      nodes: model.nodes
        .filter((n) => !visible || visible.nodes.has(n.id))
        .map((n) => ({ data: { ...nodeData(model, n), evidence: withEvidence(n.id) } })),
      edges: model.edges
        .filter((e) => !visible || visible.edges.has(e.id))
        .map((e) => ({ data: { ...edgeData(e, origins.get(e.factId)), evidence: withEvidence(e.id) } })),
    },
  };
}
