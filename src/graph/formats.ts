// Export formats. Each serialiser is a pure string builder over the model and the visible subset,
// shared by the app's export menu and `npm run export`. XML output escapes &<>"' and drops the
// characters XML 1.0 forbids; CSV follows RFC 4180 with a UTF-8 BOM so Excel reads Persian.
import { dateSpan, DAY_MS } from '../domain/dates';
import { toBundle } from '../domain/bundle';
import type { Dataset, Evidence, FuzzyDate } from '../domain/schema';
import { toCytoscapeJson } from './elements';
import type { Visibility } from './filter';
import { evidenceOf, type GraphEdge, type GraphModel, type GraphNode } from './model';

export const EXPORT_FORMATS = ['cyjs', 'graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** Distinguishes the files of a multi-file format (csv: nodes, edges). */
  suffix: string;
  /** The usual file extension, without the dot. */
  extension: string;
  mime: string;
  content: string;
}

export function serialise(model: GraphModel, format: ExportFormat, visible?: Visibility): ExportFile[] {
  switch (format) {
    case 'cyjs':
      return [{ suffix: 'cyjs', extension: 'cyjs', mime: 'application/json', content: JSON.stringify(toKavoshCyjs(model, visible), null, 2) }];
    case 'graphml':
      return [{ suffix: 'graphml', extension: 'graphml', mime: 'application/graphml+xml', content: toGraphml(model, visible) }];
    case 'gexf':
      return [{ suffix: 'gexf', extension: 'gexf', mime: 'application/gexf+xml', content: toGexf(model, visible) }];
    case 'csv':
      return [
        { suffix: 'nodes', extension: 'csv', mime: 'text/csv;charset=utf-8', content: toCsv(nodeTable(model, visible)) },
        { suffix: 'edges', extension: 'csv', mime: 'text/csv;charset=utf-8', content: toCsv(edgeTable(model, visible)) },
      ];
    case 'json':
      return [{ suffix: 'bundle', extension: 'json', mime: 'application/json', content: JSON.stringify(toBundle(datasetOfView(model, visible)), null, 2) }];
  }
}

// ── The view as a dataset ────────────────────────────────────────────────────────────────────

/**
 * The facts of a view as a dataset that validates on its own: the visible entities, events and
 * relations, plus every entity they refer to (participants, places, affiliations, relation ends)
 * even where a filter hides it, and the documents their evidence cites.
 */
export function datasetOfView(model: GraphModel, visible?: Visibility): Dataset {
  const { dataset } = model;
  if (!visible) return dataset;
  const events = dataset.events.filter((e) => visible.nodes.has(e.id));
  const relations = dataset.relations.filter((r) => visible.edges.has(r.id));
  const wanted = new Set(dataset.entities.filter((e) => visible.nodes.has(e.id)).map((e) => e.id));
  for (const e of events) {
    for (const p of e.participants) wanted.add(p.entity);
    if (e.place) wanted.add(e.place);
  }
  for (const r of relations) wanted.add(r.source).add(r.target);
  for (const queue = [...wanted]; queue.length > 0; ) {
    const country = model.entityById.get(queue.pop() as string)?.country;
    if (country && !wanted.has(country)) {
      wanted.add(country);
      queue.push(country);
    }
  }
  const entities = dataset.entities.filter((e) => wanted.has(e.id));
  const cited = new Set([...entities, ...events, ...relations].flatMap((f) => f.evidence.map((ev) => ev.doc)));
  const documents = dataset.documents.filter((d) => cited.has(d.id));
  const texts: Record<string, string> = {};
  for (const d of documents) if (dataset.texts[d.id] !== undefined) texts[d.id] = dataset.texts[d.id] as string;
  return { documents, texts, entities, events, relations };
}

// ── Flat columns shared by GraphML, GEXF and CSV ─────────────────────────────────────────────

