// The workbench's suggestions, from src/curation's finders: mentions of entities already known
// (names and aliases under the search normalisation) and date phrases resolved against the
// publication date, in the shape the suggestion list shows. Pure.
import { findDatePhrases } from '../../curation/datePhrases';
import { findMentions, type MentionEntity } from '../../curation/mentions';
import type { FuzzyDate } from '../../domain/schema';
import type { Lang } from '../../i18n/strings';

export interface MentionSuggestion {
  type: 'mention';
  key: string;
  start: number;
  end: number;
  entity: string;
}

export interface DateSuggestion {
  type: 'date';
  key: string;
  start: number;
  end: number;
  date: FuzzyDate;
  /** Why this value, in the interface's language. */
  why: string;
}

export type Suggestion = MentionSuggestion | DateSuggestion;

export function mentionSuggestions(text: string, entities: readonly MentionEntity[]): MentionSuggestion[] {
  return findMentions(text, entities).map((m) => ({ type: 'mention', key: m.id, start: m.start, end: m.end, entity: m.entityId }));
}

export function dateSuggestions(text: string, published: FuzzyDate | undefined, lang: Lang): DateSuggestion[] {
  // The finder needs a well-formed publication date; a half-typed one anchors nothing.
  const anchor = published && (published.precision === 'unknown' || published.value || published.start) ? published : null;
  return findDatePhrases(text, anchor).map((d) => ({ type: 'date', key: d.id, start: d.start, end: d.end, date: d.date, why: d.basis[lang] }));
}
