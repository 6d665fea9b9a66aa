// The timeline's geometry and time arithmetic, pure: which events are dated and how (style), the
// domain they span, lanes so overlapping bars don't collide, axis ticks in either calendar, and the
// brush — handle steps, pointer snapping, the window the handles make, and the frames of "play".
// All times are UTC epoch ms; windows are half-open [start, end) like dateSpan's periods.
import { DAY_MS, dateSpan, describeDate, formatGregorian, formatSolarHijri, fromSolarHijri, toSolarHijri, type Calendar, type DisplayLocale, type TimeSpan } from '../domain/dates';
import type { FuzzyDate } from '../domain/schema';

export type TimeUnit = 'day' | 'month' | 'year';
/** How a bar is drawn: solid for a date the text states, hatched and dashed otherwise. */
export type DateStyle = 'stated' | 'inferred' | 'uncertain';

export interface TimelineEvent {
  id: string;
  kind: string;
  date: FuzzyDate;
}

export interface DatedItem {
  id: string;
  kind: string;
  span: TimeSpan;
  precision: FuzzyDate['precision'];
  style: DateStyle;
}

export interface UndatedItem {
  id: string;
  kind: string;
  /** The phrase as stated ("روز سهشنبه"), when the text gives one it cannot be resolved from. */
  stated?: string;
  /** True when the text dates it only relative to the (unknown) publication date. */
  relative: boolean;
}

export function dateStyle(date: FuzzyDate): DateStyle {
  return date.certainty === 'stated' ? 'stated' : date.certainty === 'inferred' ? 'inferred' : 'uncertain';
}

/** Splits events into those with a period on the axis and the undated lane; neither is dropped. */
export function classifyEvents(events: readonly TimelineEvent[]): { dated: DatedItem[]; undated: UndatedItem[] } {
  const dated: DatedItem[] = [];
  const undated: UndatedItem[] = [];
  for (const { id, kind, date } of events) {
    const span = dateSpan(date);
    if (span) dated.push({ id, kind, span, precision: date.precision, style: dateStyle(date) });
    else {
      const stated = date.stated?.trim() || undefined;
      undated.push({ id, kind, ...(stated ? { stated } : {}), relative: stated !== undefined });
    }
  }
  return { dated, undated };
}

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

// ---- Bars and lanes -------------------------------------------------------------------------

/**
 * Greedy interval partitioning: each interval (sorted by start, longer first on ties) goes to the
 * first lane whose last interval ended at least `gap` before it starts. Returns a lane per input,
 * in input order; the number of lanes is the maximum overlap, which is optimal.
 */
export function assignLanes(intervals: ReadonlyArray<{ start: number; end: number }>, gap = 0): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => {
    const A = intervals[a]!;
    const B = intervals[b]!;
    return A.start - B.start || B.end - A.end || a - b;
  });
  const laneEnds: number[] = [];
  const lanes = new Array<number>(intervals.length).fill(0);
  for (const i of order) {
    const { start, end } = intervals[i]!;
    let lane = laneEnds.findIndex((laneEnd) => laneEnd + gap <= start);
    if (lane === -1) lane = laneEnds.push(end) - 1;
    else laneEnds[lane] = end;
    lanes[i] = lane;
  }
  return lanes;
}

export interface EventBar extends DatedItem {
  x: number;
  width: number;
  lane: number;
  /** Where its label goes: inside a wide bar, beside a narrow one (after it, or before it at the plot's end). */
  label: 'inside' | 'after' | 'before' | 'none';
}

export interface BarOptions {
  /** Narrowest bar drawn, so a day stays visible. */
  minWidth?: number;
  /** Least room between neighbours in a lane. */
  gap?: number;
  /** Bars at least this wide carry their label inside. */
  minInsideLabel?: number;
  /** Width of a narrow bar's label beside it; without it narrow bars go unlabelled. */
  labelWidth?: (item: DatedItem) => number;
}

const LABEL_GAP = 4;

/**
 * Dated items as bars: x from the period's start, at least `minWidth` px (kept inside the plot),
 * a narrow bar's label beside it, and lanes assigned on the drawn pixels, labels included, so
 * nothing overlaps.
 */
