// Loads and validates one dataset from its raw parts. Pure: the caller reads the files (Node CLI,
// browser import, tests) and this decides. Every problem names the file, the JSON path and what
// was expected, and all problems are reported at once so a curator can fix them in one pass.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { z } from 'zod';
import { parseFacts } from './fastFacts';
import {
  documentSchema,
  type Dataset,
  type DocumentMeta,
  type Evidence,
  type Facts,
} from './schema';

export interface ValidationIssue {
  file: string;
  /** JSON path such as `events[3].evidence[0].quote`, or '' for the whole file. */
  path: string;
  rule: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; dataset: Dataset; issues: [] }
  | { ok: false; issues: ValidationIssue[] };

/** Raw dataset parts: file names are used in messages only. */
export interface RawDataset {
  documentFile: string;
  document: unknown;
  factsFile: string;
  facts: unknown;
  /** The source text, keyed by the document's `textFile`. */
  texts: Record<string, string | undefined>;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file}${issue.path ? ` at ${issue.path}` : ''}: ${issue.message} [${issue.rule}]`;
}

// The last text hashed and its hash: the curation workbench validates the same (long) text on every
// keystroke in a form, and hashing 50,000 characters takes longer than a frame. Comparing the same
// string again is a pointer check; a different text is hashed afresh.
let lastText: string | undefined;
let lastHash = '';

export function sha256Hex(text: string): string {
  if (text !== lastText) {
    lastHash = bytesToHex(sha256(utf8ToBytes(text)));
    lastText = text;
  }
  return lastHash;
}

function zodIssues(file: string, error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path),
    rule: 'schema',
    message: describeZodIssue(issue),
  }));
}

const TYPE_NAMES = new Map([
  ['string', 'a string'],
  ['number', 'a number'],
  ['int', 'a whole number'],
  ['array', 'a list'],
  ['object', 'an object'],
  ['boolean', 'true or false'],
]);

/** zod's own wording ("Too small: expected number to be >=0") in the plain form of the others. */
const isZodDefault = (message: string) => /^(Too small|Too big|Invalid input)\b/.test(message);

function describeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, bound: number | bigint, small: boolean): string {
  const n = String(bound);
  if (issue.origin === 'string') return small ? `expected at least ${n} character(s)` : `expected at most ${n} characters`;
  if (issue.origin === 'array') return small ? `expected at least ${n} item(s)` : `expected at most ${n} items`;
  const what = issue.origin === 'int' || bound === Number.MAX_SAFE_INTEGER ? 'a whole number' : 'a number';
  if (small) return `expected ${what} ${issue.inclusive ? 'of at least' : 'greater than'} ${n}`;
  return `expected ${what} ${issue.inclusive ? 'of at most' : 'less than'} ${n}`;
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unexpected key(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_type':
      // JSON's 1e309 parses as Infinity, which no count or offset can be.
      if (issue.expected === 'number' && /received -?Infinity|received NaN/.test(issue.message)) return 'expected a finite number';
      // A required field left out is the common curator slip: say so rather than "received undefined".
      if (/received undefined$/.test(issue.message)) return `expected ${TYPE_NAMES.get(issue.expected) ?? issue.expected}, but the field is missing`;
      return `expected ${TYPE_NAMES.get(issue.expected) ?? issue.expected}`;
    case 'too_small':
      return isZodDefault(issue.message) ? describeBound(issue, issue.minimum, true) : `expected ${issue.message}`;
    case 'too_big':
      return isZodDefault(issue.message) ? describeBound(issue, issue.maximum, false) : `expected ${issue.message}`;
    default:
      return issue.message.startsWith('expected') ? issue.message : `expected ${issue.message}`;
  }
}

/**
 * Corpus rules: Admiralty grades are well formed (reliability A–F on the document, credibility 1–6
 * on a fact), and a citation chain never comes back to an outlet already in it (outlet included):
 * a cycle would make "independent origins" meaningless.
 */
export function checkCorpusRules(documentFile: string, factsFile: string, doc: DocumentMeta, facts: Facts): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (doc.reliability !== undefined && !/^[A-F]$/.test(doc.reliability))
    issues.push({ file: documentFile, path: 'reliability', rule: 'grade', message: `expected a source reliability A–F (Admiralty scale), got ${JSON.stringify(doc.reliability)}` });
  for (const section of ['entities', 'events', 'relations'] as const)
    facts[section].forEach((fact, i) => {
      const c = fact.credibility;
      if (c !== undefined && !(Number.isInteger(c) && c >= 1 && c <= 6))
        issues.push({ file: factsFile, path: `${section}[${i}].credibility`, rule: 'grade', message: `expected an information credibility 1–6 (Admiralty scale), got ${JSON.stringify(c)}` });
    });
  const key = (name: { en: string }) => name.en.replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
  const seen = new Map<string, string>([[key(doc.outlet), 'outlet']]);
  doc.citationChain.forEach((link, i) => {
    const earlier = seen.get(key(link));
    if (earlier)
      issues.push({ file: documentFile, path: `citationChain[${i}]`, rule: 'citation-cycle', message: `expected a citation chain without cycles, but "${link.en}" is also ${earlier}` });
    else seen.set(key(link), `citationChain[${i}]`);
  });
  return issues;
}

export function validateDataset(raw: RawDataset): ValidationResult {
  const issues: ValidationIssue[] = [];
  const doc = documentSchema.safeParse(raw.document);
  const facts = parseFacts(raw.facts);
  if (!doc.success) issues.push(...zodIssues(raw.documentFile, doc.error));
  if (!facts.success) issues.push(...zodIssues(raw.factsFile, facts.error));
  if (!doc.success || !facts.success) return { ok: false, issues };

  // An own property only: a textFile of `constructor` or `toString` must not find Object's members.
  const text = Object.hasOwn(raw.texts, doc.data.textFile) ? raw.texts[doc.data.textFile] : undefined;
  if (typeof text !== 'string') {
    issues.push({
      file: raw.documentFile,
      path: 'textFile',
      rule: 'text-present',
      message: `expected the source text file "${doc.data.textFile}" beside the document`,
    });
    return { ok: false, issues };
  }
  const actual = sha256Hex(text);
  if (actual !== doc.data.sha256) {
    issues.push({
      file: raw.documentFile,
      path: 'sha256',
      rule: 'sha256',
      message: `expected the text's sha256 to be ${doc.data.sha256}, but ${doc.data.textFile} hashes to ${actual}`,
    });
  }
  issues.push(...checkFacts(raw.factsFile, facts.data, doc.data, text));
  issues.push(...checkCorpusRules(raw.documentFile, raw.factsFile, doc.data, facts.data));
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    issues: [],
    dataset: {
      documents: [doc.data],
      texts: { [doc.data.id]: text },
      entities: facts.data.entities,
      events: facts.data.events,
      relations: facts.data.relations,
    },
  };
}

