// Hostile data, round two: dates at and past the ends of the supported years (item 5), time
// windows from links (item 13) and the wording of number and range problems (item 14).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_YEAR, MIN_YEAR } from '../../src/domain/kinds';
import { dateSpan, describeDate } from '../../src/domain/dates';
import type { FuzzyDate } from '../../src/domain/schema';
import { fuzzyDateSchema } from '../../src/domain/schema';
import { formatIssue, validateDataset } from '../../src/domain/validate';
import * as TL from '../../src/graph/timeline';
import { parseQuery } from '../../src/store/url';

const mini = join(__dirname, '..', 'fixtures', 'mini');
const doc = JSON.parse(readFileSync(join(mini, 'document.json'), 'utf8')) as unknown;
const facts = JSON.parse(readFileSync(join(mini, 'facts.json'), 'utf8')) as { events: Array<{ date: unknown }>; entities: Array<{ evidence: Array<Record<string, unknown>> }> };
const text = readFileSync(join(mini, 'source.txt'), 'utf8');
const validate = (f: unknown) => validateDataset({ documentFile: 'document.json', document: doc, factsFile: 'facts.json', facts: f, texts: { 'source.txt': text } });

const day = (value: string): FuzzyDate => ({ precision: 'day', value, certainty: 'stated' });

describe('item 5: the supported years, in both calendars', () => {
  it.each(['0000', '0001-01-01', '0621-12-31', '0999-12-31', '3000', '9999-12-31'])('%s is refused with the supported range', (value) => {
    const precision = value.length === 4 ? 'year' : 'day';
    const parsed = fuzzyDateSchema.safeParse({ precision, value, certainty: 'stated' });
    expect(parsed.success).toBe(false);
    const f = structuredClone(facts);
    f.events[0]!.date = { precision, value, certainty: 'stated' };
    const result = validate(f);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      `facts.json at events[0].date.value: expected a year from ${MIN_YEAR} to ${MAX_YEAR} [schema]`,
    ]);
  });

  const first = `${MIN_YEAR}-01-01`;
  const last = `${MAX_YEAR}-12-31`;

  it.each([first, last])('%s is accepted and described in both calendars', (value) => {
    expect(fuzzyDateSchema.safeParse(day(value)).success).toBe(true);
    expect(describeDate(day(value), 'en')).toMatch(/SH/);
    expect(describeDate(day(value), 'fa')).toMatch(/[۰-۹]/);
  });

  const domain = TL.timeDomain([dateSpan(day(first))!, dateSpan(day(last))!])!;

  it.each(['gregorian', 'solarHijri'] as const)('steps, snaps and plays across the whole range in %s', (calendar) => {
    for (const unit of ['day', 'month', 'year'] as const) {
      for (const ms of [domain.start, domain.end - 1]) {
        expect(Number.isFinite(TL.startOfUnit(ms, unit, calendar))).toBe(true);
        expect(TL.nextBoundary(ms, unit, calendar, 1)).toBeGreaterThan(ms);
        expect(TL.nextBoundary(ms, unit, calendar, -1)).toBeLessThan(ms);
        expect(Number.isFinite(TL.snapTo(ms, unit, calendar))).toBe(true);
      }
    }
    // ArrowRight and ArrowLeft on both handles at the ends of the range.
    const brush = TL.brushFromWindow(null, domain);
    for (const handle of ['start', 'end'] as const)
      for (const key of ['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown'])
        for (const shift of [false, true]) expect(TL.keyToBrush(brush, handle, key, shift, domain, calendar)).not.toBeNull();
    const frames = TL.playFrames(domain, null, calendar);
    expect(frames.length).toBeGreaterThan(1);
    expect(frames.length).toBeLessThanOrEqual(TL.MAX_PLAY_FRAMES + 1);
    expect(frames[frames.length - 1]!.end).toBe(domain.end);
    for (let i = 1; i < frames.length; i++) expect(frames[i]!.start).toBeGreaterThan(frames[i - 1]!.start);
    // Thousands of months took seconds: the bound on the frames above is what keeps it fast (no
    // wall-clock bound, which a busy machine can break).
  });

  it('a short domain still plays a month at a time', () => {
    const short = TL.timeDomain([dateSpan(day('2020-01-01'))!, dateSpan(day('2021-12-31'))!])!;
    const frames = TL.playFrames(short, null, 'gregorian');
    expect(frames.length).toBe(13);
  });
});

