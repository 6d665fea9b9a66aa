import fc from 'fast-check';
import {
  DAY_MS,
  dateSpan,
  describeDate,
  formatGregorian,
  formatPeriod,
  formatSolarHijri,
  fromSolarHijri,
  GREGORIAN_MONTHS,
  intersectsWindow,
  isoSpan,
  SOLAR_HIJRI_MONTHS,
  toSolarHijri,
} from './dates';
import type { FuzzyDate } from './schema';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const day = (value: string): FuzzyDate => ({ precision: 'day', value, certainty: 'stated' });
const month = (value: string): FuzzyDate => ({ precision: 'month', value, certainty: 'stated' });
const year = (value: string): FuzzyDate => ({ precision: 'year', value, certainty: 'stated' });
const range = (start: string, end: string): FuzzyDate => ({ precision: 'range', start, end, certainty: 'stated' });
const unknown = (stated?: string): FuzzyDate => ({ precision: 'unknown', stated, certainty: 'unknown' });
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('dateSpan', () => {
  it('covers a whole year', () => {
    expect(dateSpan(year('2020'))).toEqual({ start: utc('2020-01-01'), end: utc('2021-01-01') });
  });

  it('covers a whole month, leap February included', () => {
    expect(dateSpan(month('2020-02'))).toEqual({ start: utc('2020-02-01'), end: utc('2020-03-01') });
    expect(dateSpan(month('2023-12'))).toEqual({ start: utc('2023-12-01'), end: utc('2024-01-01') });
  });

  it('covers one day', () => {
    expect(dateSpan(day('2023-01-08'))).toEqual({ start: utc('2023-01-08'), end: utc('2023-01-09') });
  });

  it('covers a range from its start day through its end day', () => {
    expect(dateSpan(range('2023-03-21', '2024-03-19'))).toEqual({ start: utc('2023-03-21'), end: utc('2024-03-20') });
    expect(dateSpan(range('2023-01-08', '2023-01-08'))).toEqual({ start: utc('2023-01-08'), end: utc('2023-01-09') });
  });

  it('reads year and month ends of a range as whole periods', () => {
    expect(dateSpan(range('2020', '2021'))).toEqual({ start: utc('2020-01-01'), end: utc('2022-01-01') });
    expect(dateSpan(range('2020', '2021-03'))).toEqual({ start: utc('2020-01-01'), end: utc('2021-04-01') });
    expect(dateSpan(range('2020-11', '2020-12-31'))).toEqual({ start: utc('2020-11-01'), end: utc('2021-01-01') });
  });

  it('is null for undated, missing or malformed values', () => {
    expect(dateSpan(unknown('روز سهشنبه'))).toBeNull();
    expect(dateSpan({ precision: 'day', certainty: 'stated' })).toBeNull();
    expect(dateSpan(day('2023-02-30'))).toBeNull();
    expect(dateSpan({ precision: 'range', start: '2020', certainty: 'stated' })).toBeNull();
    expect(dateSpan(range('2021', '2020'))).toBeNull();
  });

  it('handles years before 100 without the Date.UTC 1900 shift', () => {
    expect(new Date(isoSpan('0050')?.start ?? NaN).getUTCFullYear()).toBe(50);
  });
});

describe('intersectsWindow', () => {
  const june2020 = { start: utc('2020-06-01'), end: utc('2020-07-01') };

  it('is true when a year contains the window', () => {
    expect(intersectsWindow(year('2020'), june2020)).toBe(true);
    expect(intersectsWindow(month('2020-06'), june2020)).toBe(true);
  });

  it('is false when the window only touches the end of the span (half-open)', () => {
    expect(intersectsWindow(day('2020-05-31'), june2020)).toBe(false);
    expect(intersectsWindow(year('2019'), { start: utc('2020-01-01'), end: utc('2020-02-01') })).toBe(false);
  });

  it('is false when the span starts where the window ends', () => {
    expect(intersectsWindow(day('2020-07-01'), june2020)).toBe(false);
  });

  it('is true for a one-day overlap at either edge', () => {
    expect(intersectsWindow(day('2020-06-01'), june2020)).toBe(true);
    expect(intersectsWindow(day('2020-06-30'), june2020)).toBe(true);
    expect(intersectsWindow(range('2020-05-01', '2020-06-01'), june2020)).toBe(true);
  });

  it('is null for undated', () => {
    expect(intersectsWindow(unknown('اخیرا'), june2020)).toBeNull();
  });

  it('is false for an empty window', () => {
    expect(intersectsWindow(year('2020'), { start: utc('2020-06-01'), end: utc('2020-06-01') })).toBe(false);
  });
});

