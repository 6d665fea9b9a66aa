// Memoised Solar Hijri conversions for the date-phrase finder. Each conversion goes through Intl
// (tens of microseconds, several calls for fromSolarHijri), and an article repeats the same few
// days and years dozens of times; bounded so a long session cannot grow them without end. Pure.
import { fromSolarHijri, toSolarHijri, type SolarHijriDate } from '../domain/dates';

const LIMIT = 5_000;
const toCache = new Map<number, SolarHijriDate>();
const fromCache = new Map<string, number | null>();

/** toSolarHijri of a UTC midnight (epoch ms), memoised. */
export function solarOf(ms: number): SolarHijriDate {
  let d = toCache.get(ms);
  if (!d) {
    d = toSolarHijri(new Date(ms));
    if (toCache.size >= LIMIT) toCache.clear();
    toCache.set(ms, d);
  }
  return d;
}

/** fromSolarHijri as epoch ms, or null for a day that does not exist; memoised. */
export function solarDay(year: number, month: number, day: number): number | null {
  const key = `${year}-${month}-${day}`;
  let ms = fromCache.get(key);
  if (ms === undefined) {
    try {
      ms = fromSolarHijri(year, month, day).getTime();
    } catch {
      ms = null;
    }
    if (fromCache.size >= LIMIT) fromCache.clear();
    fromCache.set(key, ms);
  }
  return ms;
}
