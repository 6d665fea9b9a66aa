import fc from 'fast-check';
import { DAY_MS, fromSolarHijri, intersectsWindow } from '../domain/dates';
import type { FuzzyDate } from '../domain/schema';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER, type Filters } from './filter';
import { buildGraphModel } from './model';
import { generateCorpus, validateCorpus } from './synth';
import {
  addUnits,
  assignLanes,
  axisTicks,
  brushFromWindow,
  classifyEvents,
  dateStyle,
  dayText,
  DENSITY_THRESHOLD,
  densityCounts,
  eventAt,
  fromX,
  handleBounds,
  handleText,
  keyAction,
  keyToBrush,
  layoutBars,
  moveHandle,
  nextBoundary,
  placeDensity,
  playFrames,
  shiftBrush,
  shownEvents,
  snapTo,
  snapUnit,
  startOfUnit,
  timeDomain,
  toX,
  undatedShortList,
  windowFromBrush,
  windowText,
  type DatedItem,
  type Scale,
  type TimelineEvent,
} from './timeline';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ev = (id: string, date: FuzzyDate, kind = 'meeting'): TimelineEvent => ({ id, kind, date });
const year = (value: string, certainty: FuzzyDate['certainty'] = 'stated'): FuzzyDate => ({ precision: 'year', value, certainty, basis: 'b' });
const day = (value: string, certainty: FuzzyDate['certainty'] = 'stated'): FuzzyDate => ({ precision: 'day', value, certainty, basis: 'b' });
const range = (start: string, end: string, certainty: FuzzyDate['certainty'] = 'inferred'): FuzzyDate => ({ precision: 'range', start, end, certainty, basis: 'b' });
const unknown = (stated?: string): FuzzyDate => ({ precision: 'unknown', certainty: 'unknown', ...(stated ? { stated } : {}) });

const DOMAIN = { start: utc('2020-01-01'), end: utc('2025-01-01') };
const scale = (width: number, domain = DOMAIN): Scale => ({ domain, x0: 0, x1: width });

describe('classifyEvents', () => {
  it('puts each dated event on the axis as the span of its precision, with its style', () => {
    const { dated, undated } = classifyEvents([
      ev('war', year('2020')),
      ev('invite', day('2023-01-08', 'inferred')),
      ev('exercises', range('2020-03-20', '2024-03-19')),
    ]);
    expect(undated).toEqual([]);
    expect(dated.map((d) => [d.id, iso(d.span.start), iso(d.span.end), d.precision, d.style])).toEqual([
      ['war', '2020-01-01', '2021-01-01', 'year', 'stated'],
      ['invite', '2023-01-08', '2023-01-09', 'day', 'inferred'],
      ['exercises', '2020-03-20', '2024-03-20', 'range', 'inferred'],
    ]);
  });

  it('keeps undated events in the undated lane, marking those dated only relative to publication', () => {
    const { dated, undated } = classifyEvents([ev('tuesday', unknown('روز سهشنبه')), ev('plain', unknown()), ev('blank', unknown('  '))]);
    expect(dated).toEqual([]);
    expect(undated).toEqual([
      { id: 'tuesday', kind: 'meeting', stated: 'روز سهشنبه', relative: true },
      { id: 'plain', kind: 'meeting', relative: false },
      { id: 'blank', kind: 'meeting', relative: false },
    ]);
  });

  it('styles by certainty: stated is solid, inferred and unknown are not', () => {
    expect(dateStyle(year('2020'))).toBe('stated');
    expect(dateStyle(year('2020', 'inferred'))).toBe('inferred');
    expect(dateStyle(year('2020', 'unknown'))).toBe('uncertain');
  });

  it('on the built-in dataset: 7 dated (1 stated year, 6 inferred) and 11 undated, none dropped', () => {
    const events = loadAllDatasets('data').events;
    const { dated, undated } = classifyEvents(events);
    expect(dated.length + undated.length).toBe(events.length);
    expect(dated.length).toBe(7);
    expect(undated.length).toBe(11);
    // Only the war's own sentence states its year; the support events borrow it, so are inferred.
    expect(dated.filter((d) => d.style === 'stated').map((d) => d.id)).toEqual(['second-karabakh-war']);
    expect(dated.find((d) => d.id === 'demir-fighter-invitation')).toMatchObject({ style: 'inferred', precision: 'day', span: { start: utc('2023-01-08') } });
    expect(undated.find((u) => u.id === 'baku-intelligence-meeting')).toMatchObject({ stated: 'روز سهشنبه', relative: true });
    expect(timeDomain(dated.map((d) => d.span))).toEqual(DOMAIN);
  });
});

