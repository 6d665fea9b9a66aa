// Calendar units in either calendar (day, month, year boundaries, Gregorian or Solar Hijri), the
// axis domain and the time↔pixel scale. All times are UTC epoch ms. Pure.
import { DAY_MS, fromSolarHijri, toSolarHijri, type Calendar, type TimeSpan } from '../../domain/dates';

export type TimeUnit = 'day' | 'month' | 'year';

// ---- Calendar units -------------------------------------------------------------------------

function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The first instant of the day, month or year containing `ms`, in the given calendar. */
export function startOfUnit(ms: number, unit: TimeUnit, calendar: Calendar): number {
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  if (unit === 'day') return day;
  if (calendar === 'solarHijri') {
    const sh = toSolarHijri(new Date(day));
    return fromSolarHijri(sh.year, unit === 'year' ? 1 : sh.month, 1).getTime();
  }
  const d = new Date(day);
  return utc(d.getUTCFullYear(), unit === 'year' ? 0 : d.getUTCMonth(), 1);
}

/** `n` units after (or before) the start of the unit containing `ms`. */
export function addUnits(ms: number, unit: TimeUnit, n: number, calendar: Calendar): number {
  const start = startOfUnit(ms, unit, calendar);
  if (unit === 'day') return start + n * DAY_MS;
  if (calendar === 'solarHijri') {
    const sh = toSolarHijri(new Date(start));
    const months = sh.year * 12 + (sh.month - 1) + (unit === 'year' ? 12 * n : n);
    return fromSolarHijri(Math.floor(months / 12), (months % 12) + 1, 1).getTime();
  }
  const d = new Date(start);
  return unit === 'year' ? utc(d.getUTCFullYear() + n, 0, 1) : utc(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
}

/** The nearest unit boundary strictly after (dir 1) or before (dir -1) `ms`. */
export function nextBoundary(ms: number, unit: TimeUnit, calendar: Calendar, dir: 1 | -1): number {
  const start = startOfUnit(ms, unit, calendar);
  if (dir > 0) return addUnits(start, unit, 1, calendar);
  return start < ms ? start : addUnits(start, unit, -1, calendar);
}

/** The unit boundary nearest to `ms` (for pointer snapping). */
export function snapTo(ms: number, unit: TimeUnit, calendar: Calendar): number {
  const before = startOfUnit(ms, unit, calendar);
  const after = addUnits(before, unit, 1, calendar);
  return ms - before <= after - ms ? before : after;
}

// ---- Domain and scale -----------------------------------------------------------------------

/**
 * The axis domain: every dated period, padded outward to whole Gregorian years (so the ends are
 * round and the brush's "all time" has tidy ends), at least one year wide. Null with nothing dated.
 */
export function timeDomain(spans: readonly TimeSpan[]): TimeSpan | null {
  if (spans.length === 0) return null;
  const min = Math.min(...spans.map((s) => s.start));
  const max = Math.max(...spans.map((s) => s.end));
  const start = startOfUnit(min, 'year', 'gregorian');
  const end = Math.max(addUnits(max - 1, 'year', 1, 'gregorian'), addUnits(start, 'year', 1, 'gregorian'));
  return { start, end };
}

/** Maps a domain onto pixels [x0, x1]; time runs left to right in both languages. */
export interface Scale {
  domain: TimeSpan;
  x0: number;
  x1: number;
}

export function toX(scale: Scale, ms: number): number {
  const { domain, x0, x1 } = scale;
  return x0 + ((ms - domain.start) / (domain.end - domain.start)) * (x1 - x0);
}

/** The time at a pixel, clamped to the domain. */
export function fromX(scale: Scale, x: number): number {
  const { domain, x0, x1 } = scale;
  const t = x1 > x0 ? (x - x0) / (x1 - x0) : 0;
  return domain.start + Math.min(1, Math.max(0, t)) * (domain.end - domain.start);
}

/** The finest unit at least `minPx` wide on this scale: what a dragged handle snaps to. */
export function snapUnit(scale: Scale, minPx = 3): TimeUnit {
  const pxPerDay = ((scale.x1 - scale.x0) / (scale.domain.end - scale.domain.start)) * DAY_MS;
  if (pxPerDay >= minPx) return 'day';
  if (pxPerDay * 30.44 >= minPx) return 'month';
  return 'year';
}
