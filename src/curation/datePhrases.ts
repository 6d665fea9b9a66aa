// Date expressions in a text, each with a proposed FuzzyDate in exactly the dataset's shape
// (schema.ts), so an accepted suggestion goes into a fact unchanged and passes data:check. Phrases
// are found in the folded text (fold.ts: yeh/kaf, ZWNJ, diacritics and digits folded) and quoted
// from the stored text. Dates that need the publication date are resolved against it; when the
// publication date is too vague to give one answer (a year-long range, say), the suggestion says
// so with `precision: 'unknown'` rather than guessing, as the curated dataset does.
import { DAY_MS, SOLAR_HIJRI_MONTHS, type SolarHijriDate } from '../domain/dates';
import { solarDay, solarOf } from './calendarCache';
import { normalizeForSearch, toPersianDigits } from '../domain/persian';
import type { FuzzyDate } from '../domain/schema';
import { foldWithMap } from './fold';
import { relativeSuggestions } from './relativeDates';
import { GREGORIAN_FINDERS } from './gregorianDates';
import { anchorOf, iso, type Anchor, type Found } from './dateAnchor';

/**
 * solarHijriFull: a Solar Hijri date with its year (a day, or a month and year); gregorianDate: a
 * Gregorian day or month written out («۸ ژانویه ۲۰۲۳», "January 2023"); the others as named.
 */
export type DatePhraseKind = 'solarHijriDayMonth' | 'solarHijriFull' | 'gregorianYear' | 'gregorianDate' | 'solarHijriYear' | 'weekday' | 'relative';

export interface DateSuggestion {
  /** Stable id for accepting or dismissing this suggestion. */
  id: string;
  start: number;
  end: number;
  /** Always text.slice(start, end). */
  matched: string;
  date: FuzzyDate;
  basis: { en: string; fa: string };
  kind: DatePhraseKind;
}

/** Anything with the FuzzyDate fields that place a date (the document's `published`). */
export type PublishedLike = Pick<FuzzyDate, 'precision' | 'value' | 'start' | 'end'> & Partial<FuzzyDate>;

const f = normalizeForSearch;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const MONTHS = SOLAR_HIJRI_MONTHS.fa.map(f);
const MONTH_RE = MONTHS.join('|');

