import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fuzzyDateSchema } from '../domain/schema';
import { findDatePhrases, type DateSuggestion, type PublishedLike } from './datePhrases';

const ZWNJ = '\u200c';
/** Tuesday 10 January 2023 = 20 Dey 1401. */
const DAY: PublishedLike = { precision: 'day', value: '2023-01-10', certainty: 'stated' };
/** The built-in article's inferred publication range (all inside 1402 SH). */
const RANGE: PublishedLike = { precision: 'range', start: '2023-05-01', end: '2024-03-19', certainty: 'inferred' };

const one = (text: string, published: PublishedLike | null = DAY): DateSuggestion => {
  const got = findDatePhrases(text, published);
  expect(got).toHaveLength(1);
  const s = got[0] as DateSuggestion;
  expect(text.slice(s.start, s.end)).toBe(s.matched);
  // Accepted unchanged into a fact, it passes the schema (the same zod rules as data:check).
  expect(fuzzyDateSchema.safeParse(s.date).success).toBe(true);
  return s;
};

describe('findDatePhrases: Solar Hijri day and month', () => {
  it('«۱۸ دی ماه» takes the year of publication', () => {
    const s = one('در ۱۸ دی ماه دیدار شد');
    expect(s).toMatchObject({ kind: 'solarHijriDayMonth', matched: '۱۸ دی ماه', date: { stated: '۱۸ دی ماه', precision: 'day', value: '2023-01-08', certainty: 'inferred' } });
    expect(s.basis.en).toContain('1401');
    expect(s.basis.fa).toContain('۱۴۰۱');
  });

  it('a day not yet come in the year of publication falls in the year before', () => {
    expect(one('۱۸ بهمن').date.value).toBe('2022-02-07'); // 18 Bahman 1400
  });

  it('in a sentence about what is to come, a day-month is the next one on or after publication', () => {
    // Published 20 Dey 1401: 25 Bahman is still to come that year, 5 Dey has passed (so 1402).
    const planned = one(`قرار است کمیسیون مشترک روز ۲۵ بهمن ماه در اسلام${ZWNJ}آباد تشکیل جلسه دهد.`);
    expect(planned.date).toMatchObject({ stated: '۲۵ بهمن ماه', precision: 'day', value: '2023-02-14', certainty: 'inferred' });
    expect(planned.basis.en).toContain('what is to come');
    expect(one('نشست بعدی ۵ دی ماه برگزار خواهد شد.').date.value).toBe('2023-12-26');
    // The future word of another sentence changes nothing: what happened stays in the past.
    expect(findDatePhrases('دیدار ۱۸ بهمن انجام شد. نشست بعدی در آینده خواهد بود.', DAY).map((x) => x.date.value)).toEqual(['2022-02-07']);
  });

  it('«۱۸ دی ۱۴۰۱» and «۱۸ دی ماه سال ۱۴۰۱» are stated full dates; Latin and Arabic-Indic digits too', () => {
    for (const text of ['۱۸ دی ۱۴۰۱', '۱۸ دی ماه سال ۱۴۰۱', '18 دی 1401', '١٨ دي ١٤٠١', `۱۸ دی${ZWNJ}ماه ۱۴۰۱`]) {
      const s = one(text, null);
      expect(s).toMatchObject({ kind: 'solarHijriFull', matched: text, date: { precision: 'day', value: '2023-01-08', certainty: 'stated' } });
    }
    expect(one('۱۴۰۱/۱۰/۱۸', null).date.value).toBe('2023-01-08');
  });

  it('ordinal days: «هجدهم دی», «بیست و یکم اسفند»', () => {
    expect(one('هجدهم دی').date.value).toBe('2023-01-08');
    expect(one('بیست و یکم اسفند ۱۴۰۱').date.value).toBe('2023-03-12');
  });

  it('«۱۸ دی ماه سال گذشته» in the curated article resolves to 8 January 2023 as the dataset has it', () => {
    const s = one('دعوت ۱۸ دی ماه سال گذشته', RANGE);
    expect(s.date).toMatchObject({ stated: '۱۸ دی ماه سال گذشته', precision: 'day', value: '2023-01-08', certainty: 'inferred' });
  });

  it('a day-month without a year under a publication range that crosses it stays unknown', () => {
    const s = one('۱۸ دی', RANGE);
    expect(s.date).toMatchObject({ precision: 'unknown', certainty: 'unknown', stated: '۱۸ دی' });
    expect(s.date.basis).toMatch(/year/);
  });

  it('rejects days that do not exist', () => {
    // Mehr has 30 days; 1401 is not a leap year. Only the month of that year is left to propose.
    expect(findDatePhrases('۳۱ مهر ۱۴۰۱', null).map((s) => [s.kind, s.matched, s.date.precision])).toEqual([['solarHijriFull', 'مهر ۱۴۰۱', 'range']]);
    expect(findDatePhrases('۳۰ اسفند ۱۴۰۱', null).map((s) => s.matched)).toEqual(['اسفند ۱۴۰۱']);
    expect(findDatePhrases('۳۰ اسفند ۱۴۰۳', null).map((s) => [s.kind, s.date.value])).toEqual([['solarHijriFull', '2025-03-20']]);
  });
});