export function layoutBars(
  items: readonly DatedItem[],
  scale: Scale,
  { minWidth = 4, gap = 2, minInsideLabel = 40, labelWidth }: BarOptions = {},
): { bars: EventBar[]; lanes: number } {
  const placed = items.map((item) => {
    const from = toX(scale, item.span.start);
    const width = Math.max(minWidth, toX(scale, item.span.end) - from);
    const x = Math.max(scale.x0, Math.min(from, scale.x1 - width));
    let label: EventBar['label'] = width >= minInsideLabel ? 'inside' : labelWidth ? 'after' : 'none';
    let box = { start: x, end: x + width };
    if (label === 'after') {
      const room = LABEL_GAP + labelWidth!(item);
      if (x + width + room <= scale.x1 || x - room < scale.x0) box = { start: x, end: Math.min(scale.x1, x + width + room) };
      else {
        label = 'before';
        box = { start: x - room, end: x + width };
      }
    }
    return { x, width, label, box };
  });
  const lanes = assignLanes(placed.map((p) => p.box), gap);
  const bars = items.map((item, i) => {
    const { x, width, label } = placed[i]!;
    return { ...item, x, width, label, lane: lanes[i]! };
  });
  return { bars, lanes: lanes.length === 0 ? 0 : Math.max(...lanes) + 1 };
}

// ---- Ticks ----------------------------------------------------------------------------------

export interface Tick {
  ms: number;
  /** Empty for minor ticks. */
  label: string;
  major: boolean;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

/**
 * Year ticks in the reader's calendar (Gregorian years, or Solar Hijri years starting 1 Farvardin),
 * every k years so labels stay `minLabelPx` apart; month ticks, unlabelled, when months are at least
 * `minMinorPx` wide and every year is labelled. Only ticks inside the domain (ends included).
 */
export function axisTicks(
  scale: Scale,
  calendar: Calendar,
  locale: DisplayLocale,
  { minLabelPx = 44, minMinorPx = 6 }: { minLabelPx?: number; minMinorPx?: number } = {},
): Tick[] {
  const { domain } = scale;
  const pxPerYear = ((scale.x1 - scale.x0) / (domain.end - domain.start)) * 365.2425 * DAY_MS;
  const step = YEAR_STEPS.find((k) => k * pxPerYear >= minLabelPx) ?? YEAR_STEPS[YEAR_STEPS.length - 1]!;
  const yearOf = (ms: number) =>
    calendar === 'solarHijri' ? toSolarHijri(new Date(ms)).year : new Date(ms).getUTCFullYear();
  const label = (ms: number) =>
    calendar === 'solarHijri' ? formatSolarHijri(ms, 'year', locale) : formatGregorian(ms, 'year', locale);
  const withMonths = step === 1 && pxPerYear / 12 >= minMinorPx;
  const ticks: Tick[] = [];
  let year = startOfUnit(domain.start, 'year', calendar);
  if (year < domain.start) year = addUnits(year, 'year', 1, calendar);
  // Months of the partial year before the first year tick.
  if (withMonths) {
    for (let m = nextBoundary(domain.start - 1, 'month', calendar, 1); m < year; m = addUnits(m, 'month', 1, calendar))
      if (m >= domain.start) ticks.push({ ms: m, label: '', major: false });
  }
  for (; year <= domain.end; year = addUnits(year, 'year', 1, calendar)) {
    const major = yearOf(year) % step === 0;
    ticks.push({ ms: year, label: major ? label(year) : '', major });
    if (!withMonths) continue;
    for (let m = addUnits(year, 'month', 1, calendar), next = addUnits(year, 'year', 1, calendar); m < next && m <= domain.end; m = addUnits(m, 'month', 1, calendar))
      ticks.push({ ms: m, label: '', major: false });
  }
  return ticks;
}

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

/**
 * The windows "play" shows: a window of fixed width whose start moves a `unit` at a time across
 * the domain, the last frame ending at the domain's end. The width is the current window's, or a
 * year when there is none (or it spans everything); a window already at the end starts over.
 */
export function playFrames(
  domain: TimeSpan,
  current: TimeSpan | null,
  calendar: Calendar,
  unit: TimeUnit = 'month',
): TimeSpan[] {
  const span = domain.end - domain.start;
  const brush = current ? brushFromWindow(current, domain) : null;
  const full = !brush || (brush.start <= domain.start && brush.end >= domain.end);
  const width = full ? Math.min(span, addUnits(domain.start, 'year', 1, calendar) - domain.start) : brush.end - brush.start;
  if (width >= span) return [{ ...domain }];
  let start = !full && brush.end < domain.end ? brush.start : domain.start;
  const frames: TimeSpan[] = [];
  for (;;) {
    if (start + width >= domain.end) {
      frames.push({ start: domain.end - width, end: domain.end });
      return frames;
    }
    frames.push({ start, end: start + width });
    start = nextBoundary(start, unit, calendar, 1);
  }
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
