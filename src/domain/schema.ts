// The dataset schema. Structural rules live here (zod); cross-reference rules (ids resolve,
// quotes match the text) live in validate.ts because they need the whole dataset and its text.
import { z } from 'zod';
import { isHttpUrl, URL_MAX } from './url';
import { CERTAINTIES, DATE_PRECISIONS, ENTITY_KINDS, EVENT_KINDS, EVENT_STATUSES, MAX_YEAR, MIN_YEAR, RELATION_KINDS, isRealIsoDate, isSupportedYear } from './kinds';

export { CERTAINTIES, DATE_PRECISIONS, ENTITY_KINDS, EVENT_KINDS, EVENT_STATUSES, RELATION_KINDS, isRealIsoDate };

// No eval: zod's JIT probes `new Function`, which the app's Content Security Policy forbids
// (and reports as a violation even when zod catches it).
z.config({ jitless: true });

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'an id of lowercase letters, digits, "-" or "_"');
const nonEmpty = z.string().trim().min(1, 'a non-empty string');

/**
 * Lengths in characters, not bytes: a 1 MB name of bidi and zero-width words is well under the
 * import's 50 MB but froze the canvas for seconds per frame. Names, labels, roles and phrases are
 * short; notes, descriptions, translations and bases are prose. Quotes are bounded by the text.
 */
export const NAME_MAX = 300;
export const TEXT_MAX = 5000;
const shortText = nonEmpty.max(NAME_MAX, `at most ${NAME_MAX} characters`);
const optionalShort = z.string().max(NAME_MAX, `at most ${NAME_MAX} characters`);
const prose = z.string().max(TEXT_MAX, `at most ${TEXT_MAX} characters`);
const nonEmptyProse = nonEmpty.max(TEXT_MAX, `at most ${TEXT_MAX} characters`);

/**
 * ISO calendar date, year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD), checked for a real day, in
 * the supported years (kinds.ts: MIN_YEAR–MAX_YEAR, which both calendars and the timeline handle).
 */
export const isoDate = z.string().superRefine((value, ctx) => {
  if (!isRealIsoDate(value)) ctx.addIssue({ code: 'custom', message: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' });
  else if (!isSupportedYear(value)) ctx.addIssue({ code: 'custom', message: `a year from ${MIN_YEAR} to ${MAX_YEAR}` });
});

export const evidenceSchema = z.strictObject({
  doc: id,
  quote: nonEmpty,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  translation: nonEmptyProse,
  note: prose.optional(),
});

/** What a curator inferred rather than read, and why. */
export const inferenceSchema = z.strictObject({ basis: nonEmptyProse });

export const names = z.strictObject({
  fa: shortText,
  en: shortText,
});

/**
 * A date as the source gives it. `value` is the single period for day/month/year precision;
 * `start`/`end` bound a range. Dates relative to an unknown anchor keep `precision: 'unknown'`.
 */
export const fuzzyDateSchema = z
  .strictObject({
    stated: optionalShort.optional(),
    precision: z.enum(DATE_PRECISIONS),
    value: isoDate.optional(),
    start: isoDate.optional(),
    end: isoDate.optional(),
    certainty: z.enum(CERTAINTIES),
    basis: prose.optional(),
  })
  .superRefine((date, ctx) => {
    const need = (key: 'value' | 'start' | 'end', why: string) => {
      if (date[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: why });
    };
    if (date.precision === 'range') {
      need('start', 'a start date for a range');
      need('end', 'an end date for a range');
      if (date.start && date.end && date.start > date.end)
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'an end not before the start' });
    } else if (date.precision !== 'unknown') {
      need('value', `a value for ${date.precision} precision`);
      const lengths = { year: 4, month: 7, day: 10 } as const;
      if (date.value && date.value.length !== lengths[date.precision])
        ctx.addIssue({ code: 'custom', path: ['value'], message: `a value of ${date.precision} precision` });
    }
    if (date.certainty === 'inferred' && !date.basis?.trim())
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'a basis for an inferred date' });
  });

