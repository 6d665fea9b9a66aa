// A curation draft: one document being written in the workbench (its metadata as typed, its text
// exactly as pasted, and the facts drawn from it), and what it becomes: a dataset folder that
// data:check accepts, and the part of it that is valid enough to enter the workspace. Pure: no
// storage, no React. Validation is data:check's own (validateDataset), so the workbench shows the
// same problems, at the same JSON paths, that the command line would.
import { toDatasetFolder } from '../curation/datasetFolder';
import type { Draft as CurationDraft } from '../curation/draft';
import { mergeDatasets } from '../domain/merge';
import type { Dataset, DocumentMeta, Evidence, Facts, FuzzyDate, Names } from '../domain/schema';
import { sha256Hex, validateDataset, type ValidationIssue } from '../domain/validate';
import { withoutDocuments, type Workspace } from './visible';

export const TEXT_FILE = 'source.txt';

export interface DraftMeta {
  id: string;
  title: Names;
  language: string;
  outlet: Names;
  citationChain: Names[];
  published: FuzzyDate;
  /** Where the text was read. Kept in the draft; the dataset schema has no place for it yet. */
  url: string;
}

export interface Draft {
  meta: DraftMeta;
  /** The text exactly as given: never normalised (ZWNJ, bidi marks and line ends kept). */
  text: string;
  facts: Facts;
  /** Suggestions the curator dismissed, by key (see suggest.ts). */
  dismissed: string[];
}

export function emptyDraft(): Draft {
  return {
    meta: {
      id: '',
      title: { fa: '', en: '' },
      language: 'fa',
      outlet: { fa: '', en: '' },
      citationChain: [],
      published: { precision: 'day', value: '', certainty: 'stated' },
      url: '',
    },
    text: '',
    facts: { entities: [], events: [], relations: [] },
    dismissed: [],
  };
}

/** The fuzzy date without the empty strings a form leaves behind (so `value: ''` is "absent"). */
export function cleanDate(date: FuzzyDate): FuzzyDate {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(date)) if (value !== '' && value !== undefined) out[key] = value;
  return out as FuzzyDate;
}

export function documentJson(draft: Draft): DocumentMeta {
  const { meta } = draft;
  return {
    id: meta.id,
    title: meta.title,
    language: meta.language,
    outlet: meta.outlet,
    citationChain: meta.citationChain,
    published: cleanDate(meta.published),
    textFile: TEXT_FILE,
    sha256: sha256Hex(draft.text),
    uncoveredSentences: [],
  };
}

export function factsJson(draft: Draft): Facts {
  return draft.facts;
}

/** The draft in src/curation's shape (its exporter and validator read that). */
export function asCurationDraft(draft: Draft): CurationDraft {
  const decisions: Record<string, 'dismissed'> = {};
  for (const key of draft.dismissed) decisions[key] = 'dismissed';
  return { document: documentJson(draft), text: draft.text, facts: factsJson(draft), decisions };
}

/** The three files of the dataset folder, as they are written (keys in the curated datasets' order). */
export function datasetFiles(draft: Draft): Record<string, string> {
  return toDatasetFolder(asCurationDraft(draft));
}

/** Every problem data:check would report on the exported folder. */
export function draftIssues(draft: Draft): ValidationIssue[] {
  const result = validateDataset({ documentFile: 'document.json', document: documentJson(draft), factsFile: 'facts.json', facts: factsJson(draft), texts: { [TEXT_FILE]: draft.text } });
  return result.ok ? [] : result.issues;
}

/** Issues grouped by their JSON path, for showing each beside its field. */
export function issuesByPath(issues: ValidationIssue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const key = `${issue.file === 'document.json' ? 'document' : 'facts'}:${issue.path}`;
    map.set(key, [...(map.get(key) ?? []), issue.message]);
  }
  return map;
}

type Section = 'entities' | 'events' | 'relations';
const FACT_AT = /^(entities|events|relations)\[(\d+)\]/;

