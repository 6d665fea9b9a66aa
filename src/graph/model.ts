// Dataset → graph model: nodes (entities and events) and edges (event participation, relations),
// with the indices the filters and panels need. Pure: no React, no cytoscape.
import type { Dataset, Entity, Evidence, KEvent, Relation } from '../domain/schema';
import { eventCanvasLabel } from './labels';

export type NodeType = 'entity' | 'event';
export type EdgeType = 'participation' | 'relation';

export interface GraphNode {
  id: string;
  type: NodeType;
  kind: string;
  nameEn: string;
  nameFa: string;
  /** What the canvas writes (an event's short label, an actor's name). */
  canvasEn: string;
  canvasFa: string;
  /** Affiliation country id; a country is its own. Undefined for events and unaffiliated actors. */
  country?: string;
}

export interface GraphEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  /** Relation kind, or the participant's role for participation edges. */
  kind: string;
  labelEn: string;
  /** The curated Persian role or relation label, when the dataset gives one. */
  labelFa?: string;
  /** The fact (event or relation id) this edge belongs to: its evidence is the edge's evidence. */
  factId: string;
  /** Participation edges: the participant's index in its event (its own quotes live there). */
  participant?: number;
}

export interface GraphModel {
  dataset: Dataset;
  nodes: GraphNode[];
  edges: GraphEdge[];
  nodeById: Map<string, GraphNode>;
  edgeById: Map<string, GraphEdge>;
  entityById: Map<string, Entity>;
  eventById: Map<string, KEvent>;
  relationById: Map<string, Relation>;
  /** Fact id (event or relation) → the entity ids it involves. */
  factEntities: Map<string, string[]>;
  /** Fact id → ids of its edges. */
  factEdges: Map<string, string[]>;
  /** Country id → the fact ids that involve it directly or through an affiliated actor. */
  countryFacts: Map<string, Set<string>>;
  /** Node id → ids of incident edges. */
  incident: Map<string, string[]>;
}

export function participationEdgeId(eventId: string, entityId: string, index: number): string {
  return `${eventId}~${entityId}~${index}`;
}

/** Humanise a snake_case kind or role: "member_of" → "member of". */
export function humanise(kind: string): string {
  return kind.replaceAll('_', ' ');
}

/** The country an entity belongs to: itself for a country, else its affiliation, followed one hop. */
export function countryOf(entity: Entity, entityById: Map<string, Entity>): string | undefined {
  if (entity.kind === 'country') return entity.id;
  if (!entity.country) return undefined;
  const affiliated = entityById.get(entity.country);
  if (affiliated && affiliated.kind !== 'country') return affiliated.country;
  return entity.country;
}

export function buildGraphModel(dataset: Dataset): GraphModel {
  const entityById = new Map(dataset.entities.map((e) => [e.id, e]));
  const eventById = new Map(dataset.events.map((e) => [e.id, e]));
  const relationById = new Map(dataset.relations.map((r) => [r.id, r]));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const factEntities = new Map<string, string[]>();
  const factEdges = new Map<string, string[]>();

  for (const entity of dataset.entities) {
    nodes.push({
      id: entity.id,
      type: 'entity',
      kind: entity.kind,
      nameEn: entity.name.en,
      nameFa: entity.name.fa,
      canvasEn: entity.name.en,
      canvasFa: entity.name.fa,
      country: countryOf(entity, entityById),
    });
  }
  for (const event of dataset.events) {
    nodes.push({
      id: event.id,
      type: 'event',
      kind: event.kind,
      nameEn: event.label.en,
      nameFa: event.label.fa,
      canvasEn: eventCanvasLabel(event.shortLabel?.en, event.label.en),
      canvasFa: eventCanvasLabel(event.shortLabel?.fa, event.label.fa),
    });
    const involved: string[] = [];
    const edgeIds: string[] = [];
    const addEdge = (entityId: string, role: string, index: number, roleFa?: string) => {
      const id = participationEdgeId(event.id, entityId, index);
      const edge: GraphEdge = { id, type: 'participation', source: event.id, target: entityId, kind: role, labelEn: role, factId: event.id };
      if (roleFa) edge.labelFa = roleFa;
      if (index < event.participants.length) edge.participant = index;
      edges.push(edge);
      edgeIds.push(id);
      involved.push(entityId);
    };
    event.participants.forEach((p, i) => addEdge(p.entity, p.role, i, p.roleFa));
    if (event.place && !event.participants.some((p) => p.entity === event.place))
      addEdge(event.place, 'place', event.participants.length);
    factEntities.set(event.id, involved);
    factEdges.set(event.id, edgeIds);
  }
  for (const relation of dataset.relations) {
    edges.push({
      id: relation.id,
      type: 'relation',
      source: relation.source,
      target: relation.target,
      kind: relation.kind,
      labelEn: relation.label ?? humanise(relation.kind),
      ...(relation.labelFa ? { labelFa: relation.labelFa } : {}),
      factId: relation.id,
    });
    factEntities.set(relation.id, [relation.source, relation.target]);
    factEdges.set(relation.id, [relation.id]);
  }

  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const countryFacts = new Map<string, Set<string>>();
  for (const [factId, entityIds] of factEntities) {
    for (const entityId of entityIds) {
      const country = nodeById.get(entityId)?.country;
      if (!country) continue;
      let set = countryFacts.get(country);
      if (!set) countryFacts.set(country, (set = new Set()));
      set.add(factId);
    }
  }
  const incident = new Map<string, string[]>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const list = incident.get(end);
      if (list) list.push(edge.id);
      else incident.set(end, [edge.id]);
    }
  }
  return {
    dataset,
    nodes,
    edges,
    nodeById,
    edgeById: new Map(edges.map((e) => [e.id, e])),
    entityById,
    eventById,
    relationById,
    factEntities,
    factEdges,
    countryFacts,
    incident,
  };
}

/** The evidence behind a node or an edge (an edge's is its fact's). */
export function evidenceOf(model: GraphModel, id: string): Evidence[] {
  const edge = model.edgeById.get(id);
  // A participation is evidenced by the quotes that name that participant in that role (the
  // "host" edge of the Baku meeting quotes Valiyev's sentence, not the headline); the place edge
  // and data without such quotes fall back to the event's own.
  if (edge?.participant !== undefined) {
    const own = model.eventById.get(edge.factId)?.participants[edge.participant]?.evidence;
    if (own && own.length > 0) return own;
  }
  const factId = edge?.factId ?? id;
  return (
    model.entityById.get(factId)?.evidence ??
    model.eventById.get(factId)?.evidence ??
    model.relationById.get(factId)?.evidence ??
    []
  );
}