type ColumnType = 'string' | 'int';
interface Column {
  id: string;
  /** A name token (GraphML's attr.name must be one): Gephi and yEd show it as the column name. */
  title: string;
  type: ColumnType;
}
type Row = Record<string, string | number | undefined>;
interface Table {
  kind: 'nodes' | 'edges';
  columns: Column[];
  rows: Row[];
}

const col = (id: string, title: string, type: ColumnType = 'string'): Column => ({ id, title, type });

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

const present = (v: string | number | undefined): v is string | number => v !== undefined && v !== '';

// ── XML ──────────────────────────────────────────────────────────────────────────────────────

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the
// `u` flag a lone surrogate is one code point outside every range, so it goes too.
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 cannot carry at all (controls, U+FFFE/FFFF, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

/** Text for element content: line breaks kept, CR as a reference so parsers do not fold it. */
export function escapeXmlText(value: string | number): string {
  return xmlSafe(String(value)).replace(/[&<>"'\r]/g, (c) => ESCAPES[c] as string);
}

/** Text for an attribute value: also tabs and line breaks as references, which survive normalisation. */
export function escapeXmlAttr(value: string | number): string {
  return xmlSafe(String(value)).replace(/[&<>"'\r\n\t]/g, (c) => ESCAPES[c] as string);
}

/**
 * A GraphML id (xs:NMTOKEN). Kavosh ids are already names except participation edges
 * (`event~entity~0`): `~` becomes `:`, and any other character outside [A-Za-z0-9_-] becomes
 * `.hex.`, so distinct ids stay distinct.
 */
export function nmtoken(id: string): string {
  const token = [...id]
    .map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : c === '~' ? ':' : `.${(c.codePointAt(0) as number).toString(16)}.`))
    .join('');
  return token === '' ? '.0.' : token;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';

function graphTitle(model: GraphModel): string {
  return model.dataset.documents.map((d) => d.title.en).join('; ');
}

export function toGraphml(model: GraphModel, visible?: Visibility): string {
  const nodes = nodeTable(model, visible);
  const edges = edgeTable(model, visible);
  const keyId = (scope: 'n' | 'e', id: string) => `${scope}_${id}`;
  const graphmlType = (t: ColumnType) => (t === 'int' ? 'int' : 'string');
  const out = [
    XML_HEADER,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...nodes.columns.map((c) => `  <key id="${keyId('n', c.id)}" for="node" attr.name="${escapeXmlAttr(c.title)}" attr.type="${graphmlType(c.type)}"/>`),
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    ...edges.columns.map((c) => `  <key id="${keyId('e', c.id)}" for="edge" attr.name="${escapeXmlAttr(c.title)}" attr.type="${graphmlType(c.type)}"/>`),
    '  <graph id="kavosh" edgedefault="directed">',
    `    <data key="g_name">${escapeXmlText(graphTitle(model))}</data>`,
  ];
  const data = (scope: 'n' | 'e', row: Row, columns: Column[]) =>
    [col('label', 'label'), ...columns]
      .filter((c) => present(row[c.id]))
      .map((c) => `      <data key="${keyId(scope, c.id)}">${escapeXmlText(row[c.id] as string | number)}</data>`);
  for (const row of nodes.rows) out.push(`    <node id="${nmtoken(String(row.id))}">`, ...data('n', row, nodes.columns), '    </node>');
  for (const row of edges.rows)
    out.push(
      `    <edge id="${nmtoken(String(row.id))}" source="${nmtoken(String(row.source))}" target="${nmtoken(String(row.target))}">`,
      ...data('e', row, edges.columns),
      '    </edge>',
    );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/**
 * GEXF 1.3, dynamic: events, their participation edges and dated relations carry `start`/`end`
 * (inclusive days of their date's period), so Gephi's timeline plays them; entities and undated
 * facts have no interval and so exist throughout. No viz data: the 1.3 XSD and RNG disagree on it.
 */
export function toGexf(model: GraphModel, visible?: Visibility): string {
  const nodes = nodeTable(model, visible);
  const edges = edgeTable(model, visible);
  const interval = (row: Row) => (present(row.from) && present(row.to) ? ` start="${row.from}" end="${row.to}"` : '');
  const attributes = (cls: 'node' | 'edge', columns: Column[]) => [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${c.id}" title="${escapeXmlAttr(c.title)}" type="${c.type === 'int' ? 'integer' : 'string'}"/>`),
    '    </attributes>',
  ];
  const attvalues = (row: Row, columns: Column[]) => {
    const values = columns.filter((c) => present(row[c.id]));
    if (values.length === 0) return [];
    return [
      '        <attvalues>',
      ...values.map((c) => `          <attvalue for="${c.id}" value="${escapeXmlAttr(row[c.id] as string | number)}"/>`),
      '        </attvalues>',
    ];
  };
  const label = (row: Row) => escapeXmlAttr(String(row.label ?? '').replace(/\s+/g, ' ').trim());
  const out = [
    XML_HEADER,
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Kavosh</creator>',
    `    <description>${escapeXmlText(graphTitle(model))}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">',
    ...attributes('node', nodes.columns),
    ...attributes('edge', edges.columns),
    `    <nodes count="${nodes.rows.length}">`,
  ];
  for (const row of nodes.rows)
    out.push(`      <node id="${escapeXmlAttr(String(row.id))}" label="${label(row)}"${interval(row)}>`, ...attvalues(row, nodes.columns), '      </node>');
  out.push('    </nodes>', `    <edges count="${edges.rows.length}">`);
  for (const row of edges.rows)
    out.push(
      `      <edge id="${escapeXmlAttr(String(row.id))}" source="${escapeXmlAttr(String(row.source))}" target="${escapeXmlAttr(String(row.target))}" label="${label(row)}"${interval(row)}>`,
      ...attvalues(row, edges.columns),
      '      </edge>',
    );
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

/**
 * One RFC 4180 field. A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: Excel shows it as text, and nothing in this data is a number that needs a sign.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Headers and rows as CSV with CRLF line ends and a UTF-8 byte order mark for Excel. */
export function toCsv(table: Table): string {
  const isEdges = table.kind === 'edges';
  // Gephi's spreadsheet import reads Id/Label and Source/Target/Type (Type: Directed/Undirected).
  const lead = isEdges ? ['Source', 'Target', 'Type', 'Id', 'Label'] : ['Id', 'Label'];
  const header = [...lead, ...table.columns.map((c) => c.title)];
  const lines = [header.map(csvField).join(',')];
  for (const row of table.rows) {
    const first = isEdges ? [row.source, row.target, 'Directed', row.id, row.label] : [row.id, row.label];
    lines.push([...first, ...table.columns.map((c) => row[c.id])].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ── Cytoscape JSON that a later import can read back ─────────────────────────────────────────

/**
 * Cytoscape JSON plus, in each element's data, the columns that make its fact whole again:
 * aliases, affiliation, Wikidata id, date, status, place, participants and roles. Flat primitives and
 * string lists only, so Cytoscape desktop turns them into table columns. Importing it back needs
 * each cited document's document.json and text (the cyjs carries no text; quotes are re-checked).
 */
export function toKavoshCyjs(model: GraphModel, visible?: Visibility) {
  const json = toCytoscapeJson(model, visible);
  for (const node of json.elements.nodes) Object.assign(node.data, factColumns(model, node.data.id));
  for (const edge of json.elements.edges) Object.assign(edge.data, edgeColumns(model, edge.data.id));
  const cited = new Set([...json.elements.nodes, ...json.elements.edges].flatMap((el) => el.data.evidence.map((ev) => ev.doc)));
  const kavoshDocuments = model.dataset.documents.filter((d) => cited.has(d.id)).map((d) => d.id);
  return { ...json, data: { ...json.data, kavoshDocuments } };
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

// ── SVG ──────────────────────────────────────────────────────────────────────────────────────

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
