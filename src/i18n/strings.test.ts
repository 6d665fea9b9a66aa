import * as panels from './panels';
import * as reach from './reach';
import { en, fa, translate } from './strings';

describe('UI strings', () => {
  it('has every key in both languages, non-empty', () => {
    expect(Object.keys(fa).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fa)) expect(value.trim(), key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) expect(vars(fa[key]), key).toEqual(vars(en[key]));
  });

  it('fills placeholders', () => {
    expect(translate('en', 'nodesShown', { n: 3, total: 48 })).toBe('3 of 48 nodes shown');
  });
});

describe('panel strings', () => {
  it.each(Object.entries({ ...panels, REACH_STRINGS: reach.REACH_STRINGS }))('%s has the same keys in English and Persian', (_name, table) => {
    expect(Object.keys(table.fa).sort()).toEqual(Object.keys(table.en).sort());
    for (const [key, value] of Object.entries(table.fa)) if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
  });
});
