import { loadAllDatasets } from '../../scripts/lib/load-all';
import { buildArticle } from './article';
import { buildGraphModel } from './model';
import { sentenceEnglish } from './sentenceEnglish';

const model = buildGraphModel(loadAllDatasets('data'));
const docId = model.dataset.documents[0]!.id;
const article = buildArticle(model, docId);

describe('sentenceEnglish', () => {
  it('gives the translations of the outermost quotes inside a sentence, in text order, each quote verbatim', () => {
    let withEnglish = 0;
    for (const s of article.sentences) {
      const quotes = sentenceEnglish(model, docId, s);
      if (quotes.length > 0) withEnglish += 1;
      for (const [i, q] of quotes.entries()) {
        expect(article.text.slice(q.start, q.end)).toBe(q.quote);
        expect(q.start).toBeGreaterThanOrEqual(s.start);
        expect(q.end).toBeLessThanOrEqual(s.end);
        expect(q.translation.trim()).not.toBe('');
        if (i > 0) expect(q.end).toBeGreaterThan(quotes[i - 1]!.end); // none inside another
      }
    }
    expect(withEnglish).toBe(article.sentences.filter((s) => article.segments.some((g) => g.start >= s.start && g.end <= s.end)).length);
  });
});
