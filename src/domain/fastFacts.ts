// A fast path for factsSchema (schema.ts). zod runs jitless in the page (the CSP forbids its
// compiled parsers), and at 100k elements (46k facts, 137k quotes) its parse took ~0.5 s of the
// first graph plus much of the garbage collection after it. This checks the same rules by hand and
// builds the same output (keys in the schema's order, strings trimmed where the schema trims,
// `aliases` defaulted). It is only ever stricter than zod: on anything it is not sure of (a
// problem, a value of an unexpected kind, an `undefined`) it answers null and the caller parses
// with zod, which words the problems. So a valid file costs one walk, an invalid one the walk and
// zod's; what is accepted and what comes out are zod's (fastFacts.test.ts compares the two).
import { CERTAINTIES, DATE_PRECISIONS, ENTITY_KINDS, EVENT_KINDS, EVENT_STATUSES, RELATION_KINDS, isRealIsoDate, isSupportedYear } from './kinds';
import type { z } from 'zod';
import { NAME_MAX, TEXT_MAX, factsSchema, type Entity, type Evidence, type Facts, type FuzzyDate, type KEvent, type Names, type Participant, type Relation } from './schema';

/** Thrown inside the walk to give up; never escapes fastFacts. */
class NotSure extends Error {}
const fail = (): never => {
  throw new NotSure();
};

type Raw = Record<string, unknown>;

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const WIKIDATA = /^Q\d+$/;
const entityKinds = new Set<string>(ENTITY_KINDS);
const eventKinds = new Set<string>(EVENT_KINDS);
const relationKinds = new Set<string>(RELATION_KINDS);
const precisions = new Set<string>(DATE_PRECISIONS);
const certainties = new Set<string>(CERTAINTIES);
const statuses = new Set<string>(EVENT_STATUSES);

/** A plain object (what JSON.parse and structured clone make) with only `allowed` keys, none undefined. */
function object(value: unknown, allowed: ReadonlySet<string>): Raw {
  if (typeof value !== 'object' || value === null) return fail();
  if (Object.getPrototypeOf(value) !== Object.prototype) return fail();
  for (const key in value) if (!allowed.has(key) || (value as Raw)[key] === undefined) fail();
  return value as Raw;
}

const keys = (...allowed: string[]) => new Set(allowed);
const has = (o: Raw, key: string) => Object.hasOwn(o, key);

/** `each` of every item of a list of at least `min`; a hole is passed as undefined (and fails). */
function list<T>(value: unknown, each: (item: unknown) => T, min = 0): T[] {
  if (!Array.isArray(value) || value.length < min) return fail();
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = each(value[i]);
  return out;
}

function id(value: unknown): string {
  return typeof value === 'string' && ID.test(value) ? value : fail();
}

/** schema.ts `nonEmpty` (trimmed, at least one character) with an upper bound. */
function trimmed(value: unknown, max = Infinity): string {
  if (typeof value !== 'string') return fail();
  const text = value.trim();
  return text.length >= 1 && text.length <= max ? text : fail();
}

/** A string of at most `max` characters, as given (schema.ts `optionalShort`, `prose`). */
function bounded(value: unknown, max: number): string {
  return typeof value === 'string' && value.length <= max ? value : fail();
}

function oneOf(value: unknown, set: ReadonlySet<string>): string {
  return typeof value === 'string' && set.has(value) ? value : fail();
}

function isoDate(value: unknown): string {
  return typeof value === 'string' && isRealIsoDate(value) && isSupportedYear(value) ? value : fail();
}

const NAMES = keys('fa', 'en');
function names(value: unknown): Names {
  const o = object(value, NAMES);
  return { fa: trimmed(o.fa, NAME_MAX), en: trimmed(o.en, NAME_MAX) };
}

const EVIDENCE = keys('doc', 'quote', 'start', 'end', 'translation', 'note');
function evidence(value: unknown): Evidence[] {
  return list(value, (item) => {
    const o = object(item, EVIDENCE);
    const { start, end } = o;
    if (!Number.isSafeInteger(start) || (start as number) < 0 || !Number.isSafeInteger(end) || (end as number) <= 0) fail();
    const ev: Evidence = { doc: id(o.doc), quote: trimmed(o.quote), start: start as number, end: end as number, translation: trimmed(o.translation, TEXT_MAX) };
    if (has(o, 'note')) ev.note = bounded(o.note, TEXT_MAX);
    return ev;
  }, 1);
}

const INFERENCE = keys('basis');
const inference = (value: unknown) => ({ basis: trimmed(object(value, INFERENCE).basis, TEXT_MAX) });

function credibility(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail();
}