export const entitySchema = z.strictObject({
  id,
  kind: z.enum(ENTITY_KINDS),
  name: names,
  aliases: z.array(shortText).default([]),
  country: id.optional(),
  /** A curator's reconciliation to Wikidata (never a claim of the text); used to merge datasets. */
  wikidata: z.string().regex(/^Q\d+$/, 'a Wikidata id like Q227').optional(),
  description: prose.optional(),
  /** The description in Persian (the interface shows the English one, marked, where this is missing). */
  descriptionFa: prose.optional(),
  inferred: inferenceSchema.optional(),
  /** Admiralty information credibility 1–6 set by a curator (absent: 6, cannot be judged); checked by validate.ts. */
  credibility: z.number().optional(),
  evidence: z.array(evidenceSchema).min(1, 'at least one piece of evidence'),
});

export const participantSchema = z.strictObject({
  entity: id,
  /** The role word in English; `roleFa` is its Persian form. */
  role: shortText,
  roleFa: shortText,
  /** The quotes that name or refer to this participant in this role (the event keeps its own). */
  evidence: z.array(evidenceSchema).min(1, 'at least one quote naming this participant in this role'),
});

export const eventSchema = z.strictObject({
  id,
  kind: z.enum(EVENT_KINDS),
  label: names,
  /** Two to four words for the canvas; `label` stays the full wording for panels. */
  shortLabel: names,
  participants: z.array(participantSchema).min(1, 'at least one participant'),
  place: id.optional(),
  date: fuzzyDateSchema,
  status: z.enum(EVENT_STATUSES),
  inferred: inferenceSchema.optional(),
  /** Admiralty information credibility 1–6 set by a curator (absent: 6, cannot be judged); checked by validate.ts. */
  credibility: z.number().optional(),
  evidence: z.array(evidenceSchema).min(1, 'at least one piece of evidence'),
});

export const relationSchema = z.strictObject({
  id,
  kind: z.enum(RELATION_KINDS),
  source: id,
  target: id,
  label: optionalShort.optional(),
  /** The Persian form of `label`. */
  labelFa: optionalShort.optional(),
  date: fuzzyDateSchema.optional(),
  inferred: inferenceSchema.optional(),
  /** Admiralty information credibility 1–6 set by a curator (absent: 6, cannot be judged); checked by validate.ts. */
  credibility: z.number().optional(),
  evidence: z.array(evidenceSchema).min(1, 'at least one piece of evidence'),
});

export const documentSchema = z.strictObject({
  id,
  title: names,
  language: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code'),
  outlet: names,
  /** Who the outlet cites, nearest first: Aran News → Fars → AzerTac. */
  citationChain: z.array(names),
  /** Where the text was read, if anywhere: an http(s) address (url.ts; never javascript: or the like). */
  url: z.string().refine(isHttpUrl, `an http(s) URL of at most ${URL_MAX} characters`).optional(),
  /**
   * Admiralty source reliability A–F of this document's origin (the end of its citation chain, or
   * the outlet), as a curator graded it (absent: F, cannot be judged); checked by validate.ts.
   */
  reliability: z.string().optional(),
  published: fuzzyDateSchema,
  textFile: nonEmpty,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256'),
  /** Sentences the curators read and found to carry no fact, by their first words, with why. */
  uncoveredSentences: z
    .array(z.strictObject({ start: z.number().int().nonnegative(), reason: nonEmptyProse }))
    .default([]),
});

export const factsSchema = z.strictObject({
  $schema: z.string().optional(),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  relations: z.array(relationSchema),
});

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
export type Evidence = z.infer<typeof evidenceSchema>;
export type Names = z.infer<typeof names>;
export type FuzzyDate = z.infer<typeof fuzzyDateSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Participant = z.infer<typeof participantSchema>;
export type KEvent = z.infer<typeof eventSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type DocumentMeta = z.infer<typeof documentSchema>;
export type Facts = z.infer<typeof factsSchema>;

/** A validated dataset: documents with their texts, and the facts drawn from them. */
export interface Dataset {
  documents: DocumentMeta[];
  texts: Record<string, string>;
  entities: Entity[];
  events: KEvent[];
  relations: Relation[];
}
