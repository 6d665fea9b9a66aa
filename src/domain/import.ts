// Importing files into the current dataset. Pure: the caller reads the files (file picker, drop,
// tests) and this decides. Three ways in, each validated with the rules of `npm run data:check`:
//   - a Kavosh bundle (.json with "kavoshBundle"), one or more;
//   - one dataset folder's files: document.json + facts.json + the text file document.json names;
//   - a Kavosh .cyjs export plus the document.json and text of each document it cites. The cyjs
//     carries every fact (dates, roles, evidence with offsets) but no text, so quotes are checked
//     again against the texts given alongside; a cyjs from another tool is refused.
// On success the incoming dataset is merged (mergeDatasets: shared ids and Wikidata ids become one
// entity); on failure nothing is returned but the issues, so the caller's dataset stays as it was.
import { isBundle, joinPath, parseJsonFile, readBundle, sizeIssue, utf8Length, validateDocument, validateSharedFacts, type CheckedDocument } from './bundle';
import type { EntityMerge } from './entityMerges';
import { describeClash, emptyDataset, idClashes, mergeDatasets } from './merge';
import type { Dispute } from './disputes';
import type { Dataset, DocumentMeta } from './schema';
import { sha256Hex, validateDataset, type ValidationIssue, type ValidationResult } from './validate';

export interface ImportFile {
  name: string;
  text: string;
  /** The file's size in bytes when known (File.size); otherwise measured from the text. */
  size?: number;
}

export interface ImportSummary {
  documents: DocumentMeta[];
  newEntities: number;
  mergedEntities: number;
  newEvents: number;
  newRelations: number;
  /** Incoming event/relation ids already present, kept once (as they were). */
  conflicts: string[];
  /** Contradictions with facts already held, both claims kept (see disputes.ts). */
  disputes: Dispute[];
  /** Entities matched by Wikidata id: kept apart, merged by these records (undoable; entityMerges.ts). */
  merges: EntityMerge[];
}

export type ImportOutcome = { ok: true; dataset: Dataset; summary: ImportSummary } | { ok: false; issues: ValidationIssue[] };

export { MAX_IMPORT_BYTES } from './bundle';

type JsonKind = 'bundle' | 'cyjs' | 'facts' | 'document';
interface JsonFile {
  kind: JsonKind;
  name: string;
  value: unknown;
}

const fail = (...issues: ValidationIssue[]): { ok: false; issues: ValidationIssue[] } => ({ ok: false, issues });

function kindOf(value: unknown): JsonKind | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  if (isBundle(value)) return 'bundle';
  if ('elements' in value) return 'cyjs';
  if ('entities' in value || 'events' in value || 'relations' in value) return 'facts';
  if ('textFile' in value || 'sha256' in value) return 'document';
  return null;
}

const isJsonName = (name: string) => /\.(json|cyjs)$/i.test(name);

/** Validates the files as one incoming dataset, without looking at the current one. */
export function readImport(files: ImportFile[]): ValidationResult {
  try {
    return readFiles(files);
  } catch (error) {
    // A bug must not take the app down or half-apply an import: report it like any other problem.
    return fail({ file: files.map((f) => f.name).join(', '), path: '', rule: 'internal', message: `expected to read these files, but the importer failed: ${(error as Error).message}` });
  }
}

