// Fuzzy dates on a timeline, in two calendars. A date is a period, not an instant: `2020` covers
// the whole year, so spans are half-open [start, end) in UTC epoch ms. Solar Hijri comes from the
// `persian` calendar of Intl; month names are fixed tables (they match ICU) so output is the same
// in every browser. Pure: runs in the browser and in Node.
import { isRealIsoDate } from './kinds';
import type { FuzzyDate } from './schema';
import { toLatinDigits, toPersianDigits } from './persian';

/** A half-open interval [start, end) of UTC epoch milliseconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

export type CalendarPrecision = 'day' | 'month' | 'year';
export type DisplayLocale = 'en' | 'fa';
export type Calendar = 'gregorian' | 'solarHijri';

export interface SolarHijriDate {
  year: number;
  /** 1 = Farvardin … 12 = Esfand. */
  month: number;
  day: number;
}

export const DAY_MS = 86_400_000;

export const GREGORIAN_MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fa: ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
} as const satisfies Record<DisplayLocale, readonly string[]>;

export const SOLAR_HIJRI_MONTHS = {
  en: ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'],
  fa: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
} as const satisfies Record<DisplayLocale, readonly string[]>;

/** UTC midnight; unlike Date.UTC, years 0–99 are not shifted into the 1900s. */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function isoPrecision(value: string): CalendarPrecision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** The period an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) covers, or null if it is not one. */
export function isoSpan(value: string): TimeSpan | null {
  if (!isRealIsoDate(value)) return null;
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined) return null;
  if (m === undefined) return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1) };
  if (d === undefined) return { start: utc(y, m - 1, 1), end: utc(y, m, 1) };
  return { start: utc(y, m - 1, d), end: utc(y, m - 1, d + 1) };
}

/**
 * The period a fuzzy date covers: a year, a month or a day as given; a range from the first
 * instant of its start to the end of its end (`2020`–`2021-03` runs to 1 April 2021, exclusive).
 * Null when undated or malformed.
 */
export function dateSpan(d: FuzzyDate): TimeSpan | null {
  if (d.precision === 'unknown') return null;
  if (d.precision === 'range') {
    const from = d.start === undefined ? null : isoSpan(d.start);
    const to = d.end === undefined ? null : isoSpan(d.end);
    if (!from || !to || to.end <= from.start) return null;
    return { start: from.start, end: to.end };
  }
  return d.value === undefined ? null : isoSpan(d.value);
}

/**
 * Whether a date's period overlaps a half-open window (touching ends do not; an empty window
 * overlaps nothing); null when the date is undated.
 */
export function intersectsWindow(d: FuzzyDate, window: TimeSpan): boolean | null {
  const span = dateSpan(d);
  if (!span) return null;
  return window.start < window.end && span.start < window.end && window.start < span.end;
}

let solarHijriFormat: Intl.DateTimeFormat | undefined;

/** The Solar Hijri (Iranian) calendar date of a UTC day. */
export function toSolarHijri(date: Date): SolarHijriDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('toSolarHijri: an invalid Date');
  solarHijriFormat ??= new Intl.DateTimeFormat('en-u-ca-persian', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = solarHijriFormat.formatToParts(date);
  // Parts may carry era text ("1401 AP") or non-ASCII digits depending on the engine.
  const read = (type: 'year' | 'month' | 'day'): number => {
    const text = parts.find((p) => p.type === type)?.value ?? '';
    const match = /[-\u2212]?\d+/.exec(toLatinDigits(text));
    if (!match) throw new RangeError(`toSolarHijri: no ${type} in "${parts.map((p) => p.value).join('')}"`);
    return Number(match[0].replace('\u2212', '-'));
  };
  return { year: read('year'), month: read('month'), day: read('day') };
}

