import { describe, expect, it } from 'vitest';
import type { Entity } from '../../domain/schema';
import { findDatePhrasesFallback, findMentionsFallback } from './suggest';

const entity = (id: string, fa: string, en: string, aliases: string[] = []): Entity => ({ id, kind: 'country', name: { fa, en }, aliases, evidence: [] });

describe('mention suggestions', () => {
  it('finds names with Arabic yeh and kaf, at the original offsets, the longest name first', () => {
    const text = 'سفر به تركيه و جمهوری آذربایجان؛ آذربایجانی نه.';
    const found = findMentionsFallback(text, [entity('turkey', 'ترکیه', 'Turkey'), entity('azerbaijan', 'جمهوری آذربایجان', 'Azerbaijan', ['آذربایجان'])]);
    expect(found.map((m) => [m.entity, text.slice(m.start, m.end)])).toEqual([
      ['turkey', 'تركيه'],
      ['azerbaijan', 'جمهوری آذربایجان'],
    ]);
  });
});

describe('date phrase suggestions', () => {
  it('reads a Solar Hijri day and month against the publication date', () => {
    const text = 'در ۱۸ دی ماه دیدار کردند.';
    const [d] = findDatePhrasesFallback(text, { precision: 'day', value: '2024-01-10', certainty: 'stated' });
    expect(text.slice(d!.start, d!.end)).toBe('۱۸ دی ماه');
    expect(d!.date).toMatchObject({ precision: 'day', value: '2024-01-08', certainty: 'inferred' });
  });
  it('takes a stated year, and Latin digits, as stated', () => {
    const [d] = findDatePhrasesFallback('on 18 دی 1401');
    expect(d!.date).toMatchObject({ precision: 'day', value: '2023-01-08', certainty: 'stated' });
  });
  it('finds a Gregorian year but not a Solar Hijri one', () => {
    const found = findDatePhrasesFallback('جنگ ۲۰۲۰ و سال ۱۴۰۱');
    expect(found.map((d) => d.date.value)).toEqual(['2020']);
  });
});
