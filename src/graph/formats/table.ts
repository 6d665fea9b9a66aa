// Flat columns shared by GraphML, GEXF and CSV: one row per node or edge, one cell per column,
// lists joined by line breaks, dates as inclusive ISO days.
import { dateSpan, DAY_MS } from '../../domain/dates';
import type { Evidence, FuzzyDate } from '../../domain/schema';
import type { Visibility } from '../filter';
import { evidenceOf, type GraphEdge, type GraphModel, type GraphNode } from '../model';

export type ColumnType = 'string' | 'int';
export interface Column {
  id: string;
  /** A name token (GraphML's attr.name must be one): Gephi and yEd show it as the column name. */
  title: string;
  type: ColumnType;
}
export type Row = Record<string, string | number | undefined>;
export interface Table {
  kind: 'nodes' | 'edges';
  columns: Column[];
  rows: Row[];
}

export const col = (id: string, title: string, type: ColumnType = 'string'): Column => ({ id, title, type });

const NODE_COLUMNS = [
  col('labelFa', 'label_fa'),
  col('nodeType', 'node_type'),
  col('kind', 'kind'),
  col('country', 'country'),
  col('countryName', 'country_name'),
  col('wikidata', 'wikidata'),
  col('aliases', 'aliases'),
  col('description', 'description'),
  col('status', 'status'),
  ...dateColumns(),
  ...evidenceColumns(),
];
const EDGE_COLUMNS = [col('edgeType', 'edge_type'), col('kind', 'kind'), col('fact', 'fact'), ...dateColumns(), ...evidenceColumns()];

function dateColumns(): Column[] {
  return [col('dateStated', 'date_stated'), col('datePrecision', 'date_precision'), col('dateCertainty', 'date_certainty'), col('from', 'from'), col('to', 'to')];
}
function evidenceColumns(): Column[] {
  return [col('documents', 'documents'), col('evidenceCount', 'evidence_count', 'int'), col('quotes', 'quotes_fa'), col('translations', 'translations_en')];
}

/** A date's period as inclusive ISO days: `2020` runs from 2020-01-01 to 2020-12-31. */
export function inclusiveDays(date: FuzzyDate | undefined): { from: string; to: string } | null {
  const span = date ? dateSpan(date) : null;
  if (!span) return null;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(span.start), to: iso(span.end - DAY_MS) };
}

function dateCells(date: FuzzyDate | undefined): Row {
  if (!date) return {};
  const days = inclusiveDays(date);
  return { dateStated: date.stated, datePrecision: date.precision, dateCertainty: date.certainty, from: days?.from, to: days?.to };
}

const LIST_SEPARATOR = '\n';

function evidenceCells(evidence: Evidence[]): Row {
  return {
    documents: [...new Set(evidence.map((ev) => ev.doc))].join(' '),
    evidenceCount: evidence.length,
    quotes: evidence.map((ev) => ev.quote).join(LIST_SEPARATOR),
    translations: evidence.map((ev) => ev.translation).join(LIST_SEPARATOR),
  };
}

function factDate(model: GraphModel, factId: string): FuzzyDate | undefined {
  return model.eventById.get(factId)?.date ?? model.relationById.get(factId)?.date;
}

function visibleNodes(model: GraphModel, visible?: Visibility): GraphNode[] {
  return model.nodes.filter((n) => !visible || visible.nodes.has(n.id));
}

/** Visible edges whose two ends are exported too (GraphML's keyref insists). */
function visibleEdges(model: GraphModel, visible?: Visibility): GraphEdge[] {
  const nodes = new Set(visibleNodes(model, visible).map((n) => n.id));
  return model.edges.filter((e) => (!visible || visible.edges.has(e.id)) && nodes.has(e.source) && nodes.has(e.target));
}

function nodeRow(model: GraphModel, node: GraphNode): Row {
  const entity = model.entityById.get(node.id);
  const event = model.eventById.get(node.id);
  return {
    id: node.id,
    label: node.nameEn,
    labelFa: node.nameFa,
    nodeType: node.type,
    kind: node.kind,
    country: node.country,
    countryName: node.country ? model.entityById.get(node.country)?.name.en : undefined,
    wikidata: entity?.wikidata,
    aliases: entity?.aliases.join(LIST_SEPARATOR),
    description: entity?.description,
    status: event?.status,
    ...dateCells(event?.date),
    ...evidenceCells(evidenceOf(model, node.id)),
  };
}

function edgeRow(model: GraphModel, edge: GraphEdge): Row {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.labelEn,
    edgeType: edge.type,
    kind: edge.kind,
    fact: edge.factId,
    ...dateCells(factDate(model, edge.factId)),
    ...evidenceCells(evidenceOf(model, edge.id)),
  };
}

export function nodeTable(model: GraphModel, visible?: Visibility): Table {
  return { kind: 'nodes', columns: NODE_COLUMNS, rows: visibleNodes(model, visible).map((n) => nodeRow(model, n)) };
}

export function edgeTable(model: GraphModel, visible?: Visibility): Table {
  return { kind: 'edges', columns: EDGE_COLUMNS, rows: visibleEdges(model, visible).map((e) => edgeRow(model, e)) };
}

export const present = (v: string | number | undefined): v is string | number => v !== undefined && v !== '';