describe('calendar units', () => {
  it('finds the start of a day, month and year in both calendars', () => {
    const t = utc('2023-01-08') + 5 * 3600_000;
    expect(iso(startOfUnit(t, 'day', 'gregorian'))).toBe('2023-01-08');
    expect(iso(startOfUnit(t, 'month', 'gregorian'))).toBe('2023-01-01');
    expect(iso(startOfUnit(t, 'year', 'gregorian'))).toBe('2023-01-01');
    // 18 Dey 1401 → 1 Dey 1401 = 22 December 2022; 1 Farvardin 1401 = 21 March 2022.
    expect(iso(startOfUnit(t, 'month', 'solarHijri'))).toBe('2022-12-22');
    expect(iso(startOfUnit(t, 'year', 'solarHijri'))).toBe('2022-03-21');
  });

  it('adds months and years, across year ends and Esfand', () => {
    expect(iso(addUnits(utc('2023-12-15'), 'month', 1, 'gregorian'))).toBe('2024-01-01');
    expect(iso(addUnits(utc('2023-01-08'), 'year', -3, 'gregorian'))).toBe('2020-01-01');
    // From Esfand 1402 one month on is 1 Farvardin 1403 = 20 March 2024.
    expect(iso(addUnits(utc('2024-03-01'), 'month', 1, 'solarHijri'))).toBe('2024-03-20');
    expect(iso(addUnits(utc('2024-03-20'), 'month', -1, 'solarHijri'))).toBe('2024-02-20');
    expect(iso(addUnits(utc('2023-01-08'), 'year', 1, 'solarHijri'))).toBe(iso(fromSolarHijri(1402, 1, 1).getTime()));
  });

  it('steps to the next boundary strictly after or before', () => {
    expect(iso(nextBoundary(utc('2020-01-01'), 'month', 'gregorian', 1))).toBe('2020-02-01');
    expect(iso(nextBoundary(utc('2020-01-01'), 'month', 'gregorian', -1))).toBe('2019-12-01');
    expect(iso(nextBoundary(utc('2020-01-15'), 'month', 'gregorian', -1))).toBe('2020-01-01');
    // 1 January 2020 is 11 Dey 1398: a Solar Hijri month later is 1 Bahman 1398 = 21 January 2020.
    expect(iso(nextBoundary(utc('2020-01-01'), 'month', 'solarHijri', 1))).toBe('2020-01-21');
    expect(iso(nextBoundary(utc('2024-01-01'), 'year', 'solarHijri', 1))).toBe('2024-03-20');
    expect(iso(nextBoundary(utc('2023-01-08'), 'day', 'gregorian', 1))).toBe('2023-01-09');
  });

  it('snaps to the nearest boundary', () => {
    expect(iso(snapTo(utc('2020-01-10'), 'month', 'gregorian'))).toBe('2020-01-01');
    expect(iso(snapTo(utc('2020-01-20'), 'month', 'gregorian'))).toBe('2020-02-01');
    expect(iso(snapTo(utc('2020-08-01'), 'year', 'gregorian'))).toBe('2021-01-01');
  });

  it('keeps boundaries ordered and aligned (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc('1990-01-01'), max: utc('2040-01-01') }),
        fc.constantFrom('day' as const, 'month' as const, 'year' as const),
        fc.constantFrom('gregorian' as const, 'solarHijri' as const),
        (t, unit, calendar) => {
          const next = nextBoundary(t, unit, calendar, 1);
          const prev = nextBoundary(t, unit, calendar, -1);
          expect(prev).toBeLessThan(t + (t % DAY_MS === 0 ? 0 : 1));
          expect(next).toBeGreaterThan(t);
          expect(startOfUnit(next, unit, calendar)).toBe(next);
          expect(startOfUnit(prev, unit, calendar)).toBe(prev);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('timeDomain and scale', () => {
  it('pads to whole years around every span', () => {
    expect(timeDomain([{ start: utc('2020-03-20'), end: utc('2024-03-20') }])).toEqual({ start: utc('2020-01-01'), end: utc('2025-01-01') });
    // A span ending exactly on 1 January does not add a year.
    expect(timeDomain([{ start: utc('2020-01-01'), end: utc('2021-01-01') }])).toEqual({ start: utc('2020-01-01'), end: utc('2021-01-01') });
    expect(timeDomain([{ start: utc('2023-01-08'), end: utc('2023-01-09') }])).toEqual({ start: utc('2023-01-01'), end: utc('2024-01-01') });
    expect(timeDomain([])).toBeNull();
  });

  it('maps time to pixels and back, clamped', () => {
    const s = scale(1000);
    expect(toX(s, DOMAIN.start)).toBe(0);
    expect(toX(s, DOMAIN.end)).toBe(1000);
    expect(fromX(s, 500)).toBe((DOMAIN.start + DOMAIN.end) / 2);
    expect(fromX(s, -20)).toBe(DOMAIN.start);
    expect(fromX(s, 2000)).toBe(DOMAIN.end);
  });

  it('snaps dragged handles to days, months or years depending on the room', () => {
    expect(snapUnit(scale(10_000))).toBe('day');
    expect(snapUnit(scale(900))).toBe('month');
    expect(snapUnit(scale(30))).toBe('year');
  });
});

describe('lanes and bars', () => {
  it('assigns lanes so overlapping intervals never share one, reusing freed lanes', () => {
    const lanes = assignLanes([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 10, end: 20 },
      { start: 12, end: 13 },
    ]);
    expect(lanes).toEqual([0, 1, 0, 2]);
    expect(assignLanes([{ start: 0, end: 10 }, { start: 10, end: 20 }], 2)).toEqual([0, 1]);
    expect(assignLanes([])).toEqual([]);
  });

  it('never puts overlapping intervals in the same lane and uses as many lanes as the maximum overlap (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 30 })), { maxLength: 30 }), (pairs) => {
        const intervals = pairs.map(([start, len]) => ({ start, end: start + len }));
        const lanes = assignLanes(intervals);
        for (let i = 0; i < intervals.length; i++)
          for (let j = i + 1; j < intervals.length; j++) {
            const a = intervals[i]!;
            const b = intervals[j]!;
            if (a.start < b.end && b.start < a.end) expect(lanes[i]).not.toBe(lanes[j]);
          }
        const depth = Math.max(0, ...intervals.map((a) => intervals.filter((b) => b.start <= a.start && a.start < b.end).length));
        expect(lanes.length === 0 ? 0 : Math.max(...lanes) + 1).toBe(depth);
      }),
    );
  });

  it('draws a day at least 4 px wide, inside the plot, and stacks the 2020 events', () => {
    const { dated } = classifyEvents([
      ev('a', year('2020')),
      ev('b', year('2020')),
      ev('day', day('2023-01-08', 'inferred')),
      ev('last', day('2024-12-31')),
      ev('range', range('2020-11-10', '2024-03-19')),
    ]);
    const { bars, lanes } = layoutBars(dated, scale(1000));
    const byId = Object.fromEntries(bars.map((b) => [b.id, b]));
    expect(byId.a).toMatchObject({ x: 0, lane: 0 });
    expect(byId.a!.width).toBeCloseTo((366 / 1827) * 1000, 5);
    expect(byId.b!.lane).toBe(1);
    expect(byId.range!.lane).toBe(2);
    expect(byId.day!.width).toBe(4);
    expect(byId.day!.lane).toBe(0);
    expect(byId.last!.x + byId.last!.width).toBeLessThanOrEqual(1000);
    expect(lanes).toBe(3);
    expect(byId.day!.style).toBe('inferred');
    expect(byId.a!.label).toBe('inside');
    expect(byId.day!.label).toBe('none');
  });

  it('puts a narrow bar\'s label beside it, counting it when assigning lanes', () => {
    const { dated } = classifyEvents([ev('a', year('2020')), ev('b', day('2021-01-10')), ev('c', day('2021-03-01')), ev('end', day('2024-12-30'))]);
    const { bars, lanes } = layoutBars(dated, scale(1000), { labelWidth: () => 60 });
    const byId = Object.fromEntries(bars.map((b) => [b.id, b]));
    expect(byId.b).toMatchObject({ label: 'after', lane: 0 });
    // c's bar alone would fit in lane 0 after b's, but b's label is in the way.
    expect(byId.c!.x).toBeLessThan(byId.b!.x + byId.b!.width + 64);
    expect(byId.c!.lane).toBe(1);
    // At the plot's end the label goes before the bar.
    expect(byId.end).toMatchObject({ label: 'before', lane: 0 });
    expect(lanes).toBe(2);
  });

  it('keeps a label inside a wide bar only when it fits, else puts it beside the bar', () => {
    const { dated } = classifyEvents([ev('war', range('2020-09-27', '2020-11-10')), ev('year', year('2022'))]);
    // war is ~24 px wide at this scale, year ~200 px: a 120 px label fits only in the year.
    const { bars } = layoutBars(dated, scale(1000), { minInsideLabel: 20, labelWidth: () => 120 });
    const byId = Object.fromEntries(bars.map((b) => [b.id, b]));
    expect(byId.war!.width).toBeGreaterThanOrEqual(20);
    expect(byId.war!.label).toBe('after');
    expect(byId.year!.label).toBe('inside');
  });
});

