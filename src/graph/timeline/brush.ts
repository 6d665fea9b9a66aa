// The brush (handle steps, keys, the window the handles make), the frames of "play", and the words
// read out for them. Windows are half-open [start, end) like dateSpan's periods. Pure.
import { DAY_MS, describeDate, type Calendar, type DisplayLocale, type TimeSpan } from '../../domain/dates';
import { addUnits, nextBoundary, startOfUnit, type TimeUnit } from './calendar';

// ---- The brush ------------------------------------------------------------------------------

export type Handle = 'start' | 'end';
/** The handles' positions: always inside the domain, start at least `MIN_GAP` before end. */
export type Brush = TimeSpan;
export const MIN_GAP = DAY_MS;

/** Where the handles sit for a store window (null: at the domain's ends). */
export function brushFromWindow(window: TimeSpan | null, domain: TimeSpan): Brush {
  if (!window) return { ...domain };
  const clamp = (ms: number) => Math.min(domain.end, Math.max(domain.start, ms));
  let start = clamp(window.start);
  let end = clamp(window.end);
  if (end - start < MIN_GAP) {
    if (start + MIN_GAP <= domain.end) end = start + MIN_GAP;
    else start = end - MIN_GAP;
  }
  return { start, end };
}

/** The store window for a brush: null when the handles are at the domain's ends ("all time"). */
export function windowFromBrush(brush: Brush, domain: TimeSpan): TimeSpan | null {
  if (brush.start <= domain.start && brush.end >= domain.end) return null;
  return { start: brush.start, end: brush.end };
}

/** A handle's own bounds: the start handle stops a day before the end handle and vice versa. */
export function handleBounds(brush: Brush, handle: Handle, domain: TimeSpan): { min: number; max: number } {
  return handle === 'start'
    ? { min: domain.start, max: Math.max(domain.start, brush.end - MIN_GAP) }
    : { min: Math.min(domain.end, brush.start + MIN_GAP), max: domain.end };
}

export function moveHandle(brush: Brush, handle: Handle, value: number, domain: TimeSpan): Brush {
  const { min, max } = handleBounds(brush, handle, domain);
  const clamped = Math.min(max, Math.max(min, value));
  return handle === 'start' ? { start: clamped, end: brush.end } : { start: brush.start, end: clamped };
}

/** Moves the whole brush by `delta`, keeping its width, inside the domain. */
export function shiftBrush(brush: Brush, delta: number, domain: TimeSpan): Brush {
  const width = brush.end - brush.start;
  const start = Math.min(domain.end - width, Math.max(domain.start, brush.start + delta));
  return { start, end: start + width };
}

export interface KeyStep {
  unit: TimeUnit;
  dir: 1 | -1;
}

/**
 * What a key does to a slider handle: arrows move a month (Shift: a day), PageUp/PageDown a year;
 * Right and Up are later, as the axis runs left to right in both languages. Home/End: 'min'/'max'.
 */
export function keyAction(key: string, shiftKey = false): KeyStep | 'min' | 'max' | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return { unit: shiftKey ? 'day' : 'month', dir: 1 };
    case 'ArrowLeft':
    case 'ArrowDown':
      return { unit: shiftKey ? 'day' : 'month', dir: -1 };
    case 'PageUp':
      return { unit: 'year', dir: 1 };
    case 'PageDown':
      return { unit: 'year', dir: -1 };
    case 'Home':
      return 'min';
    case 'End':
      return 'max';
    default:
      return null;
  }
}

/**
 * The brush after a key on a handle, or null for a key sliders don't use. Steps land on calendar
 * boundaries (the next 1st of a month, 1 January or 1 Farvardin) so windows stay whole months.
 */
export function keyToBrush(
  brush: Brush,
  handle: Handle,
  key: string,
  shiftKey: boolean,
  domain: TimeSpan,
  calendar: Calendar,
): Brush | null {
  const action = keyAction(key, shiftKey);
  if (!action) return null;
  const bounds = handleBounds(brush, handle, domain);
  const value =
    action === 'min' ? bounds.min : action === 'max' ? bounds.max : nextBoundary(brush[handle], action.unit, calendar, action.dir);
  return moveHandle(brush, handle, value, domain);
}

// ---- Play -----------------------------------------------------------------------------------

/** At most about this many frames: a month at a time for 50 years, then coarser. */
export const MAX_PLAY_FRAMES = 600;

/**
 * The windows "play" shows: a window of whole calendar months whose start moves a month at a time
 * across the domain, until a frame reaches the domain's end. Every frame is the same number of
 * months, starting on the 1st (of the Gregorian or Solar Hijri month), so each reads as whole
 * months ("March 2020 – February 2021") and none drifts by a leap day. The width is the current
 * window's, rounded to whole months, or a year when there is none (or it spans everything); a
 * window already at the end starts over. Frames are clipped to the domain.
 */
export function playFrames(domain: TimeSpan, current: TimeSpan | null, calendar: Calendar): TimeSpan[] {
  const brush = current ? brushFromWindow(current, domain) : null;
  const full = !brush || (brush.start <= domain.start && brush.end >= domain.end);
  const months = full ? 12 : wholeMonths(brush.start, brush.end, calendar);
  const from = startOfUnit(!full && brush.end < domain.end ? brush.start : domain.start, 'month', calendar);
  // Centuries of months would be tens of thousands of frames (seconds to compute, hours to play):
  // past MAX_PLAY_FRAMES the window moves by whole years, several at a time if need be.
  const total = Math.ceil((domain.end - from) / (30.4 * DAY_MS));
  const stride = total > MAX_PLAY_FRAMES ? 12 * Math.ceil(total / MAX_PLAY_FRAMES / 12) : 1;
  const frames: TimeSpan[] = [];
  for (let k = 0; ; k += stride) {
    const start = addUnits(from, 'month', k, calendar);
    const end = addUnits(start, 'month', months, calendar);
    if (k === 0 && start <= domain.start && end >= domain.end) return [{ ...domain }];
    // Frames stay inside the domain, as the brush does (a Solar Hijri month may straddle its ends).
    frames.push({ start: Math.max(domain.start, start), end: Math.min(domain.end, end) });
    if (end >= domain.end) return frames;
  }
}

/** How many whole months (at least one) from the month containing `start` come nearest to `end`. */
function wholeMonths(start: number, end: number, calendar: Calendar): number {
  const from = startOfUnit(start, 'month', calendar);
  let n = 1;
  while (addUnits(from, 'month', n + 1, calendar) - end <= end - addUnits(from, 'month', n, calendar)) n += 1;
  return n;
}

// ---- Words ----------------------------------------------------------------------------------

function isoDay(ms: number): string {
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** A day in both calendars, the reader's first: "8 January 2023 · 18 Dey 1401 SH". */
export function dayText(ms: number, locale: DisplayLocale): string {
  return describeDate({ precision: 'day', value: isoDay(ms), certainty: 'stated' }, locale);
}

/**
 * What a handle's aria-valuetext says: the start handle names the window's first day, the end
 * handle its last day (the window is half-open, so that is the day before `brush.end`).
 */
export function handleText(brush: Brush, handle: Handle, locale: DisplayLocale): string {
  return dayText(handle === 'start' ? brush.start : brush.end - DAY_MS, locale);
}

/** A window in both calendars, whole months and years shortened: "2021–2024 · 1399–1403 SH". */
export function windowText(window: TimeSpan, locale: DisplayLocale): string {
  return describeDate(
    { precision: 'range', start: isoDay(window.start), end: isoDay(window.end - DAY_MS), certainty: 'stated' },
    locale,
  );
}
