// The timeline's geometry and time arithmetic, pure: which events are dated and how (style), the
// domain they span, lanes so overlapping bars don't collide, axis ticks in either calendar, and the
// brush — handle steps, pointer snapping, the window the handles make, and the frames of "play" —
// and, for corpora too big for a bar per event, the density drawn instead.
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
/** At most about this many frames: a month at a time for 50 years, then coarser. */
export const MAX_PLAY_FRAMES = 600;

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
  // Centuries of months would be tens of thousands of frames (seconds to compute, hours to play):
  // past MAX_PLAY_FRAMES the window moves by whole years, several at a time if need be.
  const perUnit = unit === 'day' ? DAY_MS : unit === 'month' ? 30.4 * DAY_MS : 365.2 * DAY_MS;
  let step = unit;
  let stride = 1;
  if ((domain.end - start) / perUnit > MAX_PLAY_FRAMES) {
    step = 'year';
    stride = Math.max(1, Math.ceil((domain.end - start) / (365.2 * DAY_MS) / MAX_PLAY_FRAMES));
  }
  const frames: TimeSpan[] = [];
  for (;;) {
    if (start + width >= domain.end) {
      frames.push({ start: domain.end - width, end: domain.end });
      return frames;
    }
    frames.push({ start, end: start + width });
    const next = nextBoundary(start, step, calendar, 1);
    start = stride > 1 ? addUnits(next, step, stride - 1, calendar) : next;
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

// ---- Many events: a density instead of bars -------------------------------------------------

/**
 * Above this many dated events the plot draws their density, not a bar each: thousands of SVG
 * bars cost the browser hundreds of milliseconds of style, layout and paint on every filter
 * change, and are unreadable at that count anyway. The fact table is the list at that scale.
 */
export const DENSITY_THRESHOLD = 300;

export interface EventFilter {
  hiddenEventKinds: readonly string[];
  countries: readonly string[];
}

/**
 * The events the non-time filters show, as graph/filter.ts's computeVisibility decides them with no
 * time filter (kind shown and, when countries are chosen, involving one), in O(events) instead of
 * the whole graph: the timeline needs only this, on every filter change.
 */
export function shownEvents(
  events: ReadonlyArray<{ id: string; kind: string }>,
  filters: EventFilter,
  countryFacts: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const hidden = new Set(filters.hiddenEventKinds);
  const facts = filters.countries.length > 0 ? filters.countries.map((c) => countryFacts.get(c)).filter((s) => s !== undefined) : null;
  const shown = new Set<string>();
  for (const { id, kind } of events) {
    if (hidden.has(kind)) continue;
    if (facts && !facts.some((set) => set.has(id))) continue;
    shown.add(id);
  }
  return shown;
}

/**
 * Where each dated event falls on a strip of equal columns: the per-dataset half of the density,
 * computed once per dataset and plot width; a filter change only recounts (densityCounts).
 */
export interface DensityPlacement {
  /** The left edge of column 0 (px), the column width (px) and the number of columns. */
  x0: number;
  binPx: number;
  columns: number;
  /** Kinds in stacking order, bottom first: the most frequent first, then by name. */
  kinds: string[];
  ids: string[];
  /** Per event, in input order: its kind's index in `kinds` and the columns [from, to) its span covers. */
  kind: Uint16Array;
  from: Int32Array;
  to: Int32Array;
}

export function placeDensity(items: readonly DatedItem[], scale: Scale, { binPx = 2 }: { binPx?: number } = {}): DensityPlacement {
  const columns = Math.max(1, Math.ceil((scale.x1 - scale.x0) / binPx));
  const tally = new Map<string, number>();
  for (const item of items) tally.set(item.kind, (tally.get(item.kind) ?? 0) + 1);
  const kinds = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);
  const index = new Map(kinds.map((k, i) => [k, i]));
  const n = items.length;
  const placement: DensityPlacement = { x0: scale.x0, binPx, columns, kinds, ids: new Array<string>(n), kind: new Uint16Array(n), from: new Int32Array(n), to: new Int32Array(n) };
  const clamp = (c: number) => Math.min(columns, Math.max(0, c));
  items.forEach((item, i) => {
    // In columns: a period covers the columns whose middle it contains, so back-to-back periods
    // (2019, then 2020) share none; one shorter than a column gets the column of its middle.
    const s = (toX(scale, item.span.start) - scale.x0) / binPx;
    const e = (toX(scale, item.span.end) - scale.x0) / binPx;
    let from = clamp(Math.ceil(s - 0.5));
    let to = clamp(Math.ceil(e - 0.5));
    if (to <= from) {
      from = Math.min(columns - 1, clamp(Math.floor((s + e) / 2)));
      to = from + 1;
    }
    placement.ids[i] = item.id;
    placement.kind[i] = index.get(item.kind)!;
    placement.from[i] = from;
    placement.to[i] = to;
  });
  return placement;
}