describe('item 13: time windows from links', () => {
  const DAY = 86_400_000;
  it.each([
    ['0~1', Date.UTC(1970, 0, 1), Date.UTC(1970, 0, 2)],
    ['1000~2000', Date.UTC(1970, 0, 1), Date.UTC(1970, 0, 2)],
    ['-999999999999999~999999999999999', Date.UTC(MIN_YEAR, 0, 1), Date.UTC(MAX_YEAR + 1, 0, 1)],
    ['2020-01-01~1600000000123', Date.UTC(2020, 0, 1), Math.ceil(1600000000123 / DAY) * DAY],
  ])('t=%s becomes whole days in the supported years, and says so', (t, start, end) => {
    const { state, ignored } = parseQuery(`t=${t}`);
    expect(state.time.window).toEqual({ start, end });
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(new RegExp(`^t: .* read as whole days within ${MIN_YEAR}–${MAX_YEAR}, \\d{4}-\\d{2}-\\d{2}~\\d{4}-\\d{2}-\\d{2}$`));
  });

  it('a window wholly outside the supported years is ignored, and said so', () => {
    const { state, ignored } = parseQuery(`t=${Date.UTC(3100, 0, 1)}~${Date.UTC(3200, 0, 1)}`);
    expect(state.time.window).toBeNull();
    expect(ignored).toEqual([expect.stringMatching(/outside the years 1000–2999/)]);
  });

  it('a window of whole days inside the range is taken silently', () => {
    const { state, ignored } = parseQuery('t=2020-01-01~2021-01-01');
    expect(state.time.window).toEqual({ start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) });
    expect(ignored).toEqual([]);
    expect(TL.windowText(state.time.window!, 'en')).not.toMatch(/Undated/);
  });
});

describe('item 14: number and range problems in plain words', () => {
  const withOffsets = (start: unknown, end: unknown) => {
    const f = structuredClone(facts);
    Object.assign(f.entities[0]!.evidence[0]!, { start, end });
    // JSON.parse of the raw text, as a file would arrive: 1e309 is Infinity.
    return JSON.parse(JSON.stringify(f).replace('"__START__"', String(start)).replace('"__END__"', String(end))) as unknown;
  };
  const messages = (f: unknown) => {
    const r = validate(f);
    return r.ok ? [] : r.issues.map(formatIssue);
  };

  it('a negative offset and a zero end', () => {
    expect(messages(withOffsets(-1, 0))).toEqual([
      'facts.json at entities[0].evidence[0].start: expected a number of at least 0 [schema]',
      'facts.json at entities[0].evidence[0].end: expected a number greater than 0 [schema]',
    ]);
  });

  it('an offset beyond the safe integers, a fractional one, and 1e309', () => {
    const f = structuredClone(facts);
    Object.assign(f.entities[0]!.evidence[0]!, { start: '__START__', end: '__END__' });
    const raw = JSON.parse(JSON.stringify(f).replace('"__START__"', '1e300').replace('"__END__"', '1e309')) as unknown;
    expect(messages(raw)).toEqual([
      'facts.json at entities[0].evidence[0].start: expected a whole number of at most 9007199254740991 [schema]',
      'facts.json at entities[0].evidence[0].end: expected a finite number [schema]',
    ]);
    expect(messages(withOffsets(1.5, 'x'))).toEqual([
      'facts.json at entities[0].evidence[0].start: expected a whole number [schema]',
      'facts.json at entities[0].evidence[0].end: expected a number [schema]',
    ]);
  });

  it('no message keeps zod\'s own wording', () => {
    const f = structuredClone(facts) as unknown as Record<string, unknown>;
    f.entities = 'none';
    f.events = [{}];
    for (const line of messages(f)) expect(line).not.toMatch(/Too (small|big)|Invalid input|expected (string|number|array|object|int)\b/);
  });
});