/**
 * The valid part of a draft as a dataset, or null while its document itself is not valid. A fact
 * with a problem is left out (and so are facts that need it), never let in half-checked: the
 * workspace only ever holds what data:check accepts.
 */
export function validPart(draft: Draft): Dataset | null {
  let facts = draft.facts;
  // Each pass drops the facts with problems; dropping one can break a fact that refers to it, so repeat.
  for (let pass = 0; pass < 20; pass++) {
    const result = validateDataset({ documentFile: 'document.json', document: documentJson(draft), factsFile: 'facts.json', facts, texts: { [TEXT_FILE]: draft.text } });
    if (result.ok) return result.dataset;
    if (result.issues.some((i) => i.file === 'document.json' || !FACT_AT.test(i.path))) return null;
    const bad: Record<Section, Set<number>> = { entities: new Set(), events: new Set(), relations: new Set() };
    for (const issue of result.issues) {
      const m = FACT_AT.exec(issue.path);
      if (m) bad[m[1] as Section].add(Number(m[2]));
    }
    facts = {
      entities: facts.entities.filter((_, i) => !bad.entities.has(i)),
      events: facts.events.filter((_, i) => !bad.events.has(i)),
      relations: facts.relations.filter((_, i) => !bad.relations.has(i)),
    };
  }
  return null;
}

/**
 * The workspace with the draft's valid part in it: the draft's earlier contribution taken out
 * (its document and the quotes from it), then the new one merged in like an import.
 */
export function withDraft(workspace: Workspace, draftId: string | null, part: Dataset | null): Workspace {
  const base = draftId && workspace.dataset.documents.some((d) => d.id === draftId) ? withoutDocuments(workspace.dataset, [draftId]) : workspace.dataset;
  if (!part) return { ...workspace, dataset: base };
  return { ...workspace, dataset: mergeDatasets(base, part).dataset };
}

/** An id from an English name: lowercase letters, digits and "-". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A fresh id not yet used by any fact of the draft or the workspace. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const root = slug(base) || 'fact';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

/** Every evidence of the facts moved from one document id to another (the curator renamed it). */
export function renameDoc(facts: Facts, from: string, to: string): Facts {
  if (from === to) return facts;
  const move = <T extends { evidence: Evidence[] }>(f: T): T => ({ ...f, evidence: f.evidence.map((ev) => (ev.doc === from ? { ...ev, doc: to } : ev)) });
  return {
    entities: facts.entities.map(move),
    events: facts.events.map((e) => ({ ...move(e), participants: e.participants.map(move) })),
    relations: facts.relations.map(move),
  };
}

/**
 * The problems of facts checked against the draft's text, whatever state the document's own
 * fields are in (a stand-in document with valid metadata and the draft's id and text).
 */
export function factIssues(draft: Draft, facts: Facts): ValidationIssue[] {
  const standIn: DocumentMeta = {
    ...documentJson(draft),
    title: { fa: '-', en: '-' },
    language: 'fa',
    outlet: { fa: '-', en: '-' },
    citationChain: [],
    published: { precision: 'unknown', certainty: 'unknown' },
  };
  const result = validateDataset({ documentFile: 'document.json', document: standIn, factsFile: 'facts.json', facts, texts: { [TEXT_FILE]: draft.text } });
  return result.ok ? [] : result.issues.filter((i) => i.file === 'facts.json');
}

/** Messages for one fact's field: `at('entities', 3)('name.en')`. */
export function messagesAt(issues: ValidationIssue[], section: 'entities' | 'events' | 'relations', index: number) {
  const base = `${section}[${index}]`;
  return (sub: string) => issues.filter((i) => i.path === (sub ? (sub.startsWith('[') ? `${base}${sub}` : `${base}.${sub}`) : base)).map((i) => i.message);
}

/** Whether any problem is about the fact at `section[index]` (not `section[index]0`). */
export function hasIssuesAt(issues: ValidationIssue[], section: 'entities' | 'events' | 'relations', index: number): boolean {
  const base = `${section}[${index}]`;
  return issues.some((i) => i.path === base || i.path.startsWith(`${base}.`) || i.path.startsWith(`${base}[`));
}
