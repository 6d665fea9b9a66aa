import { NO_GRADES, sourceKey, type Grades } from '../../domain/grades';
import type { FuzzyDate } from '../../domain/schema';
import { toCytoscapeJson } from '../elements';
import type { Visibility } from '../filter';
import type { GraphModel } from '../model';
import { pictureOf, type Positions } from './picture';
import { inclusiveDays, type Row } from './table';

/**
 * Cytoscape JSON plus, in each element's data, the columns that make its fact whole again:
 * aliases, affiliation, Wikidata id, date, status, place, participants and roles. Flat primitives and
 * string lists only, so Cytoscape desktop turns them into table columns. Importing it back needs
 * each cited document's document.json and text (the cyjs carries no text; quotes are re-checked).
 * Each node has the `position` it has on the canvas (Cytoscape desktop and cytoscape.js both read
 * it, in the same coordinates), when one is known.
 */
export function toKavoshCyjs(model: GraphModel, visible?: Visibility, positions?: Positions, grades: Grades = NO_GRADES) {
  const json = toCytoscapeJson(model, visible);
  const picture = pictureOf(model, positions);
  // Grades go with the facts and documents (a curator's in the workspace first, else the data's),
  // so an import gives them back: credibility on each graded fact, reliability per cited document.
  const credibility = (id: string, curated: number | undefined) => ({ credibility: grades.credibility[id] ?? curated });
  for (const node of json.elements.nodes) {
    Object.assign(node.data, factColumns(model, node.data.id));
    const fact = model.entityById.get(node.data.id) ?? model.eventById.get(node.data.id);
    if (fact) Object.assign(node.data, credibility(fact.id, fact.credibility));
    const graphNode = model.nodeById.get(node.data.id);
    const position = graphNode ? picture.node(graphNode).position : undefined;
    if (position) Object.assign(node, { position });
  }
  for (const edge of json.elements.edges) {
    Object.assign(edge.data, edgeColumns(model, edge.data.id));
    const relation = model.relationById.get(edge.data.id);
    if (relation) Object.assign(edge.data, credibility(relation.id, relation.credibility));
  }
  const cited = new Set([...json.elements.nodes, ...json.elements.edges].flatMap((el) => el.data.evidence.map((ev) => ev.doc)));
  const citedDocs = model.dataset.documents.filter((d) => cited.has(d.id));
  const kavoshDocuments = citedDocs.map((d) => d.id);
  const kavoshReliability = Object.fromEntries(citedDocs.flatMap((d) => {
    const grade = grades.reliability[sourceKey(d)] ?? d.reliability;
    return grade ? [[d.id, grade]] : [];
  }));
  return { ...json, data: { ...json.data, kavoshDocuments, kavoshReliability } };
}

function dateFields(date: FuzzyDate | undefined): Row {
  if (!date) return {};
  const days = inclusiveDays(date);
  return {
    dateStated: date.stated,
    datePrecision: date.precision,
    dateValue: date.value,
    dateStart: date.start,
    dateEnd: date.end,
    dateCertainty: date.certainty,
    dateBasis: date.basis,
    from: days?.from,
    to: days?.to,
  };
}

function factColumns(model: GraphModel, id: string): Record<string, unknown> {
  const entity = model.entityById.get(id);
  if (entity)
    return {
      aliases: entity.aliases,
      affiliation: entity.country,
      wikidata: entity.wikidata,
      description: entity.description,
      descriptionFa: entity.descriptionFa,
      inferredBasis: entity.inferred?.basis,
    };
  const event = model.eventById.get(id);
  if (!event) return {};
  return {
    participantIds: event.participants.map((p) => p.entity),
    participantRoles: event.participants.map((p) => p.role),
    participantRolesFa: event.participants.map((p) => p.roleFa),
    // Each participant's own quotes (the edge-level evidence) as one JSON string per participant,
    // in participant order, so the column stays a flat string list for Cytoscape desktop.
    participantEvidence: event.participants.map((p) => JSON.stringify(p.evidence)),
    shortLabelFa: event.shortLabel.fa,
    shortLabelEn: event.shortLabel.en,
    place: event.place,
    status: event.status,
    inferredBasis: event.inferred?.basis,
    ...dateFields(event.date),
  };
}

function edgeColumns(model: GraphModel, id: string): Record<string, unknown> {
  const relation = model.relationById.get(id);
  if (!relation) return {}; // participation edges: their event node lists participants and roles
  return { relationLabel: relation.label, relationLabelFa: relation.labelFa, inferredBasis: relation.inferred?.basis, ...dateFields(relation.date) };
}
