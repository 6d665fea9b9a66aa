// The Kavosh bundle: several documents, their texts and the facts drawn from them in one JSON file,
// so a dataset travels as a single download and comes back as a single import.
//
//   { "kavoshBundle": 1,
//     "documents": [ { "document": <document.json>, "text": "<source text>", "facts"?: <facts.json> } ],
//     "facts"?: <facts.json whose evidence may cite any document of the bundle>,
//     "trail"?: <the evidence trail of the path shown at export (src/analysis/trailBundle.ts)> }
//
// A document's own `facts` is exactly a dataset folder (validated by validateDataset, as data:check
// does). The top-level `facts` holds merged facts, where one entity may carry quotes from several
// documents (what the app exports); it passes the same schema and the same checkFacts rules, each
// quote checked against the text of the document it names. Pure; never throws on bad input.
import { internFacts } from './intern';
import { z } from 'zod';
import { describeClash, emptyDataset, idClashes, mergeDatasets, type MergeOptions } from './merge';
import { parseFacts } from './fastFacts';
import { type Dataset, type DocumentMeta, type Evidence, type Facts } from './schema';
import { checkFactsAcross, formatPath, validateDataset, type ValidationIssue, type ValidationResult } from './validate';

export const BUNDLE_VERSION = 1;
/** Imports larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** JSON nested deeper than this is refused before parsing (the deepest real path is about 6). */
export const MAX_JSON_DEPTH = 64;

export interface BundleDocument {
  document: DocumentMeta;
  text: string;
  facts?: Facts;
}

export interface Bundle {
  kavoshBundle: typeof BUNDLE_VERSION;
  documents: BundleDocument[];
  facts: Facts;
  /** The evidence trail of the path shown at export; checked against the facts when read back (trailBundle.ts). */
  trail?: unknown;
}

export function toBundle(dataset: Dataset, trail?: unknown): Bundle {
  return {
    kavoshBundle: BUNDLE_VERSION,
    documents: dataset.documents.map((document) => ({ document, text: dataset.texts[document.id] ?? '' })),
    facts: { entities: dataset.entities, events: dataset.events, relations: dataset.relations },
    ...(trail === undefined ? {} : { trail }),
  };
}

// ── Guarded JSON ─────────────────────────────────────────────────────────────────────────────

/** Bytes the text takes in UTF-8, without allocating the encoding. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether brackets outside strings nest deeper than `limit`: one linear scan, no recursion. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump over the string to its closing quote with indexOf (native, much faster than a char
      // loop over a corpus that is mostly quoted text); a quote after an odd run of backslashes is
      // escaped, so the search goes on after it.
      for (;;) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return false;
        let slashes = 0;
        while (text.charCodeAt(close - 1 - slashes) === 0x5c) slashes += 1;
        i = close;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The size guard alone, for files that are not JSON (texts). */
export function sizeIssue(file: string, bytes: number): ValidationIssue | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return { file, path: '', rule: 'size', message: `expected at most ${mb(MAX_IMPORT_BYTES)}, but the file is ${mb(bytes)}` };
}

export type JsonRead = { ok: true; value: unknown } | { ok: false; issue: ValidationIssue };

/** Parses JSON behind the size and depth guards; `bytes` is the file's size when the caller knows it. */
export function parseJsonFile(file: string, text: string, bytes?: number): JsonRead {
  const tooBig = sizeIssue(file, bytes ?? utf8Length(text));
  if (tooBig) return { ok: false, issue: tooBig };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (nestsDeeperThan(body, MAX_JSON_DEPTH))
    return { ok: false, issue: { file, path: '', rule: 'depth', message: `expected JSON nested at most ${MAX_JSON_DEPTH} levels deep` } };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, issue: { file, path: '', rule: 'json', message: `expected valid JSON: ${(error as Error).message}` } };
  }
}

// ── Issue paths ──────────────────────────────────────────────────────────────────────────────

export function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

// validateDataset names files in its issues; these stand-ins let us move its issues into the bundle.
const DOC = '\u0000document';
const FACTS = '\u0000facts';
const NO_FACTS: Facts = { entities: [], events: [], relations: [] };

