// The same validation as `npm run data:check` (validate.ts, validateDataset: schema, references,
// quotes, sha256, corpus rules) run on a draft, each issue mapped to the field a form shows it
// beside. Pure.
import { validateDataset, type ValidationIssue } from '../domain/validate';
import type { Draft } from './draft';

export interface DraftIssue extends ValidationIssue {
  /** Field path from the draft: `document.published.value`, `facts.events[2].participants[0].roleFa`. */
  field: string;
  /** The fact the issue belongs to (by id, which survives reordering), when it belongs to one. */
  fact?: { section: 'entities' | 'events' | 'relations'; id: string; index: number };
  /** The path inside that fact (`participants[0].roleFa`), or inside the document. */
  within: string;
}

export const DOCUMENT_FILE = 'document.json';
export const FACTS_FILE = 'facts.json';

export function validateDraft(draft: Draft): DraftIssue[] {
  const textFile = draft.document.textFile;
  const texts: Record<string, string> = {};
  if (typeof textFile === 'string') Object.defineProperty(texts, textFile, { value: draft.text, enumerable: true });
  const result = validateDataset({ documentFile: DOCUMENT_FILE, document: draft.document, factsFile: FACTS_FILE, facts: draft.facts, texts });
  return result.issues.map((issue) => toDraftIssue(draft, issue));
}

function toDraftIssue(draft: Draft, issue: ValidationIssue): DraftIssue {
  if (issue.file === DOCUMENT_FILE) return { ...issue, field: issue.path ? `document.${issue.path}` : 'document', within: issue.path };
  const m = /^(entities|events|relations)\[(\d+)\]\.?(.*)$/.exec(issue.path);
  if (!m) return { ...issue, field: issue.path ? `facts.${issue.path}` : 'facts', within: issue.path };
  const section = m[1] as 'entities' | 'events' | 'relations';
  const index = Number(m[2]);
  const id = (draft.facts[section][index] as { id?: unknown } | undefined)?.id;
  const out: DraftIssue = { ...issue, field: `facts.${issue.path}`, within: m[3] ?? '' };
  if (typeof id === 'string') out.fact = { section, id, index };
  return out;
}
