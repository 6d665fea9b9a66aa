import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCorpus, populateEntities, synthRandom, synthSizes } from './synth';
import { generateMultiCorpus } from './synthCorpus';

// The bench's corpora are generated once and cached, and their layouts are cached by content: a
// change to the generators' random order would silently make a different corpus under the same
// name. These digests were taken from the generators before their shared entity code was factored
// out (populateEntities); they must only change on purpose.
const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

describe('synthetic corpora stay byte-identical for a seed', () => {
  it('one-document corpus', () => {
    expect(digest(generateCorpus({ elements: 600, seed: 1 }))).toBe('46c3dba6c91fa3dee35d62540f3407ade1907ed1bb414ccbb21371272cf48d6b');
    expect(digest(generateCorpus({ elements: 3000, seed: 7 }))).toBe('611adbfa295a41dc0d00c0255bc0b78c0c324f5ade6a4358b68555d4fcabf4a5');
  });
  it('many-document corpus', () => {
    expect(digest(generateMultiCorpus({ elements: 600, seed: 1 }))).toBe('d7841b6159d8d0ce6b8bc9d92a872c5b2f70c935862d13593b7309270ef8457c');
    expect(digest(generateMultiCorpus({ elements: 3000, seed: 7 }))).toBe('91b8fb1e067e53019b79c46fbf8131dabe23b2537cb5b19c557f6c08414161f0');
  });
});

describe('populateEntities', () => {
  it('makes the countries first, then affiliated or unaffiliated entities, and asks for evidence right after each draw', () => {
    const { countryCount, entityCount } = synthSizes(2000);
    const asked: string[] = [];
    const pop = populateEntities(synthRandom(3), countryCount, entityCount, {
      country: (c) => (asked.push(c.id), []),
      entity: (e, c) => (asked.push(e.id), expect(e.country).toBe(c?.id), []),
    });
    expect(pop.entities.map((e) => e.id)).toEqual(asked);
    expect(pop.entities).toHaveLength(entityCount);
    expect(pop.countries.map((c) => c.kind)).toEqual(Array(countryCount).fill('country'));
    const affiliated = [...pop.byCountry.values()].reduce((n, list) => n + list.length, 0);
    expect(affiliated + pop.unaffiliated.length).toBe(entityCount);
    for (const e of pop.unaffiliated) expect(e.country).toBeUndefined();
  });
  it('draws the same entities with or without evidence', () => {
    const { countryCount, entityCount } = synthSizes(1000);
    const bare = populateEntities(synthRandom(5), countryCount, entityCount);
    const quoted = populateEntities(synthRandom(5), countryCount, entityCount, { country: () => [], entity: () => [] });
    expect(quoted.entities).toEqual(bare.entities);
  });
});
