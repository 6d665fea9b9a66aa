// data:check's rule for dispute records (the `disputes` of a workspace bundle, kavoshBundle 2):
// each names a held event or relation and a disputed field, and has exactly two claims that say
// different things, each made by documents the bundle holds and that quote that fact, no document
// on both sides. The app drops a record that breaks these (consistentDisputes); data:check says
// why, one issue per problem with its JSON path. Pure.
import type { Dataset } from './schema';
import type { ValidationIssue } from './validate';

const FIELDS = ['date', 'place', 'participants', 'ends'];

export function checkDisputes(raw: unknown, dataset: Dataset, file: string, at = 'workspace.disputes'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ file, path, rule: 'dispute', message });
  if (raw === undefined) return issues;
  if (!Array.isArray(raw)) {
    issue(at, 'expected a list of dispute records');
    return issues;
  }
  const facts = new Map([...dataset.events, ...dataset.relations].map((f) => [f.id, f]));
  const docs = new Set(dataset.documents.map((d) => d.id));
  raw.forEach((item, i) => {
    const base = `${at}[${i}]`;
    const d = (typeof item === 'object' && item !== null ? item : {}) as { fact?: unknown; field?: unknown; claims?: unknown };
    const fact = typeof d.fact === 'string' ? facts.get(d.fact) : undefined;
    if (!fact) issue(`${base}.fact`, `expected the id of an event or relation in the bundle, got ${JSON.stringify(d.fact) ?? 'nothing'}`);
    if (!FIELDS.includes(String(d.field))) issue(`${base}.field`, `expected one of ${FIELDS.map((f) => `"${f}"`).join(', ')}, got ${JSON.stringify(d.field) ?? 'nothing'}`);
    if (!Array.isArray(d.claims) || d.claims.length !== 2) {
      issue(`${base}.claims`, `expected exactly two claims, got ${Array.isArray(d.claims) ? d.claims.length : 'none'}`);
      return;
    }
    const quoting = new Set(fact?.evidence.map((ev) => ev.doc));
    const sides: string[][] = [];
    d.claims.forEach((c: unknown, k: number) => {
      const claim = (typeof c === 'object' && c !== null ? c : {}) as { value?: unknown; docs?: unknown };
      const path = `${base}.claims[${k}]`;
      if (typeof claim.value !== 'string' || claim.value.trim() === '') issue(`${path}.value`, 'expected the claimed value as a non-empty string');
      const list = Array.isArray(claim.docs) ? claim.docs.filter((x): x is string => typeof x === 'string') : [];
      if (list.length === 0) issue(`${path}.docs`, 'expected at least one document making this claim');
      list.forEach((doc, j) => {
        if (!docs.has(doc)) issue(`${path}.docs[${j}]`, `expected a document the bundle holds, but "${doc}" is not one of ${[...docs].map((x) => `"${x}"`).join(', ')}`);
        else if (fact && !quoting.has(doc)) issue(`${path}.docs[${j}]`, `expected "${doc}" to report the fact "${fact.id}" (a quote of it in its evidence), but it has none`);
      });
      sides.push(list);
    });
    const [a, b] = d.claims as Array<{ value?: unknown }>;
    if (typeof a?.value === 'string' && a.value === b?.value) issue(`${base}.claims[1].value`, `expected two different claims, but both say "${a.value}"`);
    const both = (sides[0] ?? []).filter((doc) => (sides[1] ?? []).includes(doc));
    if (both.length > 0) issue(`${base}.claims[1].docs`, `expected no document on both sides of a dispute, but "${both[0]}" makes both claims`);
  });
  return issues;
}
