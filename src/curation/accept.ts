// Turning a suggestion into draft actions: accepting is one step (one undo) that adds the quote or
// the date and records the decision; dismissing only records it. Nothing is added silently: these
// build actions, and the workbench dispatches them when the curator presses the key. Pure.
import type { Entity, FuzzyDate } from '../domain/schema';
import type { DateSuggestion } from './datePhrases';
import { spanEvidence, type Draft, type DraftAction } from './draft';
import type { Mention } from './mentions';

/**
 * Accepting a mention: the span becomes evidence of the entity (translated by the entity's English
 * name, which is what a name translates to). An entity known only in the workspace (another
 * document) is copied into this draft under the same id, with this document's quotes only, so the
 * dataset stands alone and merges with the corpus by id (domain/merge.ts).
 */
export function acceptMention(draft: Draft, mention: Mention, entity: Entity): DraftAction {
  const evidence = spanEvidence(draft.text, mention.start, mention.end, { doc: draft.document.id, translation: entity.name.en });
  const known = draft.facts.entities.find((e) => e.id === entity.id);
  const add: DraftAction = known
    ? known.evidence.some((ev) => ev.start === evidence.start && ev.end === evidence.end)
      ? { type: 'batch', actions: [] }
      : { type: 'addEvidence', target: { kind: 'entity', id: entity.id }, evidence }
    : { type: 'addEntity', entity: { ...entity, evidence: [evidence] } };
  return { type: 'batch', actions: [add, { type: 'acceptSuggestion', id: mention.id }] };
}

/** Where an accepted date goes: an event's date or a relation's. */
export type DateTarget = { kind: 'event' | 'relation'; id: string };

/** Accepting a date phrase: the suggested FuzzyDate, unchanged, becomes the fact's date. */
export function acceptDate(suggestion: DateSuggestion, target: DateTarget): DraftAction {
  const date: FuzzyDate = { ...suggestion.date };
  const set: DraftAction =
    target.kind === 'event' ? { type: 'updateEvent', id: target.id, patch: { date } } : { type: 'updateRelation', id: target.id, patch: { date } };
  return { type: 'batch', actions: [set, { type: 'acceptSuggestion', id: suggestion.id }] };
}

export function dismiss(suggestion: { id: string }): DraftAction {
  return { type: 'dismissSuggestion', id: suggestion.id };
}

/** Suggestions not yet accepted or dismissed, in text order. */
export function pending<T extends { id: string }>(draft: Pick<Draft, 'decisions'>, suggestions: readonly T[]): T[] {
  return suggestions.filter((s) => draft.decisions[s.id] === undefined);
}
