// The curation bench measures what issue 17 names: a 10,000-character Persian article against
// ~1,000 known names, with real mentions and dates to find (not an empty scan).
import { ARTICLE_LENGTH, curationCorpus, LARGE_ARTICLE_LENGTH, largeDraft, suggestionPass, TARGET_NAMES, typingStep } from '../../scripts/bench/curation';
import { validateDraft } from '../../src/curation/draft';

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

describe('curation bench large draft', () => {
  it('is a valid 50,000-character draft, and a typing step really changes it', () => {
    const draft = largeDraft();
    expect(draft.text).toHaveLength(LARGE_ARTICLE_LENGTH);
    expect(validateDraft(draft)).toEqual([]);
    const next = typingStep(draft, 3);
    expect(next).not.toBe(draft);
    expect(next.facts.entities[0]?.description).toBe('typed 3');
  });
});