function readFiles(files: ImportFile[]): ValidationResult {
  if (files.length === 0) return fail({ file: '', path: '', rule: 'files', message: 'expected at least one file' });
  const issues: ValidationIssue[] = [];
  const json: JsonFile[] = [];
  const texts: ImportFile[] = [];
  for (const file of files) {
    if (!isJsonName(file.name)) {
      const tooBig = sizeIssue(file.name, file.size ?? utf8Length(file.text));
      if (tooBig) issues.push(tooBig);
      else texts.push(file);
      continue;
    }
    const read = parseJsonFile(file.name, file.text, file.size);
    if (!read.ok) {
      issues.push(read.issue);
      continue;
    }
    const kind = kindOf(read.value);
    if (kind) json.push({ kind, name: file.name, value: read.value });
    else
      issues.push({
        file: file.name,
        path: '',
        rule: 'file-kind',
        message: 'expected a Kavosh bundle ("kavoshBundle"), a document.json, a facts.json or a .cyjs exported by Kavosh',
      });
  }
  if (issues.length > 0) return fail(...issues);

  const of = (kind: JsonKind) => json.filter((f) => f.kind === kind);
  const [bundles, factsFiles, documents, cyjsFiles] = [of('bundle'), of('facts'), of('document'), of('cyjs')];
  const textsFor = (document: unknown) => pickText(document, texts);
  if (bundles.length + factsFiles.length + cyjsFiles.length === 0)
    return fail({
      file: files.map((f) => f.name).join(', '),
      path: '',
      rule: 'files',
      message: 'expected a dataset: a Kavosh bundle (.json), or document.json + facts.json + its text, or a Kavosh .cyjs with the document.json and text of each document',
    });
  if (factsFiles.length > 1 || cyjsFiles.length > 1 || (factsFiles.length > 0 && cyjsFiles.length > 0))
    return fail({
      file: [...factsFiles, ...cyjsFiles].map((f) => f.name).join(', '),
      path: '',
      rule: 'files',
      message: 'expected one dataset at a time (one facts.json or one .cyjs); a bundle holds several documents',
    });
  const [facts] = factsFiles;
  const [cyjs] = cyjsFiles;
  if (facts && documents.length !== 1)
    return fail({ file: facts.name, path: '', rule: 'files', message: `expected exactly one document.json beside ${facts.name}, got ${documents.length}` });

  const parts: Dataset[] = [];
  for (const bundle of bundles) {
    const result = readBundle(bundle.name, bundle.value);
    if (result.ok) parts.push(result.dataset);
    else issues.push(...result.issues);
  }
  if (facts) {
    const [doc] = documents as [JsonFile];
    const result = validateDataset({ documentFile: doc.name, document: doc.value, factsFile: facts.name, facts: facts.value, texts: textsFor(doc.value) });
    if (result.ok) parts.push(result.dataset);
    else issues.push(...result.issues);
  }
  if (cyjs) {
    const result = readCyjs(cyjs, documents, textsFor);
    if (result.ok) parts.push(result.dataset);
    else issues.push(...result.issues);
  }
  if (issues.length > 0) return fail(...issues);
  let dataset = emptyDataset();
  for (const part of parts) {
    for (const clash of idClashes(dataset, part))
      issues.push({ file: files.map((f) => f.name).join(', '), path: '', rule: 'unique-id', message: describeClash(clash, 'in another file of this import') });
    dataset = mergeDatasets(dataset, part).dataset;
  }
  if (issues.length > 0) return fail(...issues);
  return { ok: true, issues: [], dataset };
}

/** The text that a document.json names; of several files with that name, the one its sha256 fits. */
function pickText(document: unknown, texts: ImportFile[]): Record<string, string> {
  const meta = (typeof document === 'object' && document !== null ? document : {}) as { textFile?: unknown; sha256?: unknown };
  if (typeof meta.textFile !== 'string') return {};
  const named = texts.filter((t) => t.name === meta.textFile);
  const chosen = named.length > 1 ? (named.find((t) => sha256Hex(t.text) === meta.sha256) ?? named[0]) : named[0];
  return chosen ? { [meta.textFile]: chosen.text } : {};
}

// ── Cytoscape JSON written by Kavosh ─────────────────────────────────────────────────────────

type Data = Record<string, unknown>;

function dataOf(element: unknown): Data | null {
  const data = typeof element === 'object' && element !== null ? (element as { data?: unknown }).data : undefined;
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Data) : null;
}

/** Drops undefined keys, so a rebuilt fact looks exactly like a parsed one. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function dateFrom(d: Data) {
  return compact({
    stated: d.dateStated,
    precision: d.datePrecision,
    value: d.dateValue,
    start: d.dateStart,
    end: d.dateEnd,
    certainty: d.dateCertainty,
    basis: d.dateBasis,
  });
}

/** A JSON-encoded cell (the participants' evidence); what does not parse is left for the schema to refuse. */
function parseJsonCell(cell: unknown): unknown {
  if (typeof cell !== 'string') return cell;
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}

const inferredFrom = (d: Data) => (d.inferredBasis === undefined ? undefined : { basis: d.inferredBasis });

