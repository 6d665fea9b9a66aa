// Admiralty (NATO) grades. Source reliability A–F belongs to the source — the outlet, or the
// origin its citation chain ends at — not to one report; information credibility 1–6 belongs to
// each fact. Ungraded means "cannot be judged": F and 6. A combined code reads "B2". Pure.
import { outletKey, originOf } from './corroboration';
import type { Dataset, DocumentMeta } from './schema';

export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY)[number];
export const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY)[number];

export const DEFAULT_RELIABILITY: Reliability = 'F';
export const DEFAULT_CREDIBILITY: Credibility = 6;

/** A curator's grades: reliability by source (outletKey of the origin), credibility by fact id. */
export interface Grades {
  reliability: Record<string, Reliability>;
  credibility: Record<string, Credibility>;
}

export const NO_GRADES: Grades = { reliability: {}, credibility: {} };

export const isReliability = (x: unknown): x is Reliability => typeof x === 'string' && (RELIABILITY as readonly string[]).includes(x);
export const isCredibility = (x: unknown): x is Credibility => typeof x === 'number' && (CREDIBILITY as readonly number[]).includes(x);

/** A grade code like "B2"; null when it is not one. */
export function parseGrade(code: string): { reliability: Reliability; credibility: Credibility } | null {
  const m = /^([A-F])([1-6])$/.exec(code);
  return m ? { reliability: m[1] as Reliability, credibility: Number(m[2]) as Credibility } : null;
}

/** Keeps only well-formed grades (what storage or a bundle gives may be anything). */
export function readGrades(raw: unknown): Grades {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as { reliability?: unknown; credibility?: unknown };
  const entries = (x: unknown) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? Object.entries(x) : []);
  return {
    reliability: Object.fromEntries(entries(value.reliability).filter(([, g]) => isReliability(g))) as Record<string, Reliability>,
    credibility: Object.fromEntries(entries(value.credibility).filter(([, g]) => isCredibility(g))) as Record<string, Credibility>,
  };
}

export function sourceKey(doc: DocumentMeta): string {
  return outletKey(originOf(doc));
}

/** The curator's grade in the workspace, else the one curated in the data, else F. */
export function reliabilityOf(doc: DocumentMeta, grades: Grades): Reliability {
  return grades.reliability[sourceKey(doc)] ?? (isReliability(doc.reliability) ? doc.reliability : DEFAULT_RELIABILITY);
}

/** The curator's grade in the workspace, else the one curated in the data (`curated`), else 6. */
export function credibilityOf(factId: string, grades: Grades, curated?: number): Credibility {
  return grades.credibility[factId] ?? (isCredibility(curated) ? curated : DEFAULT_CREDIBILITY);
}

/**
 * A fact's grade: the most reliable of the sources that report it, and its credibility. Letters
 * and digits both sort best-first, so "better or equal" is a plain comparison on each axis.
 */
export function factGrade(evidenceDocs: Iterable<string>, factId: string, docs: Map<string, DocumentMeta>, grades: Grades, curated?: number): string {
  let best: Reliability = DEFAULT_RELIABILITY;
  for (const id of evidenceDocs) {
    const doc = docs.get(id);
    if (doc) {
      const r = reliabilityOf(doc, grades);
      if (r < best) best = r;
    }
  }
  return `${best}${credibilityOf(factId, grades, curated)}`;
}

/** Whether `grade` is at least as good as `min` on both axes ("B2 or better": A1, B2, A2, B1…). */
export function meetsGrade(grade: string, min: string): boolean {
  const g = parseGrade(grade);
  const m = parseGrade(min);
  return g !== null && m !== null && g.reliability <= m.reliability && g.credibility <= m.credibility;
}

/** Fact id → grade code, for every entity, event and relation. */
export function factGrades(dataset: Dataset, grades: Grades): Map<string, string> {
  const docs = new Map(dataset.documents.map((d) => [d.id, d]));
  const out = new Map<string, string>();
  for (const fact of [...dataset.entities, ...dataset.events, ...dataset.relations])
    out.set(fact.id, factGrade(new Set(fact.evidence.map((ev) => ev.doc)), fact.id, docs, grades, fact.credibility));
  return out;
}