/** Days from 1 Farvardin to the given month and day: months 1–6 have 31 days, 7–11 have 30. */
function dayOfSolarYear(month: number, day: number): number {
  return (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
}

/** UTC midnight of a Solar Hijri date; RangeError for a day that does not exist (30 Esfand 1401). */
export function fromSolarHijri(year: number, month: number, day: number): Date {
  const valid =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= (month <= 6 ? 31 : 30);
  if (!valid) throw new RangeError(`fromSolarHijri: no date ${year}-${month}-${day}`);
  // 1 Farvardin falls around 21 March of year + 621; find it exactly, then count days forward.
  let newYear = utc(year + 621, 2, 21);
  for (let i = 0; i < 8; i++) {
    const got = toSolarHijri(new Date(newYear));
    const offset = got.year === year ? dayOfSolarYear(got.month, got.day) : got.year < year ? -1 : 1;
    if (offset === 0) break;
    newYear -= offset * DAY_MS;
  }
  const result = new Date(newYear + dayOfSolarYear(month, day) * DAY_MS);
  const check = toSolarHijri(result);
  if (check.year !== year || check.month !== month || check.day !== day)
    throw new RangeError(`fromSolarHijri: no date ${year}-${month}-${day}`);
  return result;
}

interface DayParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(ms: number, calendar: Calendar): DayParts {
  const date = new Date(ms);
  if (calendar === 'solarHijri') return toSolarHijri(date);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function monthName(calendar: Calendar, locale: DisplayLocale, month: number): string {
  const names = calendar === 'solarHijri' ? SOLAR_HIJRI_MONTHS[locale] : GREGORIAN_MONTHS[locale];
  return names[month - 1] ?? String(month);
}

/** Day, month and year pieces down to a precision, e.g. ['18', 'Dey', '1401']. */
function pieces(p: DayParts, precision: CalendarPrecision, calendar: Calendar, locale: DisplayLocale): string[] {
  const year = String(p.year);
  if (precision === 'year') return [year];
  const month = monthName(calendar, locale, p.month);
  return precision === 'month' ? [month, year] : [String(p.day), month, year];
}

function localDigits(text: string, locale: DisplayLocale): string {
  return locale === 'fa' ? toPersianDigits(text) : text;
}

function render(p: DayParts, precision: CalendarPrecision, calendar: Calendar, locale: DisplayLocale): string {
  return localDigits(pieces(p, precision, calendar, locale).join(' '), locale);
}

/** "8 January 2023", "January 2023" or "2023" ('fa': "۸ ژانویه ۲۰۲۳"). */
export function formatGregorian(ms: number, precision: CalendarPrecision, locale: DisplayLocale): string {
  return render(partsOf(ms, 'gregorian'), precision, 'gregorian', locale);
}

/** "18 Dey 1401", "Dey 1401" or "1401" ('fa': "۱۸ دی ۱۴۰۱"). */
export function formatSolarHijri(ms: number, precision: CalendarPrecision, locale: DisplayLocale): string {
  return render(partsOf(ms, 'solarHijri'), precision, 'solarHijri', locale);
}

const RANK: Record<CalendarPrecision, number> = { day: 0, month: 1, year: 2 };

/**
 * A period in one calendar, at the given precision or coarser when the period is exactly whole
 * months or years of that calendar (1 Farvardin – 29 Esfand 1402 reads "1402"). A period that
 * crosses units shows both ends: "1398–1399", "Esfand 1401 – Farvardin 1402", "8–10 January 2023".
 */
export function formatPeriod(
  span: TimeSpan,
  precision: CalendarPrecision,
  calendar: Calendar,
  locale: DisplayLocale,
): string {
  const first = partsOf(span.start, calendar);
  const last = partsOf(Math.max(span.start, span.end - DAY_MS), calendar);
  const after = partsOf(span.end, calendar);
  const aligned: CalendarPrecision =
    first.day === 1 && after.day === 1
      ? first.month === 1 && after.month === 1
        ? 'year'
        : 'month'
      : 'day';
  const shown = RANK[aligned] > RANK[precision] ? aligned : precision;
  const [a, b] = [pieces(first, shown, calendar, locale), pieces(last, shown, calendar, locale)];
  // Keep only the leading pieces of the first end that differ from the last one:
  // "8–10 January 2023", "8 January – 2 February 2023", "Dey–Bahman 1401".
  const common = first.year !== last.year ? 0 : shown === 'day' && first.month === last.month ? 2 : 1;
  const head = a.slice(0, a.length - common).join(' ');
  const tail = b.join(' ');
  let text: string;
  if (a.join(' ') === tail) text = tail;
  else if (a.length - common === 1) text = `${head}–${tail}`;
  else text = `${head} – ${tail}`;
  return localDigits(text, locale);
}

const WORDS = {
  en: {
    solarHijri: (s: string) => `${s} SH`,
    gregorian: (s: string) => s,
    undated: 'Undated',
    quote: (s: string) => `“${s}”`,
    relative: '(relative to an unknown publication date)',
    inferred: '(inferred)',
    uncertain: '(uncertain)',
  },
  fa: {
    solarHijri: (s: string) => `${s} خورشیدی`,
    gregorian: (s: string) => `${s} میلادی`,
    undated: 'بی‌تاریخ',
    quote: (s: string) => `«${s}»`,
    relative: '(نسبت به تاریخ انتشار نامعلوم)',
    inferred: '(استنباطی)',
    uncertain: '(نامطمئن)',
  },
} as const;

/**
 * A fuzzy date for people, in both calendars: the reader's calendar first ('en': Gregorian,
 * 'fa': Solar Hijri). "2020 · 1398–1399 SH", "8 January 2023 · 18 Dey 1401 SH",
 * "۱۸ دی ۱۴۰۱ خورشیدی؛ ۸ ژانویه ۲۰۲۳ میلادی"; inferred dates say so; undated ones quote the
 * phrase as stated: "Undated — “روز سهشنبه” (relative to an unknown publication date)".
 */
export function describeDate(d: FuzzyDate, locale: DisplayLocale): string {
  const w = WORDS[locale];
  const span = dateSpan(d);
  if (!span) {
    const stated = d.stated?.trim();
    return stated ? `${w.undated} — ${w.quote(stated)} ${w.relative}` : w.undated;
  }
  const ends = d.precision === 'range' ? [d.start ?? '', d.end ?? ''] : [d.value ?? ''];
  const [p0 = 'day', p1 = p0] = ends.map(isoPrecision);
  let gregorian: string;
  let solarHijri: string;
  if (p0 === p1) {
    gregorian = formatPeriod(span, p0, 'gregorian', locale);
    solarHijri = formatPeriod(span, p0, 'solarHijri', locale);
  } else {
    // "2020 – March 2021": each end as given; Solar Hijri, which cuts across both, at the coarser.
    const [from, to] = ends.map(isoSpan);
    gregorian = `${formatGregorian(from?.start ?? span.start, p0, locale)} – ${formatGregorian(to?.start ?? span.end, p1, locale)}`;
    solarHijri = formatPeriod(span, RANK[p0] > RANK[p1] ? p0 : p1, 'solarHijri', locale);
  }
  gregorian = w.gregorian(gregorian);
  solarHijri = w.solarHijri(solarHijri);
  // In Vazirmatn a middle dot looks like the Persian zero "۰": Persian separates with its semicolon.
  const text = locale === 'fa' ? `${solarHijri}؛ ${gregorian}` : `${gregorian} · ${solarHijri}`;
  const note = d.certainty === 'inferred' ? w.inferred : d.certainty === 'unknown' ? w.uncertain : '';
  return note ? `${text} ${note}` : text;
}