describe('findDatePhrases: years', () => {
  it('a Gregorian year in the dataset shape', () => {
    expect(one('جنگ قرهباغ در ۲۰۲۰').date).toEqual({ stated: '۲۰۲۰', precision: 'year', value: '2020', certainty: 'stated' });
    expect(one('سال 2020 میلادی').matched).toBe('سال 2020 میلادی');
  });

  it('a Solar Hijri year as the range of Gregorian days it covers', () => {
    const s = one('در سال ۱۴۰۱');
    expect(s).toMatchObject({ kind: 'solarHijriYear', date: { precision: 'range', start: '2022-03-21', end: '2023-03-20', certainty: 'stated' } });
  });

  it('numbers that are not years are not dates', () => {
    expect(findDatePhrases('۵۰۰ نفر و ۱۲۳۴۵ دلار و ۲۰۲۰.۵ و 3000', DAY)).toEqual([]);
  });
});

describe('findDatePhrases: months and Gregorian dates', () => {
  it('a Solar Hijri month of a stated year is the range of its days', () => {
    expect(one('در دی ماه ۱۴۰۱', null)).toMatchObject({ kind: 'solarHijriFull', matched: 'دی ماه ۱۴۰۱', date: { precision: 'range', start: '2022-12-22', end: '2023-01-20', certainty: 'stated' } });
    expect(one('اسفند سال ۱۴۰۲', null).date).toMatchObject({ start: '2024-02-20', end: '2024-03-19' });
  });

  it('Gregorian dates written out, in Persian, English and Arabic, any digits', () => {
    for (const text of ['۸ ژانویه ۲۰۲۳', '8 January 2023', 'January 8, 2023', '8th Jan. 2023', '٨ يناير ٢٠٢٣', '۸ ژانویه ۲۰۲۳ میلادی', '2023-01-08'])
      expect(one(`on ${text} there`, null)).toMatchObject({ kind: 'gregorianDate', matched: text, date: { stated: text, precision: 'day', value: '2023-01-08', certainty: 'stated' } });
    expect(one('in January 2023', null).date).toEqual({ stated: 'January 2023', precision: 'month', value: '2023-01', certainty: 'stated' });
  });

  it('a Gregorian day and month without a year take the latest such day up to publication', () => {
    expect(one('روز ۵ ژانویه').date).toMatchObject({ precision: 'day', value: '2023-01-05', certainty: 'inferred' });
    expect(one('on 5 March').date).toMatchObject({ value: '2022-03-05' });
    expect(one('۵ مارس', RANGE).date).toMatchObject({ precision: 'unknown', certainty: 'unknown' });
  });

  it('does not take a modal "may" or an impossible day for a date', () => {
    expect(findDatePhrases('they may 12 times', DAY)).toEqual([]);
    expect(findDatePhrases('31 April 2023', DAY).map((s) => [s.matched, s.date.precision])).toEqual([['April 2023', 'month']]);
  });
});

describe('findDatePhrases: weekdays', () => {
  it('«سه‌شنبه» with ZWNJ, without, or with a space: the last Tuesday on or before publication', () => {
    for (const word of [`سه${ZWNJ}شنبه`, 'سهشنبه', 'سه شنبه']) {
      const s = one(`روز ${word} در باکو`, { precision: 'day', value: '2023-01-12', certainty: 'stated' });
      expect(s).toMatchObject({ kind: 'weekday', matched: `روز ${word}`, date: { precision: 'day', value: '2023-01-10', certainty: 'inferred' } });
    }
  });

  it('«شنبه» is not found inside «سه‌شنبه»; «جمعه» on a Friday publication is that day', () => {
    expect(one('سهشنبه', DAY).date.value).toBe('2023-01-10');
    expect(one('جمعه', { precision: 'day', value: '2023-01-13', certainty: 'stated' }).date.value).toBe('2023-01-13');
  });

  it('stays unknown, as the dataset has it, when publication is only a range', () => {
    const s = one('روز سهشنبه', RANGE);
    expect(s.date).toMatchObject({ stated: 'روز سهشنبه', precision: 'unknown', certainty: 'unknown' });
  });
});

