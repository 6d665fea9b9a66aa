// The fact table as data: one row per event and relation with what a reader (or a screen reader)
// needs to tell it apart — kind, label, participants with roles, place, date — plus sorting,
// Persian-aware search and the filter that keeps the table in step with the graph. Pure.
import { dateSpan, describeDate, formatPeriod, type CalendarPrecision } from '../domain/dates';
import { normalizeForSearch, SCORE, searchIndex } from '../domain/persian';
import type { Entity, FuzzyDate } from '../domain/schema';
import { kindName } from '../i18n/kinds';
import type { Lang } from '../i18n/strings';
import type { Visibility } from './filter';
import type { GraphModel } from './model';

export interface RowParticipant {
  id: string;
  name: string;
  role: string;
}

export interface FactRow {
  /** The event or relation id: the node or edge to select in the graph. */
  id: string;
  type: 'event' | 'relation';
  kind: string;
  kindLabel: string;
  label: string;
  participants: RowParticipant[];
  place?: string;
  /** A relation's own wording ("First Deputy Minister of Defence"); English data, English rows only. */
  note?: string;
  /** Short date for the cell ("2020", "Tuesday"); empty for a relation without a date. */
  dateShort: string;
  /** Both calendars, certainty and the phrase as stated (describeDate). */
  dateText: string;
  /** Start of the date's period (UTC ms), null when undated: sorts dated facts first. */
  dateStart: number | null;
  /** "Meeting: Karim Valiyev and İsmail Güneydin, Baku, Tuesday". */
  accessibleName: string;
  /** Entity ids the fact involves (participants, place, relation ends). */
  entities: string[];
  /** Position in the dataset, the last tie-breaker of every sort. */
  order: number;
}

export type SortKey = 'kind' | 'fact' | 'date';
export type SortDir = 'asc' | 'desc';
export interface SortState {
  key: SortKey;
  dir: SortDir;
}

const WORDS = {
  en: { and: ' and ', comma: ', ', others: (n: number) => `${n} others`, undated: 'undated' },
  fa: { and: ' و ', comma: '، ', others: (n: number) => `${n} مورد دیگر`, undated: 'بی‌تاریخ' },
} as const;

