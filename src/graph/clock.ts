// The timeline's two clocks. Every fact has the date it HAPPENED (its own date, as the text gives
// it) and the date it was REPORTED: the publication date of the earliest of its documents (GDELT's
// distinction between an event and its coverage). The timeline, its brush and the time filter
// read a fact's date through `dateOn`, so switching clocks moves everything together. Pure.
import { DAY_MS, dateSpan } from '../domain/dates';
import type { Dataset, DocumentMeta, FuzzyDate } from '../domain/schema';

export type Clock = 'happened' | 'reported';
export const CLOCKS: readonly Clock[] = ['happened', 'reported'];

interface Fact {
  id: string;
  date?: FuzzyDate;
  evidence: ReadonlyArray<{ doc: string }>;
}

/**
 * When a fact was first reported: the publication date of its document published first (earliest
 * start; on a tie the narrower date, which says more). Documents with no known publication date
 * are skipped; null when none of its documents has one.
 */
export function firstReportedDate(fact: Fact, docs: ReadonlyMap<string, DocumentMeta>): FuzzyDate | null {
  let best: { date: FuzzyDate; start: number; end: number } | null = null;
  for (const doc of new Set(fact.evidence.map((e) => e.doc))) {
    const date = docs.get(doc)?.published;
    const span = date ? dateSpan(date) : null;
    if (!date || !span) continue;
    if (!best || span.start < best.start || (span.start === best.start && span.end < best.end)) best = { date, ...span };
  }
  return best?.date ?? null;
}

/** Fact id (event or relation) → its first-reported date, for every fact that has one. */
export function reportedDates(dataset: Pick<Dataset, 'documents' | 'events' | 'relations'>): Map<string, FuzzyDate> {
  const docs = new Map(dataset.documents.map((d) => [d.id, d]));
  const out = new Map<string, FuzzyDate>();
  for (const fact of [...dataset.events, ...dataset.relations]) {
    const date = firstReportedDate(fact, docs);
    if (date) out.set(fact.id, date);
  }
  return out;
}

const UNKNOWN: FuzzyDate = { precision: 'unknown', certainty: 'unknown' };

/**
 * A fact's date on a clock. On the reported clock a fact whose documents carry no publication date
 * is undated (never silently given its happened date). Relations without a date of their own stay
 * timeless on the happened clock (undefined), as before.
 */
export function dateOn(clock: Clock, fact: { id: string; date?: FuzzyDate }, reported: ReadonlyMap<string, FuzzyDate>): FuzzyDate | undefined {
  if (clock === 'happened') return fact.date;
  return reported.get(fact.id) ?? UNKNOWN;
}

/**
 * The reporting lag in whole days: from the day the fact happened (the start of its period) to the
 * first day it was reported. Null when either date is unknown. Negative when the report's earliest
 * possible day comes before the event (a range-dated document, or a forecast).
 */
export function reportingLagDays(happened: FuzzyDate | undefined, reported: FuzzyDate | undefined): number | null {
  const a = happened ? dateSpan(happened) : null;
  const b = reported ? dateSpan(reported) : null;
  if (!a || !b) return null;
  return Math.round((b.start - a.start) / DAY_MS);
}
