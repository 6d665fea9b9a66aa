// The publication date as an anchor for relative date phrases: its first and last possible day.
// A day-precise publication date has one day; a month, a year or a range has many, and a phrase
// resolves only if every possible day gives the same answer. Pure.
import { dateSpan, DAY_MS } from '../domain/dates';
import type { FuzzyDate } from '../domain/schema';
import { toPersianDigits } from '../domain/persian';
import type { DateSuggestion } from './datePhrases';

export interface Anchor {
  /** UTC midnight of the first and the last possible publication day. */
  first: number;
  last: number;
  describe: { en: string; fa: string };
}

/** A suggestion before its offsets are mapped to the stored text. */
export type Found = Pick<DateSuggestion, 'kind' | 'date' | 'basis'>;

export const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function anchorOf(published: Pick<FuzzyDate, 'precision' | 'value' | 'start' | 'end'>): Anchor | null {
  const span = dateSpan({ certainty: 'stated', ...published });
  if (!span) return null;
  const first = span.start;
  const last = span.end - DAY_MS;
  const en = first === last ? `published ${iso(first)}` : `published between ${iso(first)} and ${iso(last)}`;
  const fa = first === last ? `انتشار ${toPersianDigits(iso(first))}` : `انتشار میان ${toPersianDigits(iso(first))} و ${toPersianDigits(iso(last))}`;
  return { first, last, describe: { en, fa } };
}
