import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../domain/dates';
import { dateEcho } from './dateEcho';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('dateEcho', () => {
  it('reads a Gregorian day, month or year as the period it covers', () => {
    expect(dateEcho('2025-01-08')).toEqual({ kind: 'gregorian', precision: 'day', span: { start: day('2025-01-08'), end: day('2025-01-09') } });
    expect(dateEcho('2025-01')).toEqual({ kind: 'gregorian', precision: 'month', span: { start: day('2025-01-01'), end: day('2025-02-01') } });
    expect(dateEcho(' 2020 ')).toEqual({ kind: 'gregorian', precision: 'year', span: { start: day('2020-01-01'), end: day('2021-01-01') } });
  });

  it('takes a Solar Hijri-looking year as Solar Hijri and gives its Gregorian period', () => {
    // 19 Dey 1403 is 8 January 2025; Dey 1403 runs 21 December 2024 – 19 January 2025.
    expect(dateEcho('1403-10-19')).toEqual({ kind: 'looksSolarHijri', precision: 'day', span: { start: day('2025-01-08'), end: day('2025-01-08') + DAY_MS } });
    expect(dateEcho('1403-10')).toEqual({ kind: 'looksSolarHijri', precision: 'month', span: { start: day('2024-12-21'), end: day('2025-01-20') } });
    // Esfand 1403 ends where 1404 begins (21 March 2025).
    expect(dateEcho('1403-12')?.span.end).toBe(day('2025-03-21'));
    expect(dateEcho('1402')).toEqual({ kind: 'looksSolarHijri', precision: 'year', span: { start: day('2023-03-21'), end: day('2024-03-20') } });
  });

  it('reads Persian digits as a person may type them', () => {
    expect(dateEcho('۱۴۰۳-۱۰-۱۹')?.span.start).toBe(day('2025-01-08'));
    expect(dateEcho('۲۰۲۵-۰۱-۰۸')?.kind).toBe('gregorian');
  });

  it('says nothing of what is no date', () => {
    for (const v of ['', '2025-13-01', '2025-02-30', '1403-13-01', '1403-07-31', '25-01-08', '2025/01/08', 'soon']) expect(dateEcho(v)).toBeNull();
  });
});