describe('axisTicks', () => {
  it('labels every Gregorian year, with month ticks when there is room', () => {
    const ticks = axisTicks(scale(1000), 'gregorian', 'en');
    expect(ticks.filter((t) => t.major).map((t) => [iso(t.ms), t.label])).toEqual([
      ['2020-01-01', '2020'],
      ['2021-01-01', '2021'],
      ['2022-01-01', '2022'],
      ['2023-01-01', '2023'],
      ['2024-01-01', '2024'],
      ['2025-01-01', '2025'],
    ]);
    expect(ticks.filter((t) => !t.major)).toHaveLength(5 * 11);
    expect(ticks.filter((t) => !t.major).every((t) => t.label === '')).toBe(true);
    // Too little room for months (or every year's label): only 1 January ticks, every other one labelled.
    const narrow = axisTicks(scale(200), 'gregorian', 'en');
    expect(narrow.every((t) => iso(t.ms).endsWith('-01-01'))).toBe(true);
    expect(narrow.filter((t) => t.major).map((t) => t.label)).toEqual(['2020', '2022', '2024']);
  });

  it('labels Solar Hijri years at 1 Farvardin in Persian digits', () => {
    const ticks = axisTicks(scale(1000), 'solarHijri', 'fa').filter((t) => t.major);
    expect(ticks.map((t) => t.label)).toEqual(['۱۳۹۹', '۱۴۰۰', '۱۴۰۱', '۱۴۰۲', '۱۴۰۳']);
    expect(iso(ticks[0]!.ms)).toBe('2020-03-20');
    expect(iso(ticks[4]!.ms)).toBe('2024-03-20'); // 1 Farvardin 1403
    // Months before the first 1 Farvardin are ticked too: 1 Bahman and 1 Esfand 1398.
    const minor = axisTicks(scale(1000), 'solarHijri', 'fa').filter((t) => !t.major && t.ms < ticks[0]!.ms);
    expect(minor.map((t) => iso(t.ms))).toEqual(['2020-01-21', '2020-02-20']);
  });

  it('thins labels on a long axis', () => {
    const long = { start: utc('1900-01-01'), end: utc('2030-01-01') };
    const labels = axisTicks(scale(800, long), 'gregorian', 'en').filter((t) => t.major).map((t) => t.label);
    expect(labels[0]).toBe('1900');
    expect(labels.length).toBeLessThanOrEqual(800 / 44 + 1);
    expect(labels.every((l) => Number(l) % 10 === 0)).toBe(true);
  });
});