/** Facts rebuilt from the element data of a Kavosh cyjs, with where each came from in the file. */
export function factsFromCyjs(elements: unknown): { facts: { entities: Data[]; events: Data[]; relations: Data[] }; origin: Map<string, string>; issues: ValidationIssue[] } {
  const list = (key: 'nodes' | 'edges') => {
    const value = typeof elements === 'object' && elements !== null ? (elements as Record<string, unknown>)[key] : undefined;
    return Array.isArray(value) ? value : [];
  };
  const facts = { entities: [] as Data[], events: [] as Data[], relations: [] as Data[] };
  const origin = new Map<string, string>();
  const issues: ValidationIssue[] = [];
  list('nodes').forEach((node, k) => {
    const d = dataOf(node);
    const where = `elements.nodes[${k}].data`;
    if (d?.type === 'entity') {
      origin.set(`entities[${facts.entities.length}]`, where);
      facts.entities.push(
        compact({
          id: d.id,
          kind: d.kind,
          name: { fa: d.nameFa, en: d.nameEn },
          aliases: d.aliases,
          country: d.affiliation,
          wikidata: d.wikidata,
          description: d.description,
          descriptionFa: d.descriptionFa,
          inferred: inferredFrom(d),
          credibility: d.credibility,
          evidence: d.evidence,
        }),
      );
    } else if (d?.type === 'event') {
      const ids = Array.isArray(d.participantIds) ? (d.participantIds as unknown[]) : [];
      const roles = Array.isArray(d.participantRoles) ? (d.participantRoles as unknown[]) : [];
      const rolesFa = Array.isArray(d.participantRolesFa) ? (d.participantRolesFa as unknown[]) : [];
      const quotes = (Array.isArray(d.participantEvidence) ? (d.participantEvidence as unknown[]) : []).map(parseJsonCell);
      origin.set(`events[${facts.events.length}]`, where);
      facts.events.push(
        compact({
          id: d.id,
          kind: d.kind,
          label: { fa: d.nameFa, en: d.nameEn },
          shortLabel: { fa: d.shortLabelFa, en: d.shortLabelEn },
          participants: ids.map((entity, i) => ({ entity, role: roles[i], roleFa: rolesFa[i], evidence: quotes[i] })),
          place: d.place,
          date: dateFrom(d),
          status: d.status,
          inferred: inferredFrom(d),
          credibility: d.credibility,
          evidence: d.evidence,
        }),
      );
    } else issues.push({ file: '', path: joinPath(where, 'type'), rule: 'schema', message: 'expected "entity" or "event"' });
  });
  list('edges').forEach((edge, k) => {
    const d = dataOf(edge);
    if (d?.type !== 'relation') return; // participation edges are derived from their event
    origin.set(`relations[${facts.relations.length}]`, `elements.edges[${k}].data`);
    facts.relations.push(
      compact({
        id: d.id,
        kind: d.kind,
        source: d.source,
        target: d.target,
        label: d.relationLabel,
        labelFa: d.relationLabelFa,
        date: d.datePrecision === undefined ? undefined : dateFrom(d),
        inferred: inferredFrom(d),
        credibility: d.credibility,
        evidence: d.evidence,
      }),
    );
  });
  return { facts, origin, issues };
}

