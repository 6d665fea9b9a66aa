// Gregorian dates written out in a text — «۸ ژانویه ۲۰۲۳», "8 January 2023", "January 8, 2023",
// "Jan 2023", «٨ يناير ٢٠٢٣», "2023-01-08" — for date-phrase suggestions (datePhrases.ts). Matched
// in the folded text (lower case, ASCII digits, Arabic letters folded to Persian). A day and month
// without a year take the publication's year, or the one before if the day had not yet come. Pure.
import { GREGORIAN_MONTHS } from '../domain/dates';
import { isRealIsoDate } from '../domain/kinds';
import { normalizeForSearch as f, toPersianDigits as fa } from '../domain/persian';
import type { Anchor, Found } from './dateAnchor';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Month words (folded) to month numbers: English full and short, Persian and Arabic forms. */
const MONTH_WORDS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (words: readonly string[]) => words.forEach((w, i) => map.set(f(w), i + 1));
  add(GREGORIAN_MONTHS.en);
  add(GREGORIAN_MONTHS.fa);
  add(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
  add(['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر']);
  add(['ژانویه', 'فوریه', 'مارس', 'آپریل', 'می', 'جون', 'جولای', 'آگوست', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر']);
  map.set('sept', 9);
  return map;
})();
const MONTH = [...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
const ORD = '(?:st|nd|rd|th)?';
const AD = `(?:\\s*${f('میلادی')})?`;

/** «۸ ژانویه ۲۰۲۳», "8 January 2023", "8 Jan" (year optional). */
const DAY_MONTH = new RegExp(`${B}(\\d{1,2})${ORD}\\s*(${MONTH})\\.?(?:,?\\s*(\\d{4}))?${AD}${E}`, 'gu');
/** "January 8, 2023", "Jan. 8 2023" (year required: "may 12" is too often not a date). */
const MONTH_DAY = new RegExp(`${B}(${MONTH})\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})${AD}${E}`, 'gu');
/** "January 2023", «ژانویه ۲۰۲۳». */
const MONTH_YEAR = new RegExp(`${B}(${MONTH})\\.?,?\\s*(\\d{4})${AD}${E}`, 'gu');
/** "2023-01-08". */
const ISO_DAY = new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu');

const pad = (n: number) => String(n).padStart(2, '0');
const EN = GREGORIAN_MONTHS.en;
const FA = GREGORIAN_MONTHS.fa;

function statedDate(text: string, value: string, precision: 'day' | 'month', en: string, faText: string): Found {
  return { kind: 'gregorianDate', date: { stated: text, precision, value, certainty: 'stated' }, basis: { en, fa: faText } };
}

function full(text: string, year: number, month: number, day: number): Found | null {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  if (year < 1000 || year > 2999 || !isRealIsoDate(value)) return null;
  return statedDate(text, value, 'day', `«${text}» is ${day} ${EN[month - 1]} ${year}.`, `«${text}» یعنی ${fa(String(day))} ${FA[month - 1]} ${fa(String(year))} میلادی.`);
}

/** A day and month without a year, placed by the publication date when every possible day agrees. */
function withoutYear(text: string, month: number, day: number, anchor: Anchor | null): Found | null {
  if (!isRealIsoDate(`2000-${pad(month)}-${pad(day)}`)) return null;
  const unknown = (en: string, faText: string): Found => ({ kind: 'gregorianDate', date: { stated: text, precision: 'unknown', certainty: 'unknown', basis: en }, basis: { en, fa: faText } });
  if (!anchor) return unknown(`«${text}» gives a day and month but no year, and the publication date is unknown.`, `«${text}» روز و ماه را می‌گوید نه سال را، و تاریخ انتشار نامعلوم است.`);
  const place = (ms: number) => {
    const y = new Date(ms).getUTCFullYear();
    const value = `${y}-${pad(month)}-${pad(day)}`;
    // 29 February of a year without one, or a day still to come: the year before.
    return isRealIsoDate(value) && Date.parse(value) <= ms ? y : y - 1;
  };
  const [a, b] = [place(anchor.first), place(anchor.last)];
  const value = `${a}-${pad(month)}-${pad(day)}`;
  if (a !== b || !isRealIsoDate(value))
    return unknown(`«${text}» gives a day and month without a year; the publication date (${anchor.describe.en}) leaves the year open.`, `«${text}» روز و ماه را بی سال می‌گوید؛ تاریخ انتشار (${anchor.describe.fa}) سال را معلوم نمی‌کند.`);
  const en = `«${text}» with the latest such day on or before publication (${anchor.describe.en}): ${value}.`;
  return { kind: 'gregorianDate', date: { stated: text, precision: 'day', value, certainty: 'inferred', basis: en }, basis: { en, fa: `«${text}» با آخرین چنین روزی تا انتشار (${anchor.describe.fa}): ${fa(value)}.` } };
}

type Finder = (m: RegExpExecArray, text: string, anchor: Anchor | null) => Found | null;
const month = (word: string | undefined) => MONTH_WORDS.get(word ?? '') ?? 0;

export const GREGORIAN_FINDERS: ReadonlyArray<[RegExp, Finder]> = [
  [DAY_MONTH, (m, text, anchor) => (m[3] === undefined ? withoutYear(text, month(m[2]), Number(m[1]), anchor) : full(text, Number(m[3]), month(m[2]), Number(m[1])))],
  [MONTH_DAY, (m, text) => full(text, Number(m[3]), month(m[1]), Number(m[2]))],
  [
    MONTH_YEAR,
    (m, text) => {
      const [mo, y] = [month(m[1]), Number(m[2])];
      if (y < 1000 || y > 2999) return null;
      return statedDate(text, `${y}-${pad(mo)}`, 'month', `«${text}» is ${EN[mo - 1]} ${y}.`, `«${text}» یعنی ${FA[mo - 1]} ${fa(String(y))} میلادی.`);
    },
  ],
  [ISO_DAY, (m, text) => full(text, Number(m[1]), Number(m[2]), Number(m[3]))],
];