describe('the brush', () => {
  it('puts the handles at the domain ends for no window, and back to null there', () => {
    const brush = brushFromWindow(null, DOMAIN);
    expect(brush).toEqual(DOMAIN);
    expect(windowFromBrush(brush, DOMAIN)).toBeNull();
    const w = { start: utc('2021-01-01'), end: DOMAIN.end };
    expect(windowFromBrush(brushFromWindow(w, DOMAIN), DOMAIN)).toEqual(w);
  });

  it('clamps a window outside the domain and keeps a day between the handles', () => {
    expect(brushFromWindow({ start: utc('2010-01-01'), end: utc('2022-01-01') }, DOMAIN)).toEqual({ start: DOMAIN.start, end: utc('2022-01-01') });
    expect(brushFromWindow({ start: utc('2030-01-01'), end: utc('2031-01-01') }, DOMAIN)).toEqual({ start: DOMAIN.end - DAY_MS, end: DOMAIN.end });
  });

  it('keeps each handle on its side of the other', () => {
    const brush = { start: utc('2021-01-01'), end: utc('2022-01-01') };
    expect(handleBounds(brush, 'start', DOMAIN)).toEqual({ min: DOMAIN.start, max: utc('2021-12-31') });
    expect(handleBounds(brush, 'end', DOMAIN)).toEqual({ min: utc('2021-01-02'), max: DOMAIN.end });
    expect(moveHandle(brush, 'start', utc('2023-01-01'), DOMAIN)).toEqual({ start: utc('2021-12-31'), end: brush.end });
    expect(moveHandle(brush, 'end', utc('2019-01-01'), DOMAIN)).toEqual({ start: brush.start, end: utc('2021-01-02') });
    expect(shiftBrush(brush, 10 * 365 * DAY_MS, DOMAIN)).toEqual({ start: DOMAIN.end - 365 * DAY_MS, end: DOMAIN.end });
    expect(shiftBrush(brush, -10 * 365 * DAY_MS, DOMAIN)).toEqual({ start: DOMAIN.start, end: DOMAIN.start + 365 * DAY_MS });
  });

  it('maps keys: arrows a month (Shift a day), pages a year, Home and End to the ends', () => {
    expect(keyAction('ArrowRight')).toEqual({ unit: 'month', dir: 1 });
    expect(keyAction('ArrowUp')).toEqual({ unit: 'month', dir: 1 });
    expect(keyAction('ArrowLeft', true)).toEqual({ unit: 'day', dir: -1 });
    expect(keyAction('PageUp')).toEqual({ unit: 'year', dir: 1 });
    expect(keyAction('PageDown')).toEqual({ unit: 'year', dir: -1 });
    expect(keyAction('Home')).toBe('min');
    expect(keyAction('End')).toBe('max');
    expect(keyAction('a')).toBeNull();
  });

  it('moves the start handle by calendar months and years', () => {
    const all = brushFromWindow(null, DOMAIN);
    expect(iso(keyToBrush(all, 'start', 'ArrowRight', false, DOMAIN, 'gregorian')!.start)).toBe('2020-02-01');
    expect(iso(keyToBrush(all, 'start', 'PageUp', false, DOMAIN, 'gregorian')!.start)).toBe('2021-01-01');
    expect(iso(keyToBrush(all, 'start', 'ArrowRight', true, DOMAIN, 'gregorian')!.start)).toBe('2020-01-02');
    expect(iso(keyToBrush(all, 'start', 'ArrowRight', false, DOMAIN, 'solarHijri')!.start)).toBe('2020-01-21');
    expect(iso(keyToBrush(all, 'start', 'PageUp', false, DOMAIN, 'solarHijri')!.start)).toBe('2020-03-20');
    expect(keyToBrush(all, 'start', 'ArrowLeft', false, DOMAIN, 'gregorian')).toEqual(all);
    expect(keyToBrush(all, 'start', 'End', false, DOMAIN, 'gregorian')).toEqual({ start: DOMAIN.end - DAY_MS, end: DOMAIN.end });
    expect(keyToBrush(all, 'start', 'x', false, DOMAIN, 'gregorian')).toBeNull();
  });

  it('moves the end handle down to whole months, and Home stops a day after the start', () => {
    const all = brushFromWindow(null, DOMAIN);
    const b = keyToBrush(all, 'end', 'ArrowLeft', false, DOMAIN, 'gregorian')!;
    expect(iso(b.end)).toBe('2024-12-01');
    expect(handleText(b, 'end', 'en')).toBe('30 November 2024 · 10 Azar 1403 SH');
    expect(keyToBrush(all, 'end', 'Home', false, DOMAIN, 'gregorian')).toEqual({ start: DOMAIN.start, end: DOMAIN.start + DAY_MS });
  });

  it('a window from the handles filters dated events like the graph does', () => {
    let brush = brushFromWindow(null, DOMAIN);
    brush = keyToBrush(brush, 'start', 'PageUp', false, DOMAIN, 'gregorian')!;
    const window = windowFromBrush(brush, DOMAIN)!;
    expect(intersectsWindow(year('2020'), window)).toBe(false);
    expect(intersectsWindow(day('2023-01-08'), window)).toBe(true);
    expect(intersectsWindow(range('2020-03-20', '2024-03-19'), window)).toBe(true);
    expect(intersectsWindow(unknown('روز سهشنبه'), window)).toBeNull();
  });
});

