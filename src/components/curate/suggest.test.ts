import { describe, expect, it } from 'vitest';
import type { Entity } from '../../domain/schema';
import { dateSuggestions, mentionSuggestions } from './suggest';

const entity = (id: string, fa: string, en: string, aliases: string[] = []): Entity => ({ id, kind: 'country', name: { fa, en }, aliases, evidence: [] });

describe('workbench suggestions', () => {
  it('gives mentions at the original offsets, with Arabic yeh and kaf', () => {
    const text = 'سفر به تركيه و جمهوری آذربایجان.';
    const found = mentionSuggestions(text, [entity('turkey', 'ترکیه', 'Turkey'), entity('azerbaijan', 'جمهوری آذربایجان', 'Azerbaijan', ['آذربایجان'])]);
    expect(found.map((m) => [m.entity, text.slice(m.start, m.end)])).toEqual([
      ['turkey', 'تركيه'],
      ['azerbaijan', 'جمهوری آذربایجان'],
    ]);
  });
  it('reads «۱۸ دی ماه» against the publication day as an inferred day', () => {
    const text = 'در ۱۸ دی ماه دیدار کردند.';
    const [d] = dateSuggestions(text, { precision: 'day', value: '2024-01-10', certainty: 'stated' }, 'en');
    expect(text.slice(d!.start, d!.end)).toBe('۱۸ دی ماه');
    expect(d!.date).toMatchObject({ precision: 'day', value: '2024-01-08' });
    expect(d!.why).not.toBe('');
  });
  it('does not anchor on a half-typed publication date', () => {
    const [d] = dateSuggestions('در ۱۸ دی ماه', { precision: 'day', value: '', certainty: 'stated' }, 'en');
    expect(d?.date.value).toBeUndefined();
  });
});