describe('Solar Hijri conversion', () => {
  const pairs: Array<[number, number, number, string]> = [
    [1401, 10, 18, '2023-01-08'],
    [1403, 1, 1, '2024-03-20'],
    [1402, 1, 1, '2023-03-21'],
    [1401, 12, 29, '2023-03-20'],
    [1402, 12, 29, '2024-03-19'],
    [1403, 12, 30, '2025-03-20'], // 1403 is a leap year
    [1398, 10, 11, '2020-01-01'],
    [1357, 11, 22, '1979-02-11'],
  ];

  it.each(pairs)('%i-%i-%i is %s', (y, m, d, gregorian) => {
    expect(toSolarHijri(new Date(utc(gregorian)))).toEqual({ year: y, month: m, day: d });
    expect(iso(fromSolarHijri(y, m, d))).toBe(gregorian);
    expect(fromSolarHijri(y, m, d).getTime()).toBe(utc(gregorian));
  });

  it('ignores the time of day (UTC)', () => {
    expect(toSolarHijri(new Date('2023-01-08T23:59:59Z'))).toEqual({ year: 1401, month: 10, day: 18 });
  });

  it('rejects days that do not exist', () => {
    expect(() => fromSolarHijri(1401, 12, 30)).toThrow(RangeError);
    expect(() => fromSolarHijri(1401, 7, 31)).toThrow(RangeError);
    expect(() => fromSolarHijri(1401, 13, 1)).toThrow(RangeError);
    expect(() => fromSolarHijri(1401, 1, 0)).toThrow(RangeError);
    expect(() => fromSolarHijri(1401.5, 1, 1)).toThrow(RangeError);
    expect(() => toSolarHijri(new Date(NaN))).toThrow(RangeError);
  });

  it('round-trips every day from 1900 to 2100', () => {
    const days = fc.integer({ min: utc('1900-01-01') / DAY_MS, max: utc('2100-12-31') / DAY_MS });
    fc.assert(
      fc.property(days, (n) => {
        const date = new Date(n * DAY_MS);
        const sh = toSolarHijri(date);
        expect(fromSolarHijri(sh.year, sh.month, sh.day).getTime()).toBe(date.getTime());
      }),
      { numRuns: 1000 },
    );
  });

  it('moves one day at a time, within valid month lengths', () => {
    const days = fc.integer({ min: utc('1900-01-01') / DAY_MS, max: utc('2100-12-31') / DAY_MS });
    fc.assert(
      fc.property(days, (n) => {
        const a = toSolarHijri(new Date(n * DAY_MS));
        const b = toSolarHijri(new Date((n + 1) * DAY_MS));
        expect(a.day).toBeLessThanOrEqual(a.month <= 6 ? 31 : 30);
        if (b.day === 1) expect(b.month === 1 ? [b.year - 1, 12] : [b.year, b.month - 1]).toEqual([a.year, a.month]);
        else expect(b).toEqual({ ...a, day: a.day + 1 });
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatting', () => {
  const jan8 = utc('2023-01-08');

  it('formats Gregorian dates at each precision', () => {
    expect(formatGregorian(jan8, 'day', 'en')).toBe('8 January 2023');
    expect(formatGregorian(jan8, 'month', 'en')).toBe('January 2023');
    expect(formatGregorian(jan8, 'year', 'en')).toBe('2023');
    expect(formatGregorian(jan8, 'day', 'fa')).toBe('۸ ژانویه ۲۰۲۳');
    expect(formatGregorian(jan8, 'month', 'fa')).toBe('ژانویه ۲۰۲۳');
    expect(formatGregorian(jan8, 'year', 'fa')).toBe('۲۰۲۳');
  });

  it('formats Solar Hijri dates at each precision', () => {
    expect(formatSolarHijri(jan8, 'day', 'en')).toBe('18 Dey 1401');
    expect(formatSolarHijri(jan8, 'month', 'en')).toBe('Dey 1401');
    expect(formatSolarHijri(jan8, 'year', 'en')).toBe('1401');
    expect(formatSolarHijri(jan8, 'day', 'fa')).toBe('۱۸ دی ۱۴۰۱');
    expect(formatSolarHijri(jan8, 'month', 'fa')).toBe('دی ۱۴۰۱');
    expect(formatSolarHijri(jan8, 'year', 'fa')).toBe('۱۴۰۱');
  });

  it('uses month names that agree with Intl', () => {
    for (let m = 0; m < 12; m++) {
      const sh = fromSolarHijri(1402, m + 1, 15);
      const greg = new Date(Date.UTC(2023, m, 15));
      for (const locale of ['en', 'fa'] as const) {
        const tag = locale === 'fa' ? 'fa-IR' : 'en';
        const name = (cal: string, d: Date) =>
          new Intl.DateTimeFormat(`${tag}-u-ca-${cal}`, { timeZone: 'UTC', month: 'long' }).format(d);
        expect(SOLAR_HIJRI_MONTHS[locale][m]).toBe(name('persian', sh));
        expect(GREGORIAN_MONTHS[locale][m]).toBe(name('gregory', greg));
      }
    }
  });

  it('formats periods, sharing what both ends have in common', () => {
    const span = (a: string, b: string) => ({ start: utc(a), end: utc(b) });
    expect(formatPeriod(span('2023-01-08', '2023-01-11'), 'day', 'gregorian', 'en')).toBe('8–10 January 2023');
    expect(formatPeriod(span('2023-01-08', '2023-02-03'), 'day', 'gregorian', 'en')).toBe('8 January – 2 February 2023');
    expect(formatPeriod(span('2022-12-30', '2023-01-03'), 'day', 'gregorian', 'en')).toBe('30 December 2022 – 2 January 2023');
    expect(formatPeriod(span('2023-01-01', '2023-02-01'), 'month', 'solarHijri', 'en')).toBe('Dey–Bahman 1401');
    expect(formatPeriod(span('2023-03-01', '2023-04-01'), 'month', 'solarHijri', 'en')).toBe('Esfand 1401 – Farvardin 1402');
    expect(formatPeriod(span('2020-01-01', '2021-01-01'), 'year', 'solarHijri', 'fa')).toBe('۱۳۹۸–۱۳۹۹');
  });

  it('shows a period that is exactly whole months or years of a calendar at that precision', () => {
    const sh1402 = { start: utc('2023-03-21'), end: utc('2024-03-20') };
    expect(formatPeriod(sh1402, 'day', 'solarHijri', 'en')).toBe('1402');
    expect(formatPeriod(sh1402, 'day', 'gregorian', 'en')).toBe('21 March 2023 – 19 March 2024');
    expect(formatPeriod({ start: utc('2023-01-01'), end: utc('2023-02-01') }, 'day', 'gregorian', 'en')).toBe('January 2023');
  });
});

describe('describeDate', () => {
  it('describes a year in both calendars', () => {
    expect(describeDate(year('2020'), 'en')).toBe('2020 · 1398–1399 SH');
    expect(describeDate(year('2020'), 'fa')).toBe('۱۳۹۸–۱۳۹۹ خورشیدی؛ ۲۰۲۰ میلادی');
  });

  it('describes a month', () => {
    expect(describeDate(month('2023-01'), 'en')).toBe('January 2023 · Dey–Bahman 1401 SH');
  });

  it('describes a day', () => {
    expect(describeDate(day('2023-01-08'), 'en')).toBe('8 January 2023 · 18 Dey 1401 SH');
    expect(describeDate(day('2023-01-08'), 'fa')).toBe('۱۸ دی ۱۴۰۱ خورشیدی؛ ۸ ژانویه ۲۰۲۳ میلادی');
  });

  it('describes ranges, each end as precise as it was given', () => {
    expect(describeDate(range('2023-01-08', '2023-01-10'), 'en')).toBe('8–10 January 2023 · 18–20 Dey 1401 SH');
    expect(describeDate(range('2020', '2021-03'), 'en')).toBe('2020 – March 2021 · 1398–1400 SH');
    expect(describeDate(range('2020', '2022'), 'en')).toBe('2020–2022 · 1398–1401 SH');
  });

  it('marks inferred and uncertain dates', () => {
    const published: FuzzyDate = { ...range('2023-03-21', '2024-03-19'), certainty: 'inferred', basis: '18 Dey of last year' };
    expect(describeDate(published, 'en')).toBe('21 March 2023 – 19 March 2024 · 1402 SH (inferred)');
    expect(describeDate(published, 'fa')).toBe('۱۴۰۲ خورشیدی؛ ۲۱ مارس ۲۰۲۳ – ۱۹ مارس ۲۰۲۴ میلادی (استنباطی)');
    expect(describeDate({ ...year('2020'), certainty: 'unknown' }, 'en')).toBe('2020 · 1398–1399 SH (uncertain)');
  });

  it('quotes the phrase of an undated date', () => {
    expect(describeDate(unknown('روز سهشنبه'), 'en')).toBe('Undated — “روز سهشنبه” (relative to an unknown publication date)');
    expect(describeDate(unknown('روز سهشنبه'), 'fa')).toBe('بی‌تاریخ — «روز سهشنبه» (نسبت به تاریخ انتشار نامعلوم)');
    expect(describeDate(unknown(), 'en')).toBe('Undated');
    expect(describeDate(unknown('  '), 'fa')).toBe('بی‌تاریخ');
  });
});