const DATE = keys('stated', 'precision', 'value', 'start', 'end', 'certainty', 'basis');
const LENGTHS: Record<string, number> = { year: 4, month: 7, day: 10 };
function fuzzyDate(value: unknown): FuzzyDate {
  const o = object(value, DATE);
  const date = {} as FuzzyDate;
  if (has(o, 'stated')) date.stated = bounded(o.stated, NAME_MAX);
  date.precision = oneOf(o.precision, precisions) as FuzzyDate['precision'];
  if (has(o, 'value')) date.value = isoDate(o.value);
  if (has(o, 'start')) date.start = isoDate(o.start);
  if (has(o, 'end')) date.end = isoDate(o.end);
  date.certainty = oneOf(o.certainty, certainties) as FuzzyDate['certainty'];
  if (has(o, 'basis')) date.basis = bounded(o.basis, TEXT_MAX);
  // The schema's superRefine, as a yes/no.
  if (date.precision === 'range') {
    if (date.start === undefined || date.end === undefined || date.start > date.end) fail();
  } else if (date.precision !== 'unknown') {
    if (date.value === undefined || date.value.length !== LENGTHS[date.precision]) fail();
  }
  if (date.certainty === 'inferred' && !date.basis?.trim()) fail();
  return date;
}

const ENTITY = keys('id', 'kind', 'name', 'aliases', 'country', 'wikidata', 'description', 'descriptionFa', 'inferred', 'credibility', 'evidence');
function entity(value: unknown): Entity {
  const o = object(value, ENTITY);
  const e = { id: id(o.id), kind: oneOf(o.kind, entityKinds), name: names(o.name) } as Entity;
  e.aliases = has(o, 'aliases') ? list(o.aliases, (a) => trimmed(a, NAME_MAX)) : [];
  if (has(o, 'country')) e.country = id(o.country);
  if (has(o, 'wikidata')) e.wikidata = typeof o.wikidata === 'string' && WIKIDATA.test(o.wikidata) ? o.wikidata : fail();
  if (has(o, 'description')) e.description = bounded(o.description, TEXT_MAX);
  if (has(o, 'descriptionFa')) e.descriptionFa = bounded(o.descriptionFa, TEXT_MAX);
  if (has(o, 'inferred')) e.inferred = inference(o.inferred);
  if (has(o, 'credibility')) e.credibility = credibility(o.credibility);
  e.evidence = evidence(o.evidence);
  return e;
}

const PARTICIPANT = keys('entity', 'role', 'roleFa', 'evidence');
function participant(value: unknown): Participant {
  const o = object(value, PARTICIPANT);
  return { entity: id(o.entity), role: trimmed(o.role, NAME_MAX), roleFa: trimmed(o.roleFa, NAME_MAX), evidence: evidence(o.evidence) };
}

const EVENT = keys('id', 'kind', 'label', 'shortLabel', 'participants', 'place', 'date', 'status', 'inferred', 'credibility', 'evidence');
function event(value: unknown): KEvent {
  const o = object(value, EVENT);
  const e = {
    id: id(o.id),
    kind: oneOf(o.kind, eventKinds),
    label: names(o.label),
    shortLabel: names(o.shortLabel),
    participants: list(o.participants, participant, 1),
  } as KEvent;
  if (has(o, 'place')) e.place = id(o.place);
  e.date = fuzzyDate(o.date);
  e.status = oneOf(o.status, statuses) as KEvent['status'];
  if (has(o, 'inferred')) e.inferred = inference(o.inferred);
  if (has(o, 'credibility')) e.credibility = credibility(o.credibility);
  e.evidence = evidence(o.evidence);
  return e;
}

const RELATION = keys('id', 'kind', 'source', 'target', 'label', 'labelFa', 'date', 'inferred', 'credibility', 'evidence');
function relation(value: unknown): Relation {
  const o = object(value, RELATION);
  const r = { id: id(o.id), kind: oneOf(o.kind, relationKinds), source: id(o.source), target: id(o.target) } as Relation;
  if (has(o, 'label')) r.label = bounded(o.label, NAME_MAX);
  if (has(o, 'labelFa')) r.labelFa = bounded(o.labelFa, NAME_MAX);
  if (has(o, 'date')) r.date = fuzzyDate(o.date);
  if (has(o, 'inferred')) r.inferred = inference(o.inferred);
  if (has(o, 'credibility')) r.credibility = credibility(o.credibility);
  r.evidence = evidence(o.evidence);
  return r;
}

const FACTS = keys('$schema', 'entities', 'events', 'relations');

/** What factsSchema.parse(raw) returns, when the fast walk is sure raw passes it; else null. */
export function fastFacts(raw: unknown): Facts | null {
  try {
    const o = object(raw, FACTS);
    const facts = {} as Facts;
    if (has(o, '$schema')) facts.$schema = typeof o.$schema === 'string' ? o.$schema : fail();
    facts.entities = list(o.entities, entity);
    facts.events = list(o.events, event);
    facts.relations = list(o.relations, relation);
    return facts;
  } catch (error) {
    if (error instanceof NotSure) return null;
    throw error;
  }
}

/** factsSchema.safeParse, by the fast walk when it is sure (valid input), else by zod. */
export function parseFacts(raw: unknown): z.ZodSafeParseResult<Facts> {
  const facts = fastFacts(raw);
  return facts ? { success: true, data: facts } : factsSchema.safeParse(raw);
}
