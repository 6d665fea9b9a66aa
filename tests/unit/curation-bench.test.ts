// The curation bench measures what issue 17 names: a 10,000-character Persian article against
// ~1,000 known names, with real mentions and dates to find (not an empty scan).
import { ARTICLE_LENGTH, curationCorpus, suggestionPass, TARGET_NAMES } from '../../scripts/bench/curation';

describe('curation bench corpus', () => {
  it('is a 10,000-character article with about 1,000 names that the pass really finds', () => {
    const corpus = curationCorpus();
    expect(corpus.text).toHaveLength(ARTICLE_LENGTH);
    expect(corpus.names).toBeGreaterThanOrEqual(TARGET_NAMES);
    expect(corpus.names).toBeLessThan(TARGET_NAMES + 10);
    // The respellings a pasted article brings are there.
    expect(corpus.text).toMatch(/[يك]/);
    expect(corpus.text).toContain('\u200c');
    const pass = suggestionPass(corpus, corpus.entities);
    expect(pass.mentions).toBeGreaterThan(200);
    expect(pass.dates).toBeGreaterThan(10);
    expect(pass.sentences).toBeGreaterThan(40);
  });
});