function relocate(issues: ValidationIssue[], file: string, prefixes: Record<string, string>): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, file, path: joinPath(prefixes[issue.file] ?? '', issue.path) }));
}

/** A document checked on its own: schema, text present, sha256 (validateDataset with no facts). */
export function validateDocument(
  raw: { documentFile: string; document: unknown; texts: Record<string, string | undefined> },
): { ok: true; doc: DocumentMeta; text: string } | { ok: false; issues: ValidationIssue[] } {
  const result = validateDataset({ documentFile: raw.documentFile, document: raw.document, factsFile: FACTS, facts: NO_FACTS, texts: raw.texts });
  if (!result.ok) return result;
  const doc = result.dataset.documents[0] as DocumentMeta;
  return { ok: true, doc, text: result.dataset.texts[doc.id] ?? '' };
}

// ── Facts across documents ───────────────────────────────────────────────────────────────────

export interface CheckedDocument {
  doc: DocumentMeta;
  text: string;
}

type Section = 'entities' | 'events' | 'relations';
const SECTIONS: Section[] = ['entities', 'events', 'relations'];

/**
 * Validates facts whose evidence may cite any of `docs`, with the rules of validateDataset: the
 * facts schema, unique ids, resolving references, and every quote equal to the slice of the text of
 * the document it names. Issue paths are relative to the facts object.
 */
