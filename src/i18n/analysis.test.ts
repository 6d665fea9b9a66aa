import { ANALYSIS_STRINGS } from './analysis';

describe('analysis panel strings', () => {
  it('has the same keys in English and Persian, none empty, functions with the same arity', () => {
    const { en, fa } = ANALYSIS_STRINGS;
    expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fa)) {
      const other = en[key as keyof typeof en];
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
      else expect(typeof other === 'function' ? other.length : -1, key).toBe(value.length);
    }
  });
  it('writes Persian digits in Persian', () => {
    expect(ANALYSIS_STRINGS.fa.shortest(2)).toContain('۲');
    expect(ANALYSIS_STRINGS.en.shortest(1)).toBe('Shortest: 1 step.');
  });
});