function readCyjs(file: JsonFile, documents: JsonFile[], textsFor: (document: unknown) => Record<string, string>): ValidationResult {
  const value = file.value as { generated_by?: unknown; data?: { kavoshDocuments?: unknown; kavoshReliability?: unknown }; elements?: unknown };
  if (value.generated_by !== 'kavosh')
    return fail({
      file: file.name,
      path: 'generated_by',
      rule: 'cyjs',
      message: 'expected a Cytoscape JSON file exported by Kavosh (generated_by "kavosh"): other files lack the dates and evidence a dataset needs',
    });
  const issues: ValidationIssue[] = [];
  const docs: CheckedDocument[] = [];
  // A document's reliability as the export graded it, where its document.json has none of its own.
  const graded = value.data?.kavoshReliability;
  const reliability = (id: unknown): unknown => (typeof graded === 'object' && graded !== null && typeof id === 'string' && Object.hasOwn(graded, id) ? (graded as Record<string, unknown>)[id] : undefined);
  for (const doc of documents) {
    const meta = doc.value as { id?: unknown; reliability?: unknown } | null;
    const withGrade = meta && typeof meta === 'object' && meta.reliability === undefined && reliability(meta.id) !== undefined ? { ...meta, reliability: reliability(meta.id) } : doc.value;
    const checked = validateDocument({ documentFile: doc.name, document: withGrade, texts: textsFor(doc.value) });
    if (checked.ok) docs.push({ doc: checked.doc, text: checked.text });
    else issues.push(...checked.issues);
  }
  const cited = Array.isArray(value.data?.kavoshDocuments) ? value.data.kavoshDocuments.filter((d): d is string => typeof d === 'string') : [];
  const given = new Set(docs.map((d) => d.doc.id));
  if (issues.length === 0)
    for (const id of cited.filter((c) => !given.has(c)))
      issues.push({
        file: file.name,
        path: 'data.kavoshDocuments',
        rule: 'document-present',
        message: `expected the document.json and source text of "${id}" alongside (a .cyjs carries no text, so every quote is checked again)`,
      });
  if (issues.length > 0) return fail(...issues);

  const rebuilt = factsFromCyjs(value.elements);
  if (rebuilt.issues.length > 0) return fail(...rebuilt.issues.map((i) => ({ ...i, file: file.name })));
  const shared = validateSharedFacts(file.name, rebuilt.facts, docs);
  if (!shared.ok)
    return fail(
      ...shared.issues.map((issue) => {
        const match = /^((?:entities|events|relations)\[\d+\])(.*)$/.exec(issue.path);
        const where = match ? rebuilt.origin.get(match[1] as string) : undefined;
        return where && match ? { ...issue, path: `${where}${match[2] ?? ''}` } : issue;
      }),
    );
  const documentsOnly: Dataset = {
    ...emptyDataset(),
    documents: docs.map((d) => d.doc),
    texts: Object.fromEntries(docs.map((d) => [d.doc.id, d.text])),
  };
  return { ok: true, issues: [], dataset: mergeDatasets(documentsOnly, { ...emptyDataset(), ...shared.facts }).dataset };
}

// ── Into the current dataset ─────────────────────────────────────────────────────────────────

/**
 * Validates the files and merges them into `current`. A document already loaded with the same
 * text is fine (its facts are kept once); one with the same id but another text is refused.
 */
export function importInto(current: Dataset | null, files: ImportFile[]): ImportOutcome {
  const read = readImport(files);
  if (!read.ok) return read;
  const base = current ?? emptyDataset();
  const incoming = read.dataset;
  const loaded = new Map(base.documents.map((d) => [d.id, d]));
  const clashes = incoming.documents.filter((d) => {
    const known = loaded.get(d.id);
    return known !== undefined && known.sha256 !== d.sha256;
  });
  if (clashes.length > 0)
    return fail(
      ...clashes.map((d) => ({
        file: files.map((f) => f.name).join(', '),
        path: `document "${d.id}"`,
        rule: 'unique-id',
        message: `expected a new document id or the same text, but "${d.id}" is already loaded with another text (sha256 ${loaded.get(d.id)?.sha256.slice(0, 12)}…)`,
      })),
    );
  const idClashed = idClashes(base, incoming);
  if (idClashed.length > 0)
    return fail(
      ...idClashed.map((clash) => ({
        file: files.map((f) => f.name).join(', '),
        path: `${clash.incoming.kind} "${clash.id}"`,
        rule: 'unique-id',
        message: describeClash(clash, 'already loaded'),
      })),
    );
  const merge = mergeDatasets(base, incoming, { wikidata: 'record' });
  // An entity kept apart but merged by a record counts as merged, as the reader sees it.
  const newEntities = merge.dataset.entities.length - base.entities.length - merge.merges.length;
  return {
    ok: true,
    dataset: merge.dataset,
    summary: {
      documents: incoming.documents,
      newEntities,
      mergedEntities: incoming.entities.length - newEntities,
      newEvents: merge.dataset.events.length - base.events.length,
      newRelations: merge.dataset.relations.length - base.relations.length,
      conflicts: merge.conflicts,
      disputes: merge.disputes,
      merges: merge.merges,
    },
  };
}