export function validateSharedFacts(
  file: string,
  raw: unknown,
  docs: CheckedDocument[],
): { ok: true; facts: Facts } | { ok: false; issues: ValidationIssue[] } {
  const [first] = docs;
  if (!first) return { ok: false, issues: [{ file, path: '', rule: 'document-present', message: 'expected at least one valid document for these facts' }] };
  const parsed = parseFacts(raw);
  if (!parsed.success) {
    // validateDataset's schema pass words the problems exactly as data:check does.
    const pass = validateDataset({ documentFile: DOC, document: first.doc, factsFile: file, facts: raw, texts: { [first.doc.textFile]: first.text } });
    return { ok: false, issues: pass.ok ? [] : pass.issues.filter((i) => i.rule === 'schema') };
  }
  const facts = parsed.data;

  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: ValidationIssue) => {
    const key = `${issue.path}\u0000${issue.rule}\u0000${issue.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push(issue);
  };
  const known = new Set(docs.map((d) => d.doc.id));
  // The path is built only for a quote naming no document here (at 100k elements: 137k quotes).
  // `participant`: the index of the event participant whose quotes these are, if they are one's.
  const checkDocs = (evidence: Evidence[], section: Section, i: number, participant?: number) => {
    for (let j = 0; j < evidence.length; j++) {
      const ev = evidence[j] as Evidence;
      if (known.has(ev.doc)) continue;
      add({
        file,
        path: `${section}[${i}]${participant === undefined ? '' : `.participants[${participant}]`}.evidence[${j}].doc`,
        rule: 'reference',
        message: `expected the id of a document in this import (${[...known].join(', ')}), got "${ev.doc}"`,
      });
    }
  };
  for (const section of SECTIONS)
    (facts[section] as Array<{ evidence: Evidence[] }>).forEach((item, i) => checkDocs(item.evidence, section, i));
  facts.events.forEach((event, i) => event.participants.forEach((p, j) => checkDocs(p.evidence, 'events', i, j)));
  for (const issue of checkFactsAcross(file, facts, new Map(docs.map((d) => [d.doc.id, d])))) add(issue);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, facts };
}

// ── Reading a bundle ─────────────────────────────────────────────────────────────────────────

const bundleShape = z.strictObject({
  kavoshBundle: z.literal(BUNDLE_VERSION),
  documents: z
    .array(z.strictObject({ document: z.unknown(), text: z.string(), facts: z.unknown().optional() }))
    .min(1, 'at least one document'),
  facts: z.unknown().optional(),
  // Read by readTrail (src/analysis/trailBundle.ts) against the dataset this returns; not facts.
  trail: z.unknown().optional(),
});

export function isBundle(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'kavoshBundle' in value;
}

/** Validates a parsed bundle file and returns its dataset (documents merged in order). */
export function readBundle(file: string, value: unknown, options: MergeOptions = {}): ValidationResult {
  const version = isBundle(value) ? (value as { kavoshBundle: unknown }).kavoshBundle : undefined;
  if (version !== BUNDLE_VERSION)
    return {
      ok: false,
      issues: [{ file, path: 'kavoshBundle', rule: 'bundle-version', message: `expected "kavoshBundle": ${BUNDLE_VERSION}, got ${JSON.stringify(version) ?? 'nothing'}` }],
    };
  const shape = bundleShape.safeParse(value);
  if (!shape.success)
    return {
      ok: false,
      issues: shape.error.issues.map((issue) => ({
        file,
        path: formatPath(issue.path),
        rule: 'schema',
        message: issue.code === 'unrecognized_keys' ? `unexpected key(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` : `expected ${issue.message}`,
      })),
    };

  const issues: ValidationIssue[] = [];
  const docs: CheckedDocument[] = [];
  const firstSeen = new Map<string, number>();
  let dataset = emptyDataset();
  shape.data.documents.forEach((entry, i) => {
    const base = `documents[${i}]`;
    const textFile = (entry.document as { textFile?: unknown } | null)?.textFile;
    const result = validateDataset({
      documentFile: DOC,
      document: entry.document,
      factsFile: FACTS,
      facts: entry.facts ?? NO_FACTS,
      texts: typeof textFile === 'string' ? { [textFile]: entry.text } : {},
    });
    if (!result.ok) {
      issues.push(...relocate(result.issues, file, { [DOC]: `${base}.document`, [FACTS]: `${base}.facts` }));
      return;
    }
    const doc = result.dataset.documents[0] as DocumentMeta;
    const earlier = firstSeen.get(doc.id);
    if (earlier !== undefined) {
      issues.push({ file, path: `${base}.document.id`, rule: 'unique-id', message: `expected a unique document id, but "${doc.id}" is also documents[${earlier}]` });
      return;
    }
    firstSeen.set(doc.id, i);
    docs.push({ doc, text: entry.text });
    if (entry.facts === undefined) {
      // A document whose facts are in the bundle's merged `facts` (what Export writes): nothing to
      // merge yet. Appended in place (the dataset is this reader's own), so a bundle of thousands
      // of documents costs one step each, not a copy of all those before it.
      dataset.documents.push(doc);
      dataset.texts[doc.id] = entry.text;
      return;
    }
    const clashes = idClashes(dataset, result.dataset);
    for (const clash of clashes) issues.push({ file, path: `${base}`, rule: 'unique-id', message: describeClash(clash, 'in an earlier document') });
    if (clashes.length > 0) return;
    const merged = mergeDatasets(dataset, result.dataset, options);
    for (const id of merged.conflicts)
      issues.push({ file, path: `${base}.facts`, rule: 'unique-id', message: `expected fact ids unique across the bundle, but "${id}" is also in an earlier document` });
    dataset = merged.dataset;
  });
  if (shape.data.facts !== undefined && docs.length > 0) {
    const shared = validateSharedFacts(FACTS, shape.data.facts, docs);
    if (!shared.ok) issues.push(...relocate(shared.issues, file, { [FACTS]: 'facts' }));
    else {
      const clashes = idClashes(dataset, { ...emptyDataset(), ...shared.facts });
      for (const clash of clashes) issues.push({ file, path: 'facts', rule: 'unique-id', message: describeClash(clash, "in a document's facts") });
      const merged = mergeDatasets(dataset, { ...emptyDataset(), ...shared.facts }, options);
      for (const id of merged.conflicts)
        issues.push({ file, path: 'facts', rule: 'unique-id', message: `expected fact ids unique across the bundle, but "${id}" is also in a document's facts` });
      dataset = merged.dataset;
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  // Quotes, roles and date words repeat across facts and documents: one copy each (intern.ts).
  internFacts(dataset);
  return { ok: true, issues: [], dataset };
}