describe('findDatePhrases: relative phrases', () => {
  it('«سال گذشته» and «پارسال» are the previous Solar Hijri year', () => {
    for (const text of ['سال گذشته', 'پارسال', 'سال قبل']) expect(one(text).date).toMatchObject({ precision: 'range', start: '2021-03-21', end: '2022-03-20', certainty: 'inferred' });
  });

  it('«امسال» is the year of publication; «ماه گذشته» the Solar Hijri month before', () => {
    expect(one('امسال').date).toMatchObject({ start: '2022-03-21', end: '2023-03-20' });
    expect(one('ماه گذشته').date).toMatchObject({ start: '2022-11-22', end: '2022-12-21' }); // Azar 1401
  });

  it('«سه سال اخیر» is the last three years, as wide as the publication range makes it', () => {
    expect(one('در سه سال اخیر', RANGE).date).toMatchObject({ stated: 'سه سال اخیر', precision: 'range', start: '2020-05-01', end: '2024-03-19', certainty: 'inferred' });
    expect(one('۲ ماه گذشته').date).toMatchObject({ start: '2022-11-10', end: '2023-01-10' });
  });

  it('«امروز», «دیروز» need the day of publication', () => {
    expect(one('امروز').date).toMatchObject({ precision: 'day', value: '2023-01-10' });
    expect(one('دیروز').date).toMatchObject({ precision: 'day', value: '2023-01-09' });
    expect(one('دیروز', RANGE).date).toMatchObject({ precision: 'unknown', certainty: 'unknown' });
  });

  it('«اخیراً» and «اخیرا» are one phrase, never given a made-up range', () => {
    for (const text of ['اخیراً', 'اخیرا']) {
      const s = one(text);
      expect(s).toMatchObject({ kind: 'relative', matched: text, date: { stated: text, precision: 'unknown', certainty: 'unknown' } });
    }
  });

  it('«هفته گذشته» is the Saturday-to-Friday week before the week of publication', () => {
    // Tuesday 10 January 2023: its week began on Saturday 7 January.
    expect(one('هفته گذشته').date).toMatchObject({ precision: 'range', start: '2022-12-31', end: '2023-01-06', certainty: 'inferred' });
    expect(one('هفته گذشته', RANGE).date).toMatchObject({ precision: 'unknown' });
  });

  it('«سال‌های اخیر» (recent years) is vague like «اخیراً»', () => {
    const s = one(`در سال${ZWNJ}های اخیر`);
    expect(s).toMatchObject({ matched: `سال${ZWNJ}های اخیر`, date: { precision: 'unknown', certainty: 'unknown' } });
  });

  it('a publication date left half-typed in a form counts as unknown, not as an error', () => {
    expect(one('دیروز', { precision: 'day', value: '', certainty: 'stated' }).date).toMatchObject({ precision: 'unknown' });
    expect(one('دیروز', { precision: 'unknown', certainty: 'unknown' }).date).toMatchObject({ precision: 'unknown' });
  });

  it('without a publication date, relative phrases are unknown with a basis', () => {
    const s = one('سال گذشته', null);
    expect(s.date).toMatchObject({ precision: 'unknown', certainty: 'unknown' });
    expect(s.basis.en).toMatch(/unknown/);
  });
});

describe('findDatePhrases: the article and offsets', () => {
  it('finds the dates the curated article carries', () => {
    const text = readFileSync('data/aran-news-baku/source.txt', 'utf8');
    const doc = JSON.parse(readFileSync('data/aran-news-baku/document.json', 'utf8')) as { published: PublishedLike };
    const got = findDatePhrases(text, doc.published);
    const stated = got.map((s) => s.matched);
    for (const phrase of ['روز سهشنبه', '۱۸ دی ماه سال گذشته', '۲۰۲۰', 'سه سال اخیر', 'اخیراً']) expect(stated).toContain(phrase);
    const invitation = got.find((s) => s.matched === '۱۸ دی ماه سال گذشته');
    expect(invitation?.date.value).toBe('2023-01-08');
  });

  it('offsets always quote the stored text and never overlap (property)', () => {
    const pieces = ['۱۸', '18', ' ', 'دی', 'ماه', ZWNJ, 'سال', 'گذشته', '۱۴۰۱', '۲۰۲۰', 'سه', 'شنبه', 'روز', 'اخیراً', '\u064E', '.', '\n', 'Turkey', '/', 'هجدهم', 'امروز'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        const got = findDatePhrases(text, DAY);
        for (const [i, s] of got.entries()) {
          expect(text.slice(s.start, s.end)).toBe(s.matched);
          expect(fuzzyDateSchema.safeParse(s.date).success).toBe(true);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual((got[i - 1] as DateSuggestion).end);
        }
      }),
      { numRuns: 200 },
    );
  });
});
