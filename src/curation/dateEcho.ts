// What a typed date field value means in the other calendar, for the line under the field. The
// fields take Gregorian ISO dates; a Persian reader checks a value by its Solar Hijri day, and one
// who types the Solar Hijri date itself (1403-10-19) would otherwise get a valid date six centuries
// off without a word. Pure.
import { DAY_MS, fromSolarHijri, isoSpan, type CalendarPrecision, type TimeSpan } from '../domain/dates';
import { toLatinDigits } from '../domain/persian';

export type DateEcho =
  /** A Gregorian value and the period it covers, to be read in the Solar Hijri calendar. */
  | { kind: 'gregorian'; span: TimeSpan; precision: CalendarPrecision }
  /** A value whose year reads as Solar Hijri, and the Gregorian period that Solar Hijri date covers. */
  | { kind: 'looksSolarHijri'; span: TimeSpan; precision: CalendarPrecision };

/**
 * Years a news text's Gregorian date never has, and its Solar Hijri dates of the last three
 * centuries all have (1200 SH began in 1821).
 */
const SOLAR_YEARS = { from: 1200, to: 1500 };

function solarSpan(year: number, month: number | undefined, day: number | undefined): TimeSpan | null {
  try {
    const start = fromSolarHijri(year, month ?? 1, day ?? 1).getTime();
    const end =
      day !== undefined
        ? start + DAY_MS
        : month !== undefined && month < 12
          ? fromSolarHijri(year, month + 1, 1).getTime()
          : fromSolarHijri(year + 1, 1, 1).getTime();
    return { start, end };
  } catch {
    return null;
  }
}

/** The echo of a date field's value (Persian digits read too), or null for one that is no date. */
export function dateEcho(value: string): DateEcho | null {
  const v = toLatinDigits(value.trim());
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const precision: CalendarPrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  if (year >= SOLAR_YEARS.from && year < SOLAR_YEARS.to) {
    const span = solarSpan(year, month, day);
    return span ? { kind: 'looksSolarHijri', span, precision } : null;
  }
  const span = isoSpan(v);
  return span ? { kind: 'gregorian', span, precision } : null;
}
