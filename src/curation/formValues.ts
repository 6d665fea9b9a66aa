// A saved fact as the values its form starts from when it is edited, and the form's values back as
// the patch of one update action. Pure. The fields mirror what the forms build a new fact from, so
// editing a fact and saving it unchanged gives the same fact back: a translation equal to the
// English name, or a short label equal to the full one, is "not typed" (the form fills it in from
// that field, as it does for a new fact, and it keeps following it).
import type { Entity, Evidence, FuzzyDate, KEvent, Relation } from '../domain/schema';

export interface EntityValues {
  kind: Entity['kind'];
  fa: string;
  en: string;
  /** One alias per line (the form's textarea). */
  aliases: string;
  country: string;
  wikidata: string;
  translation: string;
}

export interface RelationValues {
  kind: Relation['kind'];
  source: string;
  target: string;
  label: string;
  labelFa: string;
  /** The relation's date; "unknown" when it has none (the form's fields start empty). */
  date: FuzzyDate;
  translation: string;
}

export interface EventValues {
  kind: KEvent['kind'];
  labelFa: string;
  labelEn: string;
  shortFa: string;
  shortEn: string;
  status: KEvent['status'];
  date: FuzzyDate;
  place: string;
  translation: string;
}

/** A date with nothing known, as a form starts one. */
export const NO_DATE: FuzzyDate = { precision: 'unknown', certainty: 'unknown' };

/**
 * A relation's date as saved: none while nothing is known of it (a relation's date is optional,
 * unlike an event's), else the date without its empty fields.
 */
export function optionalDate(date: FuzzyDate): FuzzyDate | undefined {
  const filled = Object.fromEntries(Object.entries(date).filter(([, v]) => v !== '' && v !== undefined)) as FuzzyDate;
  const known = Object.keys(filled).some((key) => key !== 'precision' && key !== 'certainty') || filled.precision !== 'unknown' || filled.certainty !== 'unknown';
  return known ? filled : undefined;
}

const firstTranslation = (evidence: readonly Evidence[]) => evidence[0]?.translation ?? '';

export function entityValues(e: Entity): EntityValues {
  const translation = firstTranslation(e.evidence);
  return {
    kind: e.kind,
    fa: e.name.fa,
    en: e.name.en,
    aliases: e.aliases.join('\n'),
    country: e.country ?? '',
    wikidata: e.wikidata ?? '',
    translation: translation === e.name.en ? '' : translation,
  };
}

export function relationValues(r: Relation): RelationValues {
  return { kind: r.kind, source: r.source, target: r.target, label: r.label ?? '', labelFa: r.labelFa ?? '', date: r.date ?? NO_DATE, translation: firstTranslation(r.evidence) };
}

export function eventValues(e: KEvent): EventValues {
  return {
    kind: e.kind,
    labelFa: e.label.fa,
    labelEn: e.label.en,
    shortFa: e.shortLabel.fa === e.label.fa ? '' : e.shortLabel.fa,
    shortEn: e.shortLabel.en === e.label.en ? '' : e.shortLabel.en,
    status: e.status,
    date: e.date,
    place: e.place ?? '',
    translation: firstTranslation(e.evidence),
  };
}

/**
 * The fact's evidence with only the first quote's translation changed: its doc, quote, offsets
 * and note stay exactly as saved (editing never moves a quote), the other quotes untouched.
 */
export function withFirstTranslation(evidence: readonly Evidence[], translation: string): Evidence[] {
  const [first, ...rest] = evidence;
  return first ? [{ ...first, translation }, ...rest] : [];
}

/** An optional field as the form holds it ('' when absent) back as a patch value: undefined removes the key (draft.ts). */
export const optional = (value: string): string | undefined => (value ? value : undefined);
