import { describe, expect, it } from 'vitest';
import { withPrecision } from './DateFields';

describe('a date at another precision', () => {
  const day = { precision: 'day', value: '2023-01-10', certainty: 'stated', stated: '۱۰ ژانویه', basis: 'the text' } as const;
  it('keeps its value between precisions that show one', () => {
    expect(withPrecision(day, 'month')).toEqual({ ...day, precision: 'month' });
  });
  it('drops what the new precision hides: the value for unknown or a range, the ends for a single value', () => {
    expect(withPrecision(day, 'unknown')).toEqual({ precision: 'unknown', certainty: 'stated', stated: '۱۰ ژانویه', basis: 'the text' });
    expect(withPrecision(day, 'range')).toEqual({ precision: 'range', certainty: 'stated', stated: '۱۰ ژانویه', basis: 'the text' });
    const range = { precision: 'range', start: '2023-01-01', end: '2023-02-01', certainty: 'inferred' } as const;
    expect(withPrecision(range, 'year')).toEqual({ precision: 'year', certainty: 'inferred' });
    expect(withPrecision(range, 'range')).toEqual(range);
  });
});
