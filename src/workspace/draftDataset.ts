// A curation draft (src/curation's Draft: the document as typed, its text exactly as pasted, the
// facts drawn from it and the suggestion decisions) and what it becomes in the workspace: the part
// of it that is valid enough to enter. Pure: no storage, no React. Validation is data:check's own
// (validateDataset), so the workbench shows the same problems, at the same JSON paths, that the
// command line would.
import { createDraft, type Draft } from '../curation/draft';
import { mergeDatasets } from '../domain/merge';
import type { Dataset, DocumentMeta, Facts, FuzzyDate } from '../domain/schema';
import { validateDataset, type ValidationIssue } from '../domain/validate';
import { withoutDocuments, type Workspace } from './visible';

export const TEXT_FILE = 'source.txt';

/** A new, empty draft: the document's fields blank for the form to fill (data:check lists what is missing). */
export function emptyDraft(): Draft {
  return createDraft(
      {
        id: '',
        title: { fa: '', en: '' },
        language: 'fa',
        outlet: { fa: '', en: '' },
        citationChain: [],
        published: { precision: 'day', certainty: 'stated' },
        textFile: TEXT_FILE,
      },
      '',
    );
}

/** The fuzzy date without the empty strings a form leaves behind (so `value: ''` is "absent"). */
export function cleanDate(date: FuzzyDate): FuzzyDate {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(date)) if (value !== '' && value !== undefined) out[key] = value;
  return out as FuzzyDate;
}

/** The draft shape the workbench stored before it shared src/curation's (kept readable: see migrateDraft). */
interface LegacyDraft {
  meta: { id: string; title: DocumentMeta['title']; language: string; outlet: DocumentMeta['outlet']; citationChain: DocumentMeta['citationChain']; published: FuzzyDate; url?: string };
  text: string;
  facts: Facts;
  dismissed?: string[];
}

/**
 * A stored draft in today's shape, whichever shape it was saved in (the old `meta` and `dismissed`
 * become `document` and `decisions`; a url kept beside the document, before the document schema
 * had one, moves into it).
 */
export function migrateDraft(stored: Draft | LegacyDraft | (Draft & { url?: string })): Draft {
  if (!('meta' in stored)) {
    if (!('url' in stored)) return stored;
    const { url, ...draft } = stored;
    return url && draft.document.url === undefined ? { ...draft, document: { ...draft.document, url } } : draft;
  }
  const { meta, text, facts } = stored;
  const base = createDraft(
    { id: meta.id, title: meta.title, language: meta.language, outlet: meta.outlet, citationChain: meta.citationChain, published: cleanDate(meta.published), textFile: TEXT_FILE },
    text,
    facts,
  );
  const decisions: Record<string, 'dismissed'> = {};
  for (const key of stored.dismissed ?? []) decisions[key] = 'dismissed';
  return { ...base, document: meta.url ? { ...base.document, url: meta.url } : base.document, decisions };
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
    const result = validateDataset({ documentFile: 'document.json', document: draft.document, factsFile: 'facts.json', facts, texts: { [draft.document.textFile]: draft.text } });
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

/**
 * The problems of facts checked against the draft's text, whatever state the document's own
 * fields are in (a stand-in document with valid metadata and the draft's id and text).
 */
export function factIssues(draft: Draft, facts: Facts): ValidationIssue[] {
  const standIn: DocumentMeta = {
    ...draft.document,
    title: { fa: '-', en: '-' },
    language: 'fa',
    outlet: { fa: '-', en: '-' },
    citationChain: [],
    published: { precision: 'unknown', certainty: 'unknown' },
  };
  const result = validateDataset({ documentFile: 'document.json', document: standIn, factsFile: 'facts.json', facts, texts: { [draft.document.textFile]: draft.text } });
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