/** "A", "A and B", "A, B and C" (Persian: "A، B و C"). */
export function joinNames(names: readonly string[], lang: Lang): string {
  const w = WORDS[lang];
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(w.comma)}${w.and}${names[names.length - 1] ?? ''}`;
}

// English glosses of the relative date phrases news text uses, keyed by their search-normal form
// (so اخیراً and اخیرا match). Anything else is quoted as stated. Maps, not objects: the phrase is
// free text, and `constructor` or `__proto__` must not find Object's own members.
const WEEKDAYS = new Map<string, string>(Object.entries({
  شنبه: 'Saturday',
  یکشنبه: 'Sunday',
  دوشنبه: 'Monday',
  سهشنبه: 'Tuesday',
  چهارشنبه: 'Wednesday',
  پنجشنبه: 'Thursday',
  جمعه: 'Friday',
}));
const RELATIVE = new Map<string, string>(Object.entries({
  اخیرا: 'recently',
  امروز: 'today',
  دیروز: 'yesterday',
  امسال: 'this year',
  'سال گذشته': 'last year',
  'ماه گذشته': 'last month',
  'هفته گذشته': 'last week',
}));

/** An English gloss of a Persian relative date phrase ("روز سهشنبه" → "Tuesday"), if known. */
export function glossDatePhrase(stated: string): string | undefined {
  const norm = normalizeForSearch(stated).replace(/^روز /, '');
  return WEEKDAYS.get(norm.replace(/ /g, '')) ?? RELATIVE.get(norm);
}

const RANK: Record<CalendarPrecision, number> = { day: 0, month: 1, year: 2 };
const precisionOf = (iso: string | undefined): CalendarPrecision =>
  iso === undefined || iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';

/** A short date: the period in the reader's calendar, else the phrase as stated, else "undated". */
export function shortDate(date: FuzzyDate | undefined, lang: Lang): string {
  if (!date) return '';
  const span = dateSpan(date);
  if (span) {
    const ends = date.precision === 'range' ? [precisionOf(date.start), precisionOf(date.end)] : [precisionOf(date.value)];
    const precision = ends.reduce((a, b) => (RANK[a] >= RANK[b] ? a : b));
    return formatPeriod(span, precision, lang === 'fa' ? 'solarHijri' : 'gregorian', lang);
  }
  const stated = date.stated?.trim();
  if (!stated) return WORDS[lang].undated;
  if (lang === 'fa') return stated;
  return glossDatePhrase(stated) ?? `“${stated}”`;
}

/**
 * Who a fact is about, for its accessible name: the people when there are any (they stand for
 * their delegations), else the actors that are not places or weapons, else everyone; at most four.
 */
function principalNames(participants: readonly RowParticipant[], entityById: Map<string, Entity>, lang: Lang): string {
  const kindOf = (p: RowParticipant) => entityById.get(p.id)?.kind;
  const people = participants.filter((p) => kindOf(p) === 'person');
  const actors = participants.filter((p) => kindOf(p) !== 'place' && kindOf(p) !== 'weapon');
  const chosen = [...new Set((people.length > 0 ? people : actors.length > 0 ? actors : participants).map((p) => p.name))];
  if (chosen.length <= 4) return joinNames(chosen, lang);
  return joinNames([...chosen.slice(0, 3), WORDS[lang].others(chosen.length - 3)], lang);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One row per event and per relation, in dataset order, named in the given language. */
export function buildFactRows(model: GraphModel, lang: Lang): FactRow[] {
  const w = WORDS[lang];
  const name = (id: string) => {
    const e = model.entityById.get(id);
    return e ? e.name[lang] : id;
  };
  const rows: FactRow[] = [];
  for (const event of model.dataset.events) {
    const participants = event.participants.map((p) => ({ id: p.entity, name: name(p.entity), role: p.role }));
    const place = event.place ? name(event.place) : undefined;
    const kindLabel = kindName(event.kind, lang);
    const dateShort = shortDate(event.date, lang);
    const parts = [principalNames(participants, model.entityById, lang), place, dateShort].filter((x): x is string => !!x);
    rows.push({
      id: event.id,
      type: 'event',
      kind: event.kind,
      kindLabel,
      label: event.label[lang],
      participants,
      place,
      dateShort,
      dateText: describeDate(event.date, lang),
      dateStart: dateSpan(event.date)?.start ?? null,
      accessibleName: `${kindLabel}: ${parts.join(w.comma)}`,
      entities: [...new Set([...event.participants.map((p) => p.entity), ...(event.place ? [event.place] : [])])],
      order: rows.length,
    });
  }
  for (const relation of model.dataset.relations) {
    const source = name(relation.source);
    const target = name(relation.target);
    const kindLabel = kindName(relation.kind, lang);
    const dateShort = shortDate(relation.date, lang);
    // The free-text label is English; a Persian reader gets the kind alone.
    const note = lang === 'en' && relation.label ? relation.label : undefined;
    const sentence = `${source} ${kindLabel} ${target}`;
    rows.push({
      id: relation.id,
      type: 'relation',
      kind: relation.kind,
      kindLabel: capitalise(kindLabel),
      // The arrow points from source to target in the reading direction.
      label: `${source} — ${kindLabel} ${lang === 'fa' ? '←' : '→'} ${target}`,
      participants: [
        { id: relation.source, name: source, role: 'source' },
        { id: relation.target, name: target, role: 'target' },
      ],
      note,
      dateShort,
      dateText: relation.date ? describeDate(relation.date, lang) : '',
      dateStart: relation.date ? (dateSpan(relation.date)?.start ?? null) : null,
      accessibleName: [sentence, note, dateShort].filter(Boolean).join(w.comma),
      entities: [relation.source, relation.target],
      order: rows.length,
    });
  }
  // Facts with the same actors, place and date (four talks in Baku on one Tuesday) would read the
  // same to a screen reader: those names carry the fact's label as well.
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(row.accessibleName, (seen.get(row.accessibleName) ?? 0) + 1);
  for (const row of rows) if ((seen.get(row.accessibleName) ?? 0) > 1) row.accessibleName += ` (${row.label})`;
  return rows;
}

/** Rows whose fact the filters and time window leave visible: an event's node, a relation's edge. */
export function visibleRows(rows: readonly FactRow[], visibility: Visibility): FactRow[] {
  return rows.filter((r) => (r.type === 'event' ? visibility.nodes.has(r.id) : visibility.edges.has(r.id)));
}

/** Sorted copy. Undated facts stay last whichever way dates sort; ties keep dataset order. */
export function sortRows(rows: readonly FactRow[], sort: SortState, lang: Lang): FactRow[] {
  const collator = new Intl.Collator(lang === 'fa' ? 'fa' : 'en', { sensitivity: 'base', numeric: true });
  const sign = sort.dir === 'asc' ? 1 : -1;
  const compare = (a: FactRow, b: FactRow): number => {
    if (sort.key === 'date') {
      if (a.dateStart === null || b.dateStart === null) {
        if (a.dateStart !== b.dateStart) return a.dateStart === null ? 1 : -1;
        return a.order - b.order;
      }
      return sign * (a.dateStart - b.dateStart) || a.order - b.order;
    }
    const primary = sort.key === 'kind' ? collator.compare(a.kindLabel, b.kindLabel) || collator.compare(a.label, b.label) : collator.compare(a.label, b.label);
    return sign * primary || a.order - b.order;
  };
  return [...rows].sort(compare);
}

/** The texts a row is found by, in both languages (people type either script). */
export function searchKeys(model: GraphModel, id: string): string[] {
  const keys: string[] = [];
  const entityNames = (entityId: string) => {
    const e = model.entityById.get(entityId);
    return e ? [e.name.en, e.name.fa, ...e.aliases] : [entityId];
  };
  const event = model.eventById.get(id);
  const relation = model.relationById.get(id);
  if (event) {
    keys.push(event.label.en, event.label.fa, kindName(event.kind, 'en'), kindName(event.kind, 'fa'));
    for (const p of event.participants) keys.push(...entityNames(p.entity), p.role);
    if (event.place) keys.push(...entityNames(event.place));
    keys.push(describeDate(event.date, 'en'), describeDate(event.date, 'fa'), shortDate(event.date, 'en'));
  } else if (relation) {
    keys.push(kindName(relation.kind, 'en'), kindName(relation.kind, 'fa'), ...entityNames(relation.source), ...entityNames(relation.target));
    if (relation.label) keys.push(relation.label);
    if (relation.date) keys.push(describeDate(relation.date, 'en'), describeDate(relation.date, 'fa'));
  }
  return keys.filter((k) => k.trim() !== '');
}

/**
 * A search over rows, normalised for Persian (ZWNJ, Arabic yeh/kaf, digits) and tolerant of small
 * typos. Each field is a key, and so is all of a row's text together, so "Baku meeting" finds a
 * meeting whose place is Baku. Returns the matching ids, or null for an empty query.
 */
export function createRowSearch(model: GraphModel, rows: readonly FactRow[]): (query: string) => Set<string> | null {
  const index = searchIndex(rows, (row) => {
    const keys = searchKeys(model, row.id);
    return [...keys, keys.join(' ')];
  });
  return (query) => {
    if (normalizeForSearch(query) === '') return null;
    // Numbers are not typos of each other: "2020" must not find 2023.
    const min = /\d/.test(normalizeForSearch(query)) ? SCORE.allWordsPrefix : 1;
    return new Set(index.search(query, rows.length).filter((hit) => hit.score >= min).map((hit) => hit.item.id));
  };
}
