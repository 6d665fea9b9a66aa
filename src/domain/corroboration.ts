// Corroboration: which documents support a fact, and how many INDEPENDENT origins they amount to.
// A document's origin is the end of its citation chain (Aran News citing Fars citing AzerTac has
// the origin AzerTac), or its own outlet when it cites no one; documents with the same origin are
// one source, not several. Also the first date a fact was reported: the earliest publication date
// of its documents. Pure.
import type { Dataset, DocumentMeta, Evidence, FuzzyDate, Names } from './schema';

/** A comparable key for an outlet's name: English, lower case, without a parenthetical gloss. */
export function outletKey(name: Names): string {
  return name.en.replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
}

/** Where the document's report comes from: the end of its citation chain, or its own outlet. */
export function originOf(doc: DocumentMeta): Names {
  return doc.citationChain.at(-1) ?? doc.outlet;
}

export interface Support {
  doc: DocumentMeta;
  quotes: Evidence[];
  origin: Names;
}

export interface Corroboration {
  /** Each supporting document with its quotes, in the workspace's document order. */
  supports: Support[];
  /** Distinct origins (by outletKey), in first-seen order. */
  origins: Names[];
  /** When the fact was first reported: the earliest start of its documents' publication dates. */
  firstReported: string | null;
}

/** The earliest ISO date a fuzzy date can mean, or null when it has none. */
export function earliestDay(date: FuzzyDate): string | null {
  return date.precision === 'range' ? (date.start ?? null) : (date.value ?? null);
}

export function corroborationOf(evidence: readonly Evidence[], documents: readonly DocumentMeta[]): Corroboration {
  const byDoc = new Map<string, Evidence[]>();
  for (const ev of evidence) byDoc.set(ev.doc, [...(byDoc.get(ev.doc) ?? []), ev]);
  const supports: Support[] = [];
  for (const doc of documents) {
    const quotes = byDoc.get(doc.id);
    if (quotes) supports.push({ doc, quotes, origin: originOf(doc) });
  }
  const origins = new Map<string, Names>();
  for (const s of supports) if (!origins.has(outletKey(s.origin))) origins.set(outletKey(s.origin), s.origin);
  const days = supports.map((s) => earliestDay(s.doc.published)).filter((d): d is string => d !== null).sort();
  return { supports, origins: [...origins.values()], firstReported: days[0] ?? null };
}

/** Fact id (entity, event or relation) → how many independent origins support it. */
export function independentOrigins(dataset: Dataset): Map<string, number> {
  const originByDoc = new Map(dataset.documents.map((d) => [d.id, outletKey(originOf(d))]));
  const counts = new Map<string, number>();
  for (const fact of [...dataset.entities, ...dataset.events, ...dataset.relations])
    counts.set(fact.id, new Set(fact.evidence.map((ev) => originByDoc.get(ev.doc) ?? ev.doc)).size);
  return counts;
}