describe('playFrames', () => {
  it('moves a year-wide window a month at a time, ending at the domain end', () => {
    const frames = playFrames(DOMAIN, null, 'gregorian');
    expect(iso(frames[0]!.start)).toBe('2020-01-01');
    expect(iso(frames[0]!.end)).toBe('2021-01-01');
    expect(iso(frames[1]!.start)).toBe('2020-02-01');
    const last = frames[frames.length - 1]!;
    expect(last).toEqual({ start: utc('2024-01-01'), end: DOMAIN.end });
    expect(frames).toHaveLength(49);
    for (let i = 1; i < frames.length; i++) {
      expect(frames[i]!.start).toBeGreaterThan(frames[i - 1]!.start);
      // Whole months, the 1st to the 1st a year on: no leap-day drift ("1 March 2020 – 1 March 2021" read as 2 March).
      expect(iso(frames[i]!.start).slice(8)).toBe('01');
      expect(iso(frames[i]!.end).slice(4)).toBe(iso(frames[i]!.start).slice(4));
      expect(Number(iso(frames[i]!.end).slice(0, 4)) - Number(iso(frames[i]!.start).slice(0, 4))).toBe(1);
    }
    expect(windowText(frames[2]!, 'en')).toBe('March 2020 – February 2021 · 11 Esfand 1398 – 10 Esfand 1399 SH');
  });

  it('keeps the width of the current window and starts from it; a window at the end starts over', () => {
    const current = { start: utc('2022-01-01'), end: utc('2022-07-01') };
    const frames = playFrames(DOMAIN, current, 'gregorian');
    expect(frames[0]).toEqual(current);
    expect(frames.every((f, i) => iso(f.start) === `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`)).toBe(true);
    expect(frames.every((f) => iso(f.end) === iso(Date.UTC(new Date(f.start).getUTCFullYear(), new Date(f.start).getUTCMonth() + 6, 1)))).toBe(true);
    // A window of 5 months and 3 days plays as 5-month frames, starting at the 1st of its month.
    const ragged = playFrames(DOMAIN, { start: utc('2022-01-10'), end: utc('2022-06-13') }, 'gregorian');
    expect(ragged.slice(0, 2).map((f) => [iso(f.start), iso(f.end)])).toEqual([['2022-01-01', '2022-06-01'], ['2022-02-01', '2022-07-01']]);
    expect(frames[frames.length - 1]!.end).toBe(DOMAIN.end);
    const atEnd = { start: utc('2024-07-01'), end: DOMAIN.end };
    expect(playFrames(DOMAIN, atEnd, 'gregorian')[0]!.start).toBe(DOMAIN.start);
  });

  it('steps by Solar Hijri months in Persian, and is a single frame when the domain is one window', () => {
    const frames = playFrames(DOMAIN, null, 'solarHijri');
    expect(iso(frames[1]!.start)).toBe('2020-01-21');
    const oneYear = { start: utc('2023-01-01'), end: utc('2024-01-01') };
    expect(playFrames(oneYear, null, 'gregorian')).toEqual([oneYear]);
  });
});

