// Suggestions for the workbench: mentions of entities already known, and date phrases. A stand-in
// until src/curation's finders (findMentions, findDatePhrases) land: it matches names letter for
// letter with only the folds that keep UTF-16 offsets (Arabic yeh/kaf, Latin case, digits), and
// Solar Hijri day-month(-year) and Gregorian year phrases. Pure.
import { fromSolarHijri, SOLAR_HIJRI_MONTHS, toSolarHijri } from '../../domain/dates';
import type { Entity, FuzzyDate } from '../../domain/schema';
import { toLatinDigits } from '../../domain/persian';

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
}

export type Suggestion = MentionSuggestion | DateSuggestion;

const FOLD: Record<string, string> = { 'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ۀ': 'ه', 'ة': 'ه' };

/** One character for one: the folded text has the same offsets as the original. */
function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const one = lower.length === c.length ? lower : c;
    out += FOLD[one] ?? toLatinDigits(one);
  }
  return out;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

export function findMentionsFallback(text: string, entities: readonly Entity[]): MentionSuggestion[] {
  const folded = fold(text);
  const out: MentionSuggestion[] = [];
  const taken: Array<[number, number]> = [];
  // Longer names first, so «جمهوری آذربایجان» wins over «آذربایجان» inside it.
  const names = entities.flatMap((e) => [e.name.fa, e.name.en, ...e.aliases].map((n) => ({ entity: e.id, name: fold(n.trim()) })));
  names.sort((a, b) => b.name.length - a.name.length);
  for (const { entity, name } of names) {
    if (name.length < 2) continue;
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (LETTER.test(text.charAt(at - 1)) || LETTER.test(text.charAt(end))) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      out.push({ type: 'mention', key: `mention:${entity}:${at}:${end}`, start: at, end, entity });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const MONTHS = SOLAR_HIJRI_MONTHS.fa.join('|');
const DIGIT = '[0-9۰-۹٠-٩]';
const SOLAR = new RegExp(`(${DIGIT}{1,2})\\s*(${MONTHS})(?:\\s*ماه)?(?:\\s*(?:سال\\s*)?(${DIGIT}{4}))?(?![\\p{L}\\p{M}])`, 'gu');
const YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${DIGIT}{4})(?![\\p{L}\\p{N}])`, 'gu');

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The publication day as a Date, when the document's date is known to the day. */
function publishedDay(published: FuzzyDate | undefined): Date | null {
  if (!published || published.precision !== 'day' || !published.value) return null;
  const d = new Date(`${published.value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function findDatePhrasesFallback(text: string, published?: FuzzyDate): DateSuggestion[] {
  const out: DateSuggestion[] = [];
  const anchor = publishedDay(published);
  for (const m of text.matchAll(SOLAR)) {
    const day = Number(toLatinDigits(m[1] ?? ''));
    const month = (SOLAR_HIJRI_MONTHS.fa as readonly string[]).indexOf(m[2] ?? '') + 1;
    const start = m.index;
    const end = start + m[0].length;
    let year = m[3] ? Number(toLatinDigits(m[3])) : null;
    let basis: string | undefined;
    if (year === null && anchor) {
      // The most recent such day on or before publication.
      const pub = toSolarHijri(anchor);
      year = month > pub.month || (month === pub.month && day > pub.day) ? pub.year - 1 : pub.year;
      basis = `The year is not stated; taken as the latest ${day} ${SOLAR_HIJRI_MONTHS.en[month - 1]} on or before publication (${published?.value}), i.e. ${year} SH.`;
    }
    let date: FuzzyDate = { stated: m[0], precision: 'unknown', certainty: 'unknown' };
    if (year !== null) {
      try {
        date = { stated: m[0], precision: 'day', value: iso(fromSolarHijri(year, month, day)), certainty: basis ? 'inferred' : 'stated', ...(basis ? { basis } : {}) };
      } catch {
        // No such day (31 Mehr): leave the value unknown.
      }
    }
    out.push({ type: 'date', key: `date:${start}:${end}`, start, end, date });
  }
  for (const m of text.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((d) => start < d.end && end > d.start)) continue;
    const year = toLatinDigits(m[1] ?? '');
    // Four digits from 1500 to 2099 read as Gregorian years; 13xx and 14xx are Solar Hijri ones.
    if (!/^(1[5-9]|20)/.test(year)) continue;
    out.push({ type: 'date', key: `date:${start}:${end}`, start, end, date: { stated: m[0], precision: 'year', value: year, certainty: 'stated' } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Sentence spans: ends at . ! ? ؟ or a line break (stand-in for src/curation's sentenceSpans). */
export function sentenceSpansFallback(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^.!?؟\n]+(?:[.!?؟]+|\n|$)/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    out.push([m.index + lead, m.index + lead + body.length]);
  }
  return out;
}

/** How many sentences some quote overlaps. */
export function coverage(sentences: ReadonlyArray<[number, number]>, quotes: ReadonlyArray<{ start: number; end: number }>): number {
  return sentences.filter(([s, e]) => quotes.some((q) => q.start < e && q.end > s)).length;
}
