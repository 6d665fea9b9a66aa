// Bars in lanes, so overlapping periods (and their labels) never collide, and the axis ticks. Pure.
import { DAY_MS, formatGregorian, formatSolarHijri, toSolarHijri, type Calendar, type DisplayLocale } from '../../domain/dates';
import { addUnits, nextBoundary, startOfUnit, toX, type Scale } from './calendar';
import type { DatedItem } from './events';

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
  /** Bars at least this wide carry their label inside, if it fits. */
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
    // Inside only when the label fits (a cut name misleads: "Second Karabakh War (202"); else beside.
    const fits = width >= minInsideLabel && (!labelWidth || labelWidth(item) <= width - 2);
    let label: EventBar['label'] = fits ? 'inside' : labelWidth ? 'after' : 'none';
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
