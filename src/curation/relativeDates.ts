// Relative date phrases («سال گذشته», «سه سال اخیر», «اخیراً», «امروز») resolved against the
// publication date. Matched in the folded text (fold.ts), so «اخیراً» and «اخیرا» are one phrase.
// Calendar units follow the text's calendar: «سال گذشته» in a Persian text is the previous Solar
// Hijri year. Ranges are as wide as every possible publication day makes them. Pure.
import { DAY_MS } from '../domain/dates';
import { solarDay, solarOf } from './calendarCache';
import { normalizeForSearch as f, toPersianDigits as fa } from '../domain/persian';
import { iso, type Anchor, type Found } from './dateAnchor';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const NUMBER_WORDS = ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده'].map(f);
const NUM = `(\\d{1,2}|${NUMBER_WORDS.join('|')})`;
const UNIT: Record<string, { en: string; fa: string }> = {
  [f('سال')]: { en: 'year', fa: 'سال' },
  [f('ماه')]: { en: 'month', fa: 'ماه' },
  [f('هفته')]: { en: 'week', fa: 'هفته' },
  [f('روز')]: { en: 'day', fa: 'روز' },
};
const PAST = f('(?:اخیر|گذشته|قبل|پیش)');

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, stated: string, anchor: Anchor | null) => Found;
}

function unknown(stated: string, en: string, faText: string): Found {
  return { kind: 'relative', date: { stated, precision: 'unknown', certainty: 'unknown', basis: en }, basis: { en, fa: faText } };
}

function range(stated: string, start: number, end: number, en: string, faText: string): Found {
  return { kind: 'relative', date: { stated, precision: 'range', start: iso(start), end: iso(end), certainty: 'inferred', basis: en }, basis: { en, fa: faText } };
}

function day(stated: string, ms: number, en: string, faText: string): Found {
  return { kind: 'relative', date: { stated, precision: 'day', value: iso(ms), certainty: 'inferred', basis: en }, basis: { en, fa: faText } };
}

const noAnchor = (stated: string) =>
  unknown(stated, `«${stated}» is relative to the publication date, which is unknown.`, `«${stated}» نسبت به تاریخ انتشار است که نامعلوم است.`);

/** The Solar Hijri year or month containing `ms`, shifted by `by`, as [first day, last day]. */
function solarPeriod(ms: number, unit: 'year' | 'month', by: number): [number, number] {
  const d = solarOf(ms);
  // The first day of a Solar Hijri month always exists, so these are never null.
  const first = (y: number, m: number) => solarDay(y, m, 1) as number;
  if (unit === 'year') return [first(d.year + by, 1), first(d.year + by + 1, 1) - DAY_MS];
  const index = d.year * 12 + (d.month - 1) + by;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const next = m === 12 ? first(y + 1, 1) : first(y, m + 1);
  return [first(y, m), next - DAY_MS];
}

function shLabel(ms: number, unit: 'year' | 'month'): string {
  const d = solarOf(ms);
  return unit === 'year' ? `${d.year} SH` : `month ${d.month} of ${d.year} SH`;
}

/** `n` calendar units before `ms` (Gregorian arithmetic; the 31st of a short month clamps). */
function back(ms: number, n: number, unit: string): number {
  const d = new Date(ms);
  if (unit === 'day') return ms - n * DAY_MS;
  if (unit === 'week') return ms - 7 * n * DAY_MS;
  const months = unit === 'year' ? 12 * n : n;
  const target = new Date(Date.UTC(2000, 0, 1));
  target.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() - months, 1);
  const lastDay = new Date(Date.UTC(2000, 0, 1));
  lastDay.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay.getUTCDate()));
  return target.getTime();
}

/** «سال گذشته» / «امسال» / «ماه گذشته»: a whole Solar Hijri year or month, if the anchor fixes it. */
function wholePeriod(unit: 'year' | 'month', by: number) {
  return (_m: RegExpExecArray, stated: string, anchor: Anchor | null): Found => {
    if (!anchor) return noAnchor(stated);
    const a = solarPeriod(anchor.first, unit, by);
    const b = solarPeriod(anchor.last, unit, by);
    if (a[0] !== b[0])
      return unknown(
        stated,
        `«${stated}» names a Solar Hijri ${unit} relative to publication, but the publication date (${anchor.describe.en}) spans more than one ${unit}.`,
        `«${stated}» ${unit === 'year' ? 'سالی' : 'ماهی'} نسبت به انتشار است، اما تاریخ انتشار (${anchor.describe.fa}) بیش از یکی را می‌پوشاند.`,
      );
    const what = shLabel(a[0], unit);
    return range(
      stated,
      a[0],
      a[1],
      `«${stated}» relative to publication (${anchor.describe.en}): ${what}, ${iso(a[0])} to ${iso(a[1])}.`,
      `«${stated}» نسبت به انتشار (${anchor.describe.fa}): از ${fa(iso(a[0]))} تا ${fa(iso(a[1]))}.`,
    );
  };
}

function dayShift(by: number, en: string) {
  return (_m: RegExpExecArray, stated: string, anchor: Anchor | null): Found => {
    if (!anchor) return noAnchor(stated);
    if (anchor.first !== anchor.last)
      return unknown(stated, `«${stated}» (${en}) needs the day of publication, but it is known only as ${anchor.describe.en}.`, `«${stated}» روز انتشار را لازم دارد، اما تنها ${anchor.describe.fa} معلوم است.`);
    const ms = anchor.first + by * DAY_MS;
    return day(stated, ms, `«${stated}» (${en}) relative to the publication day (${anchor.describe.en}): ${iso(ms)}.`, `«${stated}» نسبت به روز انتشار (${anchor.describe.fa}): ${fa(iso(ms))}.`);
  };
}

