import { describe, expect, it } from 'vitest';
import { CURATE_STRINGS } from './curate';

describe('the workbench in Persian', () => {
  // Counts and offsets read in Persian digits, as everywhere else in the Persian interface
  // (the validator's messages stay in its own English words; see Field.tsx).
  it('writes counts and offsets in Persian digits', () => {
    const fa = CURATE_STRINGS.fa;
    const written = [
      fa.chainFa(2),
      fa.chainEn(2),
      fa.chars(380),
      fa.selection(12, 47),
      fa.problems(6),
      fa.more(15),
      fa.coverage('۲۵٪', 3, 12),
    ];
    for (const text of written) expect(text.replace('UTF-16', '')).not.toMatch(/[0-9]/);
    expect(fa.selection(12, 47)).toBe('گزیده ۱۲–۴۷');
    expect(fa.problems(6)).toMatch(/^۶ مشکل/);
  });
});