const UNITS = ['یکم', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم'];
const TEENS = ['دهم', 'یازدهم', 'دوازدهم', 'سیزدهم', 'چهاردهم', 'پانزدهم', 'شانزدهم', 'هفدهم', 'هجدهم', 'نوزدهم'];
/** Persian ordinal day words, folded, to their number: «هجدهم» → 18. */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  UNITS.forEach((w, i) => map.set(f(w), i + 1));
  map.set(f('اول'), 1);
  TEENS.forEach((w, i) => map.set(f(w), i + 10));
  map.set(f('هیجدهم'), 18);
  map.set(f('هژدهم'), 18);
  map.set(f('بیستم'), 20);
  UNITS.forEach((w, i) => map.set(f(`بیست و ${w}`), 21 + i));
  map.set(f('سیام'), 30);
  map.set(f('سی ام'), 30);
  map.set(f('سی و یکم'), 31);
  return map;
})();
const ORDINAL_RE = [...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

const LAST_YEAR = f('(?:سال\\s*(?:گذشته|قبل|پیش)|پارسال)');
const THIS_YEAR = f('(?:امسال|سال\\s*جاری)');
/**
 * Words that put a sentence in the future: «قرار است … برگزار شود», «… خواهد شد», «آینده». A
 * day-month without a year in such a sentence is the next one to come, not the last one past.
 */
const FUTURE = new RegExp(`${B}(?:${[f('قرار است'), f('قرار شده'), f('خواهد'), f('خواهند'), f('آینده')].map((w) => w.replace(/ /g, '\\s*')).join('|')})`, 'u');

/** The words around a match up to the sentence's ends (., !, ?, ؟ or a line break), in the folded text. */
function sentenceAround(m: RegExpExecArray): string {
  const text = m.input;
  let a = m.index;
  while (a > 0 && !/[.!?؟\n]/.test(text.charAt(a - 1))) a--;
  let b = m.index + m[0].length;
  while (b < text.length && !/[.!?؟\n]/.test(text.charAt(b))) b++;
  return text.slice(a, b);
}
const SH_DAY_MONTH = new RegExp(
  `${B}(\\d{1,2}|${ORDINAL_RE})\\s*(${MONTH_RE})(?:\\s*${f('ماه')})?(?:\\s*(?:${f('سال')}\\s*)?(\\d{4})(?:\\s*${f('خورشیدی')}|\\s*${f('شمسی')})?|\\s*(${LAST_YEAR}|${THIS_YEAR}))?${E}`,
  'gu',
);
/** «دی ماه ۱۴۰۱», «اسفند سال ۱۴۰۲»: a Solar Hijri month of a stated year. */
const SH_MONTH_YEAR = new RegExp(`${B}(${MONTH_RE})(?:\\s*${f('ماه')})?\\s*(?:${f('سال')}\\s*)?(1[2-4]\\d\\d)(?:\\s*${f('خورشیدی')}|\\s*${f('شمسی')})?${E}`, 'gu');
const SH_NUMERIC = new RegExp(`${B}(1[34]\\d\\d)[/.-](\\d{1,2})[/.-](\\d{1,2})${E}`, 'gu');
const YEAR = new RegExp(`${B}(?:(${f('سال')})\\s*)?(\\d{4})(?:\\s*(${f('میلادی')}|${f('خورشیدی')}|${f('شمسی')}))?(?![\\p{L}\\p{N}]|[.,٫٬/]\\d)`, 'gu');

const WEEKDAYS: ReadonlyArray<{ re: string; day: number; en: string; fa: string }> = [
  { re: f('یک\\s?شنبه'), day: 0, en: 'Sunday', fa: 'یکشنبه' },
  { re: f('دو\\s?شنبه'), day: 1, en: 'Monday', fa: 'دوشنبه' },
  { re: f('سه\\s?شنبه'), day: 2, en: 'Tuesday', fa: 'سه‌شنبه' },
  { re: f('چهار\\s?شنبه'), day: 3, en: 'Wednesday', fa: 'چهارشنبه' },
  { re: f('پنج\\s?شنبه'), day: 4, en: 'Thursday', fa: 'پنجشنبه' },
  { re: f('جمعه'), day: 5, en: 'Friday', fa: 'جمعه' },
  { re: f('شنبه'), day: 6, en: 'Saturday', fa: 'شنبه' },
];
const WEEKDAY = new RegExp(`${B}(?:${f('روز')}\\s*)?(${WEEKDAYS.map((w) => w.re).join('|')})${E}`, 'gu');

const fa = toPersianDigits;
const shText = (d: SolarHijriDate) => `${d.day} ${SOLAR_HIJRI_MONTHS.en[d.month - 1]} ${d.year}`;
const shTextFa = (d: SolarHijriDate) => fa(`${d.day} ${SOLAR_HIJRI_MONTHS.fa[d.month - 1]} ${d.year}`);

function safeSolar(year: number, month: number, day: number): Date | null {
  const ms = solarDay(year, month, day);
  return ms === null ? null : new Date(ms);
}

function unknownDate(stated: string, en: string, faText: string): Pick<DateSuggestion, 'date' | 'basis'> {
  return { date: { stated, precision: 'unknown', certainty: 'unknown', basis: en }, basis: { en, fa: faText } };
}

function dayMonth(m: RegExpExecArray, stated: string, anchor: Anchor | null): Found | null {
  const [, dayText = '', monthText = '', yearText, relYear] = m;
  const day = /^\d+$/.test(dayText) ? Number(dayText) : ORDINAL_DAYS.get(dayText.replace(/\s+/g, ' ')) ?? 0;
  const month = MONTHS.indexOf(monthText) + 1;
  if (yearText !== undefined) {
    const year = Number(yearText);
    // A four-digit year after a Solar Hijri month is a Solar Hijri year; anything else is not a date.
    const date = year >= 1200 && year <= 1500 ? safeSolar(year, month, day) : null;
    if (!date) return null;
    const sh = { year, month, day };
    const en = `«${stated}» is ${shText(sh)} SH, which is ${iso(date.getTime())} in the Gregorian calendar.`;
    const faText = `«${stated}» یعنی ${shTextFa(sh)} خورشیدی، برابر ${fa(iso(date.getTime()))} میلادی.`;
    return { kind: 'solarHijriFull', date: { stated, precision: 'day', value: iso(date.getTime()), certainty: 'stated', basis: en }, basis: { en, fa: faText } };
  }
  if (day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  if (!anchor) {
    return {
      kind: 'solarHijriDayMonth',
      ...unknownDate(stated, `«${stated}» gives a day and month but no year, and the publication date is unknown.`, `«${stated}» روز و ماه را می‌گوید نه سال را، و تاریخ انتشار نامعلوم است.`),
    };
  }
  // Without a year: the year of publication, or the one before if the day would fall after it
  // (news reports what happened), unless the sentence speaks of what is to come: then the next
  // such day on or after publication. «سال گذشته»/«امسال» name the year relative to publication.
  const future = relYear === undefined && FUTURE.test(sentenceAround(m));
  const resolve = (ms: number): { year: number; why: 'rel' | 'same' | 'before' | 'next' } | null => {
    const pub = solarOf(ms);
    if (relYear !== undefined) return { year: new RegExp(`^${THIS_YEAR}$`, 'u').test(relYear) ? pub.year : pub.year - 1, why: 'rel' };
    const same = safeSolar(pub.year, month, day);
    if (future) return same && same.getTime() >= ms ? { year: pub.year, why: 'next' } : { year: pub.year + 1, why: 'next' };
    if (same && same.getTime() <= ms) return { year: pub.year, why: 'same' };
    return { year: pub.year - 1, why: 'before' };
  };
  const a = resolve(anchor.first);
  const b = resolve(anchor.last);
  if (!a || !b || a.year !== b.year) {
    return {
      kind: 'solarHijriDayMonth',
      ...unknownDate(
        stated,
        `«${stated}» gives a day and month without a year; the publication date (${anchor.describe.en}) leaves the year open (${Math.min(a?.year ?? 0, b?.year ?? 0)} or ${Math.max(a?.year ?? 0, b?.year ?? 0)} SH).`,
        `«${stated}» روز و ماه را بی سال می‌گوید؛ تاریخ انتشار (${anchor.describe.fa}) سال را معلوم نمی‌کند.`,
      ),
    };
  }
  const date = safeSolar(a.year, month, day);
  if (!date) return null;
  const sh = { year: a.year, month, day };
  const how =
    a.why === 'rel'
      ? { en: `the year it names relative to publication (${anchor.describe.en})`, fa: `سالی که نسبت به تاریخ انتشار (${anchor.describe.fa}) می‌گوید` }
      : a.why === 'same'
        ? { en: `the year of publication (${anchor.describe.en})`, fa: `سال انتشار (${anchor.describe.fa})` }
        : a.why === 'next'
          ? { en: `the next such day on or after publication (${anchor.describe.en}), since the sentence speaks of what is to come`, fa: `نخستین چنین روزی از تاریخ انتشار (${anchor.describe.fa}) به بعد، چون جمله از آینده می‌گوید` }
          : { en: `the year before publication, since that day had not yet come in the year of publication (${anchor.describe.en})`, fa: `سال پیش از انتشار، چون آن روز در سال انتشار (${anchor.describe.fa}) هنوز نرسیده بود` };
  const en = `«${stated}» with ${how.en}, ${a.year} SH: ${shText(sh)} SH, ${iso(date.getTime())}.`;
  const faText = `«${stated}» با ${how.fa}، ${fa(String(a.year))}: ${shTextFa(sh)} خورشیدی، ${fa(iso(date.getTime()))}.`;
  return { kind: 'solarHijriDayMonth', date: { stated, precision: 'day', value: iso(date.getTime()), certainty: 'inferred', basis: en }, basis: { en, fa: faText } };
}

function monthYear(m: RegExpExecArray, stated: string): Found | null {
  const month = MONTHS.indexOf(m[1] ?? '') + 1;
  const year = Number(m[2]);
  const first = safeSolar(year, month, 1);
  const next = month === 12 ? safeSolar(year + 1, 1, 1) : safeSolar(year, month + 1, 1);
  if (!first || !next) return null;
  const [start, end] = [iso(first.getTime()), iso(next.getTime() - DAY_MS)];
  const name = { en: `${SOLAR_HIJRI_MONTHS.en[month - 1]} ${year} SH`, fa: `${SOLAR_HIJRI_MONTHS.fa[month - 1]} ${fa(String(year))} خورشیدی` };
  const en = `«${stated}» is ${name.en}, from ${start} to ${end}.`;
  const faText = `«${stated}» یعنی ${name.fa}، از ${fa(start)} تا ${fa(end)}.`;
  return { kind: 'solarHijriFull', date: { stated, precision: 'range', start, end, certainty: 'stated', basis: en }, basis: { en, fa: faText } };
}

function numericSolar(m: RegExpExecArray, stated: string): Found | null {
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = safeSolar(year, month, day);
  if (!date) return null;
  const sh = { year, month, day };
  const en = `«${stated}» is ${shText(sh)} SH (year/month/day), which is ${iso(date.getTime())}.`;
  const faText = `«${stated}» یعنی ${shTextFa(sh)} خورشیدی، برابر ${fa(iso(date.getTime()))} میلادی.`;
  return { kind: 'solarHijriFull', date: { stated, precision: 'day', value: iso(date.getTime()), certainty: 'stated', basis: en }, basis: { en, fa: faText } };
}

function yearPhrase(m: RegExpExecArray, stated: string): Found | null {
  const y = Number(m[2]);
  const era = m[3];
  const solar = era === f('خورشیدی') || era === f('شمسی') || (era === undefined && y >= 1300 && y <= 1499);
  if (solar) {
    if (era === f('میلادی')) return null;
    const first = safeSolar(y, 1, 1);
    const next = safeSolar(y + 1, 1, 1);
    if (!first || !next) return null;
    const start = iso(first.getTime());
    const end = iso(next.getTime() - DAY_MS);
    const en = `«${stated}» is the Solar Hijri year ${y}, from ${start} to ${end}.`;
    const faText = `«${stated}» سال ${fa(String(y))} خورشیدی است، از ${fa(start)} تا ${fa(end)}.`;
    return { kind: 'solarHijriYear', date: { stated, precision: 'range', start, end, certainty: 'stated', basis: en }, basis: { en, fa: faText } };
  }
  // Gregorian: with «میلادی», or a bare four-digit number in the years news writes about.
  if (era !== f('میلادی') && !(y >= 1900 && y <= 2100)) return null;
  if (y < 1000 || y > 2999) return null;
  const en = `«${stated}» is the Gregorian year ${y}.`;
  const faText = `«${stated}» سال ${fa(String(y))} میلادی است.`;
  return { kind: 'gregorianYear', date: { stated, precision: 'year', value: String(y), certainty: 'stated' }, basis: { en, fa: faText } };
}

function weekday(m: RegExpExecArray, stated: string, anchor: Anchor | null): Found | null {
  const word = (m[1] ?? '').replace(/\s/g, '');
  const w = WEEKDAYS.find((d) => new RegExp(`^${d.re.replace('\\s?', '')}$`, 'u').test(word));
  if (!w) return null;
  const lastOnOrBefore = (ms: number) => ms - (((new Date(ms).getUTCDay() - w.day) % 7) + 7) % 7 * DAY_MS;
  if (!anchor || lastOnOrBefore(anchor.first) !== lastOnOrBefore(anchor.last)) {
    const why = anchor ? `the publication date (${anchor.describe.en}) is not precise enough to fix the week` : 'the publication date is unknown';
    const whyFa = anchor ? `تاریخ انتشار (${anchor.describe.fa}) برای معلوم کردن هفته دقیق نیست` : 'تاریخ انتشار نامعلوم است';
    return { kind: 'weekday', ...unknownDate(stated, `A ${w.en} relative to the publication date; ${why}.`, `یک ${w.fa} نسبت به تاریخ انتشار؛ ${whyFa}.`) };
  }
  const value = iso(lastOnOrBefore(anchor.last));
  const en = `«${stated}» taken as the last ${w.en} on or before publication (${anchor.describe.en}): ${value}. The text does not say which week.`;
  const faText = `«${stated}» به معنای آخرین ${w.fa} تا روز انتشار (${anchor.describe.fa}) گرفته شد: ${fa(value)}. متن هفته را نمی‌گوید.`;
  return { kind: 'weekday', date: { stated, precision: 'day', value, certainty: 'inferred', basis: en }, basis: { en, fa: faText } };
}

type Finder = (m: RegExpExecArray, stated: string, anchor: Anchor | null) => Found | null;
const FINDERS: ReadonlyArray<[RegExp, Finder]> = [
  [SH_DAY_MONTH, dayMonth],
  [SH_MONTH_YEAR, monthYear],
  [SH_NUMERIC, numericSolar],
  ...GREGORIAN_FINDERS,
  [YEAR, yearPhrase],
  [WEEKDAY, weekday],
];

/**
 * Every date phrase in `text` with a proposed date. `published` is the document's publication
 * date; relative phrases, weekdays and day-months without a year are resolved against it.
 * Overlapping phrases: the longest wins («۱۸ دی ماه سال گذشته» over «سال گذشته»).
 */
export function findDatePhrases(text: string, published: PublishedLike | null | undefined): DateSuggestion[] {
  const folded = foldWithMap(text);
  const s = folded.folded;
  const anchor = published ? anchorOf(published) : null;
  const found: Array<Found & { from: number; to: number }> = [];
  for (const [re, finder] of FINDERS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const from = m.index;
      const to = from + m[0].length;
      const stated = text.slice(folded.start[from], folded.end[to - 1]);
      const r = finder(m, stated, anchor);
      if (r) found.push({ ...r, from, to });
    }
  }
  for (const r of relativeSuggestions(s, anchor, (from, to) => text.slice(folded.start[from], folded.end[to - 1]))) found.push(r);
  found.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Uint8Array(s.length);
  const kept: DateSuggestion[] = [];
  for (const r of found) {
    let free = true;
    for (let k = r.from; k < r.to && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, r.from, r.to);
    const start = folded.start[r.from] as number;
    const end = folded.end[r.to - 1] as number;
    kept.push({ id: `date:${start}:${end}`, start, end, matched: text.slice(start, end), date: r.date, basis: r.basis, kind: r.kind });
  }
  return kept.sort((a, b) => a.start - b.start);
}