/** Cross-reference rules: unique ids, references resolve, quotes are exact slices of the text. */
export function checkFacts(file: string, facts: Facts, doc: DocumentMeta, text: string): ValidationIssue[] {
  return checkFactsWith(file, facts, (ev) => quoteHolds(ev, doc, text), (ev, path) => checkQuote(file, path, ev, doc, text));
}

/**
 * Facts whose quotes may cite any of several documents (a bundle's merged facts): the same rules
 * as checkFacts in ONE pass, each quote checked against the document it names (a quote naming no
 * document of `docs` is the caller's to report). Linear in the facts, whatever the number of
 * documents: a corpus of thousands of articles is read in one walk, not one walk per article.
 */
export function checkFactsAcross(file: string, facts: Facts, docs: ReadonlyMap<string, { doc: DocumentMeta; text: string }>): ValidationIssue[] {
  return checkFactsWith(
    file,
    facts,
    (ev) => {
      const source = docs.get(ev.doc);
      return !source || quoteHolds(ev, source.doc, source.text);
    },
    (ev, path) => {
      const source = docs.get(ev.doc);
      return source ? checkQuote(file, path, ev, source.doc, source.text) : [];
    },
  );
}

/**
 * Whether checkQuote would find nothing wrong: the quote names `doc` and is exactly
 * text.slice(start, end). Compared in place (startsWith at `start`), without slicing, and no path
 * string is built for it: at 100k elements that is 137k quotes, nearly all of them fine.
 */
export function quoteHolds(ev: Evidence, doc: DocumentMeta, text: string): boolean {
  return ev.doc === doc.id && ev.start < ev.end && ev.end <= text.length && ev.end - ev.start === ev.quote.length && text.startsWith(ev.quote, ev.start);
}

