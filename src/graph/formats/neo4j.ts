// Neo4j bulk-import CSV (`neo4j-admin database import full --nodes=nodes.csv
// --relationships=relationships.csv`): headers use the documented `name:type` fields, with
// `:ID` (node id), `:LABEL` (labels, `;`-separated), `:START_ID`, `:END_ID` and `:TYPE`; arrays are
// `type[]` with `;` between items (the tool's default array delimiter). Fields are quoted RFC 4180
// style and never contain a line break (the import's default is single-line fields).
//
//   nodes          entities (:Entity + their kind), events (:Event + kind), documents (:Document)
//   relationships  PARTICIPATES_IN (entity → event, with the role), one per relation kind
//                  (MEMBER_OF, LEADS…), and REPORTED_IN (entity or event → each document quoting it)
import { corroborationOf } from '../../domain/corroboration';
import { factGrades, NO_GRADES, type Grades } from '../../domain/grades';
import type { Dataset, FuzzyDate } from '../../domain/schema';

export const ARRAY_DELIMITER = ';';

type Cell = string | number | boolean | string[] | undefined;

function field(value: Cell): string {
  if (value === undefined) return '';
  const text = Array.isArray(value) ? value.map((v) => v.replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER) : String(value);
  const flat = text.replace(/[\r\n]+/g, ' ');
  return /[",\s]/.test(flat) || flat === '' ? `"${flat.replaceAll('"', '""')}"` : flat;
}

function csv(header: string[], rows: Cell[][]): string {
  return [header.join(','), ...rows.map((row) => row.map(field).join(','))].join('\n') + '\n';
}

const label = (kind: string) => kind.replace(/(^|_)([a-z])/g, (_m, _u: string, c: string) => c.toUpperCase());
const relType = (kind: string) => kind.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

function dateFields(date: FuzzyDate | undefined): [string | undefined, string | undefined, string | undefined] {
  if (!date) return [undefined, undefined, undefined];
  if (date.precision === 'range') return [date.start, date.end, date.precision];
  return [date.value, date.value, date.precision];
}

export const NODE_HEADER = [
  'id:ID',
  ':LABEL',
  'kind',
  'nameEn',
  'nameFa',
  'aliases:string[]',
  'wikidata',
  'country',
  'dateStart',
  'dateEnd',
  'datePrecision',
  'documents:string[]',
  'independentOrigins:int',
  'firstReported',
  'grade',
];

export const RELATIONSHIP_HEADER = [':START_ID', ':END_ID', ':TYPE', 'id', 'role', 'quotes:string[]', 'translations:string[]', 'documents:string[]', 'independentOrigins:int', 'grade'];

export function toNeo4jCsv(dataset: Dataset, grades: Grades = NO_GRADES): { nodes: string; relationships: string } {
  const graded = factGrades(dataset, grades);
  const support = (evidence: Dataset['events'][number]['evidence']) => corroborationOf(evidence, dataset.documents);
  const nodes: Cell[][] = [];
  const rels: Cell[][] = [];
  const reported = (id: string, evidence: Dataset['events'][number]['evidence']) => {
    for (const s of support(evidence).supports)
      rels.push([id, `doc:${s.doc.id}`, 'REPORTED_IN', undefined, undefined, s.quotes.map((q) => q.quote), s.quotes.map((q) => q.translation), [s.doc.id], undefined, graded.get(id)]);
  };

  for (const doc of dataset.documents) {
    const [start, end, precision] = dateFields(doc.published);
    nodes.push([`doc:${doc.id}`, 'Document', 'document', doc.title.en, doc.title.fa, [doc.outlet.en, ...doc.citationChain.map((c) => c.en)], undefined, undefined, start, end, precision, [doc.id], undefined, undefined, undefined]);
  }
  for (const e of dataset.entities) {
    const c = support(e.evidence);
    nodes.push([e.id, ['Entity', label(e.kind)].join(ARRAY_DELIMITER), e.kind, e.name.en, e.name.fa, e.aliases, e.wikidata, e.country, undefined, undefined, undefined, c.supports.map((s) => s.doc.id), c.origins.length, c.firstReported ?? undefined, graded.get(e.id)]);
    reported(e.id, e.evidence);
  }
  for (const ev of dataset.events) {
    const c = support(ev.evidence);
    const [start, end, precision] = dateFields(ev.date);
    nodes.push([ev.id, ['Event', label(ev.kind)].join(ARRAY_DELIMITER), ev.kind, ev.label.en, ev.label.fa, [], undefined, undefined, start, end, precision, c.supports.map((s) => s.doc.id), c.origins.length, c.firstReported ?? undefined, graded.get(ev.id)]);
    for (const p of ev.participants) rels.push([p.entity, ev.id, 'PARTICIPATES_IN', `${ev.id}~${p.entity}`, p.role, undefined, undefined, undefined, undefined, undefined]);
    reported(ev.id, ev.evidence);
  }
  for (const r of dataset.relations) {
    const c = support(r.evidence);
    rels.push([r.source, r.target, relType(r.kind), r.id, r.label, r.evidence.map((q) => q.quote), r.evidence.map((q) => q.translation), c.supports.map((s) => s.doc.id), c.origins.length, graded.get(r.id)]);
  }
  return { nodes: csv(NODE_HEADER, nodes), relationships: csv(RELATIONSHIP_HEADER, rels) };
}
