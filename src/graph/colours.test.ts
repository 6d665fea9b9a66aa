import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { mergeDatasets } from '../domain/merge';
import { countryColour, countryColours, COUNTRY_PALETTE } from './colours';

function countriesOf(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}

describe('country colours', () => {
  it('do not depend on which other countries are loaded', () => {
    const few = countryColours([{ id: 'turkey', wikidata: 'Q43' }, { id: 'zimbabwe' }]);
    const many = countryColours([{ id: 'albania' }, { id: 'turkey', wikidata: 'Q43' }, { id: 'belarus' }, { id: 'zimbabwe' }]);
    expect(many.get('turkey')).toBe(few.get('turkey'));
    expect(many.get('zimbabwe')).toBe(few.get('zimbabwe'));
  });

  it('stay the same for every country of the article when the second article is merged in', () => {
    const base = countriesOf('data/aran-news-baku');
    const merged = mergeDatasets(base, countriesOf('tests/fixtures/second-article')).dataset;
    const before = countryColours(base.entities.filter((e) => e.kind === 'country'));
    const after = countryColours(merged.entities.filter((e) => e.kind === 'country'));
    expect(after.size).toBeGreaterThan(before.size);
    for (const [id, colour] of before) expect(after.get(id), id).toBe(colour);
  });

  it('give the article’s countries distinct colours from the palette', () => {
    const base = countriesOf('data/aran-news-baku');
    const colours = [...countryColours(base.entities.filter((e) => e.kind === 'country')).values()];
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of colours) expect(COUNTRY_PALETTE).toContain(c);
  });

  it('hash a country without a fixed colour into the palette, the same way every time', () => {
    expect(countryColour({ id: 'freedonia' })).toBe(countryColour({ id: 'freedonia' }));
    expect(COUNTRY_PALETTE).toContain(countryColour({ id: 'freedonia' }));
  });
});