/** The Iranian week (Saturday to Friday) before the one of `ms`, as [Saturday, Friday]. */
function weekBefore(ms: number): [number, number] {
  const sinceSaturday = (new Date(ms).getUTCDay() + 1) % 7;
  const saturday = ms - sinceSaturday * DAY_MS - 7 * DAY_MS;
  return [saturday, saturday + 6 * DAY_MS];
}

/** «هفته گذشته»: the Saturday-to-Friday week before the week of publication. */
function lastWeek(_m: RegExpExecArray, stated: string, anchor: Anchor | null): Found {
  if (!anchor) return noAnchor(stated);
  const [a, b] = [weekBefore(anchor.first), weekBefore(anchor.last)];
  if (a[0] !== b[0])
    return unknown(stated, `«${stated}» (last week) needs the week of publication, but it is known only as ${anchor.describe.en}.`, `«${stated}» هفته انتشار را لازم دارد، اما تنها ${anchor.describe.fa} معلوم است.`);
  return range(
    stated,
    a[0],
    a[1],
    `«${stated}» (last week) relative to publication (${anchor.describe.en}): the Saturday-to-Friday week ${iso(a[0])} to ${iso(a[1])}.`,
    `«${stated}» نسبت به انتشار (${anchor.describe.fa}): هفته شنبه تا جمعه از ${fa(iso(a[0]))} تا ${fa(iso(a[1]))}.`,
  );
}

const RULES: Rule[] = [
  {
    // «سه سال اخیر», «۳ ماه گذشته», «دو هفته پیش»: the last N units up to publication.
    re: new RegExp(`${B}${NUM}\\s*(${Object.keys(UNIT).join('|')})\\s*${PAST}${E}`, 'gu'),
    resolve: (m, stated, anchor) => {
      const raw = m[1] ?? '';
      const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS.indexOf(raw) + 1;
      const unit = UNIT[m[2] ?? ''] ?? { en: 'year', fa: 'سال' };
      if (!anchor) return noAnchor(stated);
      const start = back(anchor.first, n, unit.en);
      return range(
        stated,
        start,
        anchor.last,
        `The last ${n} ${unit.en}(s) before publication (${anchor.describe.en}): at the widest, from ${iso(start)} to ${iso(anchor.last)}.`,
        `${fa(String(n))} ${unit.fa} پیش از انتشار (${anchor.describe.fa}): در گسترده‌ترین حالت از ${fa(iso(start))} تا ${fa(iso(anchor.last))}.`,
      );
    },
  },
  { re: new RegExp(`${B}(?:${f('سال\\s*(?:گذشته|قبل|پیش)')}|${f('پارسال')})${E}`, 'gu'), resolve: wholePeriod('year', -1) },
  { re: new RegExp(`${B}(?:${f('امسال')}|${f('سال\\s*جاری')})${E}`, 'gu'), resolve: wholePeriod('year', 0) },
  { re: new RegExp(`${B}${f('ماه\\s*(?:گذشته|قبل|پیش)')}${E}`, 'gu'), resolve: wholePeriod('month', -1) },
  { re: new RegExp(`${B}${f('ماه\\s*جاری')}${E}`, 'gu'), resolve: wholePeriod('month', 0) },
  { re: new RegExp(`${B}${f('هفته\\s*(?:گذشته|قبل|پیش)')}${E}`, 'gu'), resolve: lastWeek },
  { re: new RegExp(`${B}${f('امروز')}${E}`, 'gu'), resolve: dayShift(0, 'today') },
  { re: new RegExp(`${B}${f('دیروز')}${E}`, 'gu'), resolve: dayShift(-1, 'yesterday') },
  { re: new RegExp(`${B}${f('پریروز')}${E}`, 'gu'), resolve: dayShift(-2, 'the day before yesterday') },
  { re: new RegExp(`${B}${f('فردا')}${E}`, 'gu'), resolve: dayShift(1, 'tomorrow') },
  {
    // «اخیراً», «به تازگی»: before publication, by an unstated while; no range is honest.
    re: new RegExp(`${B}(?:${f('اخیرا')}|${f('به\\s*تازگی')}|${f('چندی\\s*پیش')}|${f('(?:سال|ماه|هفته)\\s*ها(?:ی)?\\s*(?:اخیر|گذشته)')})${E}`, 'gu'),
    resolve: (_m, stated, anchor) =>
      unknown(
        stated,
        anchor
          ? `"Recently" relative to the publication date (${anchor.describe.en}); the text gives no length, so no range is proposed.`
          : `"Recently" relative to a publication date that is unknown.`,
        anchor ? `«اخیراً» نسبت به تاریخ انتشار (${anchor.describe.fa})؛ متن مدتی نمی‌گوید، پس بازه‌ای پیشنهاد نمی‌شود.` : '«اخیراً» نسبت به تاریخ انتشار نامعلوم.',
      ),
  },
];

/** Relative phrases in the folded text `s`; `quote(from, to)` gives the stored text of a folded range. */
export function relativeSuggestions(s: string, anchor: Anchor | null, quote: (from: number, to: number) => string): Array<Found & { from: number; to: number }> {
  const out: Array<Found & { from: number; to: number }> = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) {
      const from = m.index;
      const to = from + m[0].length;
      out.push({ ...rule.resolve(m, quote(from, to), anchor), from, to });
    }
  }
  return out;
}
