import { readFileSync } from 'node:fs';
import type { Facts } from '../domain/schema';
import { factCoverage, sentenceSpans } from './sentences';

const texts = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it('splits on Persian and Latin stops and on line breaks, trimming whitespace', () => {
    expect(texts('عنوان خبر\n\nاین جمله است. آیا این است؟ بله! Is it? Yes.')).toEqual(['عنوان خبر', 'این جمله است.', 'آیا این است؟', 'بله!', 'Is it?', 'Yes.']);
  });

  it('keeps decimals, initials and abbreviations inside a sentence', () => {
    expect(texts('رشد ۱.۵ درصد بود. Growth was 3.14 per cent. Mr. J. Smith of the U.S. came.')).toEqual([
      'رشد ۱.۵ درصد بود.',
      'Growth was 3.14 per cent.',
      'Mr. J. Smith of the U.S. came.',
    ]);
  });

  it('ends a sentence at a stop with no space before a Persian letter, not inside a Latin token', () => {
    expect(texts('او آمد.سپس رفت. See example.com now.')).toEqual(['او آمد.', 'سپس رفت.', 'See example.com now.']);
  });

  it('takes closing quotes and repeated stops with the sentence', () => {
    expect(texts('او گفت «آیا؟» سپس رفت... «نه!» Really?!')).toEqual(['او گفت «آیا؟»', 'سپس رفت...', '«نه!»', 'Really?!']);
  });

  it('leaves out spans without a letter or digit', () => {
    expect(texts('***\n\nیک.')).toEqual(['یک.']);
    expect(sentenceSpans('')).toEqual([]);
  });
});

describe('factCoverage', () => {
  const ev = (start: number, end: number, doc = 'd') => ({ doc, quote: 'x', start, end, translation: 't' });
  const facts = (quotes: ReturnType<typeof ev>[]): Facts => ({
    entities: [{ id: 'e', kind: 'country', name: { fa: 'ا', en: 'a' }, aliases: [], evidence: quotes.slice(0, 1) }],
    events: [],
    relations: [{ id: 'r', kind: 'supports', source: 'e', target: 'e', evidence: quotes.slice(1) }],
  });

  it('counts sentences that any quote overlaps', () => {
    const text = 'یک. دو. سه. چهار.';
    const c = factCoverage(text, facts([ev(0, 2), ev(9, 13)])); // «یک» and a quote across «سه. چ»
    expect(c).toMatchObject({ sentences: 4, withFact: 3, share: 0.75 });
    expect(c.spans.map((s) => s.covered)).toEqual([true, false, true, true]);
  });

  it('counts participant quotes, and only the given document when one is named', () => {
    const text = 'یک. دو.';
    const f: Facts = {
      entities: [],
      relations: [],
      events: [
        {
          id: 'v', kind: 'meeting', label: { fa: 'ا', en: 'a' }, shortLabel: { fa: 'ا', en: 'a' }, status: 'happened',
          date: { precision: 'unknown', certainty: 'unknown' }, evidence: [ev(0, 2, 'other')],
          participants: [{ entity: 'e', role: 'r', roleFa: 'ر', evidence: [ev(4, 6)] }],
        },
      ],
    };
    expect(factCoverage(text, f).withFact).toBe(2);
    expect(factCoverage(text, f, 'd')).toMatchObject({ withFact: 1, share: 0.5 });
  });

  it('the curated article is fully covered', () => {
    const text = readFileSync('data/aran-news-baku/source.txt', 'utf8');
    const f = JSON.parse(readFileSync('data/aran-news-baku/facts.json', 'utf8')) as Facts;
    const c = factCoverage(text, f, 'aran-news-baku');
    expect(c.sentences).toBeGreaterThan(10);
    expect(c.share).toBe(1);
  });
});