describe('words', () => {
  it('says a day in both calendars, known pairs included', () => {
    expect(dayText(utc('2023-01-08'), 'en')).toBe('8 January 2023 · 18 Dey 1401 SH');
    expect(dayText(utc('2023-01-08'), 'fa')).toBe('۱۸ دی ۱۴۰۱ خورشیدی؛ ۸ ژانویه ۲۰۲۳ میلادی');
    expect(dayText(utc('2024-03-20'), 'en')).toBe('20 March 2024 · 1 Farvardin 1403 SH');
  });

  it('names the first day for the start handle and the last included day for the end handle', () => {
    const brush = { start: utc('2023-01-08'), end: utc('2023-01-09') };
    expect(handleText(brush, 'start', 'en')).toBe('8 January 2023 · 18 Dey 1401 SH');
    expect(handleText(brush, 'end', 'en')).toBe('8 January 2023 · 18 Dey 1401 SH');
  });

  it('says a window, shortening whole years', () => {
    expect(windowText({ start: utc('2021-01-01'), end: utc('2025-01-01') }, 'en')).toBe('2021–2024 · 12 Dey 1399 – 11 Dey 1403 SH');
    expect(windowText({ start: utc('2023-01-08'), end: utc('2023-01-09') }, 'en')).toBe('8 January 2023 · 18 Dey 1401 SH');
  });
});