/** How many events cover each column, per kind, split into those the filters show and those they dim. */
export interface Density {
  columns: number;
  kinds: string[];
  /** shown[k * columns + c]: events of kinds[k] covering column c that the filters show. */
  shown: Uint32Array;
  /** The same for events the filters hide (drawn dimmed). */
  dimmed: Uint32Array;
  /** The tallest column, shown and dimmed together: the same for every filter, so the scale holds still. */
  max: number;
  /** Events counted, and how many of them are shown. */
  total: number;
  shownTotal: number;
}

/** Counts per column with difference arrays: O(events + kinds × columns). */
export function densityCounts(p: DensityPlacement, isShown: (id: string) => boolean): Density {
  const { columns, kinds } = p;
  const stride = columns + 1;
  const diff = [new Int32Array(kinds.length * stride), new Int32Array(kinds.length * stride)] as const;
  let shownTotal = 0;
  for (let i = 0; i < p.ids.length; i++) {
    const on = isShown(p.ids[i]!);
    if (on) shownTotal++;
    const d = diff[on ? 0 : 1];
    const base = p.kind[i]! * stride;
    d[base + p.from[i]!]! += 1;
    d[base + p.to[i]!]! -= 1;
  }
  const shown = new Uint32Array(kinds.length * columns);
  const dimmed = new Uint32Array(kinds.length * columns);
  const totals = new Uint32Array(columns);
  for (let k = 0; k < kinds.length; k++) {
    let a = 0;
    let b = 0;
    for (let c = 0; c < columns; c++) {
      a += diff[0][k * stride + c]!;
      b += diff[1][k * stride + c]!;
      shown[k * columns + c] = a;
      dimmed[k * columns + c] = b;
      totals[c]! += a + b;
    }
  }
  let max = 0;
  for (let c = 0; c < columns; c++) max = Math.max(max, totals[c]!);
  return { columns, kinds, shown, dimmed, max, total: p.ids.length, shownTotal };
}

/**
 * The event a click at `x` picks: among the events covering that column (or, if none, the nearest
 * within `reach` columns), those the filters show first, then the narrowest period, then the one
 * whose middle is nearest. Null when nothing is in reach.
 */
export function eventAt(p: DensityPlacement, x: number, isShown: (id: string) => boolean = () => true, reach = 3): string | null {
  const col = Math.floor((x - p.x0) / p.binPx);
  let best = -1;
  let bestKey: [number, number, number, number] = [Infinity, Infinity, Infinity, Infinity];
  for (let i = 0; i < p.ids.length; i++) {
    const from = p.from[i]!;
    const to = p.to[i]!;
    const gap = col < from ? from - col : col >= to ? col - to + 1 : 0;
    if (gap > reach) continue;
    const key: [number, number, number, number] = [gap, isShown(p.ids[i]!) ? 0 : 1, to - from, Math.abs((from + to) / 2 - (col + 0.5))];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && (key[2] < bestKey[2] || (key[2] === bestKey[2] && key[3] < bestKey[3])))))) {
      best = i;
      bestKey = key;
    }
  }
  return best === -1 ? null : p.ids[best]!;
}

/**
 * The undated lane at scale: the first `max` events (the selected one added when it is further
 * down, so a selection is always visible) and how many are left out.
 */
export function undatedShortList<T extends { id: string }>(items: readonly T[], max: number, selected: string | null): { list: T[]; more: number } {
  if (items.length <= max) return { list: [...items], more: 0 };
  const list = items.slice(0, max);
  const extra = selected ? items.slice(max).find((u) => u.id === selected) : undefined;
  if (extra) list.push(extra);
  return { list, more: items.length - list.length };
}