function checkFactsWith(
  file: string,
  facts: Facts,
  holds: (ev: Evidence) => boolean,
  checkOne: (ev: Evidence, path: string) => ValidationIssue[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Id → the path of the fact that first used it (`entities[3]`; ".id" is added when reported).
  const seen = new Map<string, string>();
  const entityIds = new Set(facts.entities.map((e) => e.id));
  const claim = (id: string, base: string) => {
    const first = seen.get(id);
    if (first !== undefined)
      issues.push({ file, path: `${base}.id`, rule: 'unique-id', message: `expected a unique id, but "${id}" is also used at ${first}.id` });
    else seen.set(id, base);
  };
  // Paths are built only for a problem: most references resolve.
  const resolve = (ref: string | undefined, base: string, field: string, what: string) => {
    if (ref !== undefined && !entityIds.has(ref))
      issues.push({ file, path: `${base}${field}`, rule: 'reference', message: `expected the id of ${what}, but no entity has id "${ref}"` });
  };
  // `participant`: the index of the participant whose quotes these are, if they are one's.
  const checkEvidence = (evidence: Evidence[], base: string, participant?: number) => {
    for (let i = 0; i < evidence.length; i++) {
      const ev = evidence[i] as Evidence;
      if (holds(ev)) continue;
      const owner = participant === undefined ? base : `${base}.participants[${participant}]`;
      issues.push(...checkOne(ev, `${owner}.evidence[${i}]`));
    }
  };

  facts.entities.forEach((entity, i) => {
    const base = `entities[${i}]`;
    claim(entity.id, base);
    resolve(entity.country, base, '.country', 'a country entity');
    if (entity.description !== undefined && !entity.descriptionFa?.trim())
      issues.push({ file, path: `${base}.descriptionFa`, rule: 'persian-form', message: 'expected the Persian form of the description' });
    checkEvidence(entity.evidence, base);
  });
  facts.events.forEach((event, i) => {
    const base = `events[${i}]`;
    claim(event.id, base);
    event.participants.forEach((p, j) => {
      if (!entityIds.has(p.entity)) resolve(p.entity, base, `.participants[${j}].entity`, 'a participant');
      // Each participation edge carries its own quotes, so they must be exact slices too.
      checkEvidence(p.evidence, base, j);
    });
    resolve(event.place, base, '.place', 'a place');
    checkEvidence(event.evidence, base);
    issues.push(...checkShortLabel(file, `${base}.shortLabel`, event.shortLabel));
  });
  facts.relations.forEach((relation, i) => {
    const base = `relations[${i}]`;
    claim(relation.id, base);
    resolve(relation.source, base, '.source', 'the source entity');
    resolve(relation.target, base, '.target', 'the target entity');
    if (relation.label !== undefined && !relation.labelFa?.trim())
      issues.push({ file, path: `${base}.labelFa`, rule: 'persian-form', message: `expected the Persian form of the label "${relation.label}"` });
    checkEvidence(relation.evidence, base);
  });
  return issues;
}

/** The canvas has room for a few words; the full label is for panels. */
const SHORT_LABEL_MAX_WORDS = 4;

function checkShortLabel(file: string, path: string, short: { fa: string; en: string }): ValidationIssue[] {
  return (['en', 'fa'] as const).flatMap((lang) => {
    const words = short[lang].trim().split(/\s+/u).length;
    return words > SHORT_LABEL_MAX_WORDS
      ? [{ file, path: `${path}.${lang}`, rule: 'short-label', message: `expected at most ${SHORT_LABEL_MAX_WORDS} words, got ${words}` }]
      : [];
  });
}

function checkQuote(file: string, path: string, ev: Evidence, doc: DocumentMeta, text: string): ValidationIssue[] {
  if (ev.doc !== doc.id)
    return [{ file, path: `${path}.doc`, rule: 'reference', message: `expected the document id "${doc.id}", got "${ev.doc}"` }];
  if (ev.end <= ev.start || ev.end > text.length)
    return [
      {
        file,
        path: `${path}.end`,
        rule: 'offsets',
        message: `expected 0 <= start < end <= ${text.length} (the text's length), got start ${ev.start}, end ${ev.end}`,
      },
    ];
  const actual = text.slice(ev.start, ev.end);
  if (actual === ev.quote) return [];
  const found = text.indexOf(ev.quote);
  const hint = found >= 0 ? `; the quote occurs at ${found}–${found + ev.quote.length}` : '; the quote does not occur in the text';
  return [
    {
      file,
      path: `${path}.quote`,
      rule: 'quote',
      message: `expected the quote to equal text.slice(${ev.start}, ${ev.end}), which is ${JSON.stringify(actual)}${hint}`,
    },
  ];
}