describe('many events: shown events and density', () => {
  const article = buildGraphModel(loadAllDatasets('data'));
  const synth = (() => {
    const corpus = generateCorpus({ elements: 3000, seed: 11 });
    const result = validateCorpus(corpus);
    if (!result.ok) throw new Error('the synthetic corpus is invalid');
    return buildGraphModel(result.dataset);
  })();
  const item = (id: string, start: string, end: string, kind = 'meeting'): DatedItem => ({ id, kind, span: { start: utc(start), end: utc(end) }, precision: 'range', style: 'stated' });

  it('shows the same events as computeVisibility without a time filter, for kinds and countries', () => {
    for (const model of [article, synth]) {
      const countries = [...model.countryFacts.keys()].sort();
      const kinds = [...new Set(model.dataset.events.map((e) => e.kind))].sort();
      const cases: Filters[] = [
        EMPTY_FILTERS,
        { ...EMPTY_FILTERS, hiddenEventKinds: kinds.slice(0, 1) },
        { ...EMPTY_FILTERS, countries: countries.slice(0, 1) },
        { ...EMPTY_FILTERS, countries: countries.slice(1, 3), hiddenEventKinds: kinds.slice(1, 3), hiddenEntityKinds: ['person'], hiddenRelationKinds: ['cites'] },
        { ...EMPTY_FILTERS, countries: ['no-such-country'] },
      ];
      for (const filters of cases) {
        const expected = [...computeVisibility(model, filters, NO_TIME_FILTER).nodes].filter((id) => model.eventById.has(id)).sort();
        expect([...shownEvents(model.dataset.events, filters, model.countryFacts)].sort()).toEqual(expected);
      }
    }
  });

  it('is the density view only for corpora past the threshold: the article stays bars', () => {
    expect(classifyEvents(article.dataset.events).dated.length).toBeLessThanOrEqual(DENSITY_THRESHOLD);
    expect(classifyEvents(synth.dataset.events).dated.length).toBeGreaterThan(DENSITY_THRESHOLD);
  });

  it('places each period on the columns whose middle it covers, at least one, inside the strip', () => {
    const s: Scale = { domain: DOMAIN, x0: 10, x1: 1010 }; // 5 years on 1000 px, 500 columns of 2 px
    const p = placeDensity(
      [
        item('y2020', '2020-01-01', '2021-01-01'),
        item('day', '2023-01-08', '2023-01-09', 'arrest'),
        item('last', '2024-12-31', '2025-01-01', 'arrest'),
        item('all', '2020-01-01', '2025-01-01'),
        item('y2021', '2021-01-01', '2022-01-01'),
      ],
      s,
    );
    expect(p.columns).toBe(500);
    expect(p.kinds).toEqual(['meeting', 'arrest']); // the most frequent at the bottom
    const dayMiddle = (toX(s, utc('2023-01-08')) + toX(s, utc('2023-01-09'))) / 2;
    expect([...p.from]).toEqual([0, Math.floor((dayMiddle - 10) / 2), 499, 0, 100]);
    // 2020 (a leap year, a hair more than a fifth of the domain) is 100 columns, and 2021 starts
    // where it ends: back-to-back periods share no column.
    expect([...p.to]).toEqual([100, Math.floor((dayMiddle - 10) / 2) + 1, 500, 500, 200]);
  });

  it('counts events per column and kind, splits shown from dimmed, and keeps the scale across filters', () => {
    const items = [item('a', '2020-01-01', '2021-01-01'), item('b', '2020-06-01', '2020-07-01'), item('c', '2020-06-15', '2020-06-16', 'arrest'), item('d', '2023-01-01', '2024-01-01', 'arrest')];
    const p = placeDensity(items, scale(500));
    const all = densityCounts(p, () => true);
    const some = densityCounts(p, (id) => id !== 'b' && id !== 'd');
    const col = (d: typeof all, kind: string, c: number, layer: 'shown' | 'dimmed' = 'shown') => d[layer][d.kinds.indexOf(kind) * d.columns + c];
    const june = Math.floor(toX(scale(500), utc('2020-06-15')) / 2);
    expect(col(all, 'meeting', june)).toBe(2);
    expect(col(all, 'arrest', june)).toBe(1);
    expect(col(some, 'meeting', june)).toBe(1);
    expect(col(some, 'meeting', june, 'dimmed')).toBe(1);
    expect(col(all, 'meeting', 0)).toBe(1);
    expect(col(all, 'meeting', 249)).toBe(0);
    expect(all.max).toBe(3);
    expect(some.max).toBe(all.max);
    expect([all.total, all.shownTotal, some.shownTotal]).toEqual([4, 4, 2]);
  });

  it('on a synthetic corpus: every column holds the events covering it, shown plus dimmed, whatever the filter', () => {
    const { dated } = classifyEvents(synth.dataset.events);
    const domain = timeDomain(dated.map((d) => d.span))!;
    const s: Scale = { domain, x0: 16, x1: 1016 };
    const p = placeDensity(dated, s);
    const shown = shownEvents(synth.dataset.events, { hiddenEventKinds: [p.kinds[0]!], countries: [] }, synth.countryFacts);
    const d = densityCounts(p, (id) => shown.has(id));
    expect(d.shownTotal).toBe(dated.filter((x) => shown.has(x.id)).length);
    for (const c of [0, 137, 250, 499]) {
      const covering = dated.filter((_, i) => p.from[i]! <= c && c < p.to[i]!);
      let sumShown = 0;
      let sumDimmed = 0;
      for (let k = 0; k < d.kinds.length; k++) {
        sumShown += d.shown[k * d.columns + c]!;
        sumDimmed += d.dimmed[k * d.columns + c]!;
      }
      expect(sumShown).toBe(covering.filter((x) => shown.has(x.id)).length);
      expect(sumDimmed).toBe(covering.filter((x) => !shown.has(x.id)).length);
    }
  });

  it('counts by property: the column sums are the coverage of the periods', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1800 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom('meeting', 'arrest', 'war'), fc.boolean()), { maxLength: 40 }), (rows) => {
        const items = rows.map(([d, len, kind], i) => ({ ...item(`e${i}`, '2020-01-01', '2020-01-02', kind), span: { start: DOMAIN.start + d * DAY_MS, end: DOMAIN.start + (d + len) * DAY_MS } }));
        const on = new Set(items.filter((_, i) => rows[i]![3]).map((x) => x.id));
        const p = placeDensity(items, scale(300), { binPx: 3 });
        const d = densityCounts(p, (id) => on.has(id));
        let max = 0;
        for (let c = 0; c < d.columns; c++) {
          let total = 0;
          for (let k = 0; k < d.kinds.length; k++) total += d.shown[k * d.columns + c]! + d.dimmed[k * d.columns + c]!;
          expect(total).toBe(items.filter((_, i) => p.from[i]! <= c && c < p.to[i]!).length);
          max = Math.max(max, total);
        }
        expect(d.max).toBe(max);
      }),
      { numRuns: 100 },
    );
  });

  it('picks the event under a click: shown first, then the narrowest, then the nearest', () => {
    const s = scale(500);
    const p = placeDensity([item('year', '2020-01-01', '2021-01-01'), item('june', '2020-06-01', '2020-07-01'), item('far', '2024-01-01', '2024-02-01')], s);
    const june = toX(s, utc('2020-06-15'));
    expect(eventAt(p, june)).toBe('june');
    expect(eventAt(p, june, (id) => id !== 'june')).toBe('year');
    expect(eventAt(p, toX(s, utc('2020-02-01')))).toBe('year');
    expect(eventAt(p, toX(s, utc('2022-06-01')))).toBeNull();
    // Just past the end of a short period, within reach.
    expect(eventAt(p, toX(s, utc('2024-02-01')) + 3)).toBe('far');
  });

  it('shortens the undated lane, keeping a selected event further down', () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ id: `u${i}` }));
    expect(undatedShortList(items.slice(0, 13), 50, null)).toEqual({ list: items.slice(0, 13), more: 0 });
    const { list, more } = undatedShortList(items, 50, null);
    expect([list.length, more]).toEqual([50, 70]);
    const picked = undatedShortList(items, 50, 'u99');
    expect(picked.list.map((u) => u.id).slice(-2)).toEqual(['u49', 'u99']);
    expect(picked.more).toBe(69);
    expect(undatedShortList(items, 50, 'u3').list).toHaveLength(50);
  });
});
