import fc from 'fast-check';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import {
  buildArticle,
  buildSegments,
  evidenceSpans,
  factIdOf,
  fillSegments,
  nextFact,
  sentenceCoverage,
  spansOfElement,
  splitParagraphs,
  splitSentences,
  unionRanges,
  type EvidenceSpan,
} from './article';
import { buildGraphModel } from './model';

const model = buildGraphModel(loadAllDatasets('data'));
const DOC = 'aran-news-baku';
const text = model.dataset.texts[DOC] ?? '';
const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
const span = (start: number, end: number, factId: string, type: EvidenceSpan['type'] = 'event'): EvidenceSpan => ({ start, end, factId, type, kind: 'k' });

describe('splitSentences', () => {
  it('ends sentences at the Persian question mark, "!", "." and line breaks, with trimmed offsets', () => {
    const t = '  اول است. دوم چیست؟ سوم!\nچهارم بی نقطه\n\n پنجم.';
    expect(texts(t)).toEqual(['اول است.', 'دوم چیست؟', 'سوم!', 'چهارم بی نقطه', 'پنجم.']);
    const first = splitSentences(t)[0];
    expect(first).toMatchObject({ start: 2, end: 10, paragraph: 0 });
  });

  it('keeps a closing quote with its sentence and a run of marks together', () => {
    expect(texts('او گفت «بیا.» رفتیم؟! باز…')).toEqual(['او گفت «بیا.»', 'رفتیم؟!', 'باز…']);
  });

  it('does not split decimals, abbreviations or URLs, but splits Persian text with no space after the stop', () => {
    expect(texts('رشد 3.5 درصد بود. سایت example.com است.')).toEqual(['رشد 3.5 درصد بود.', 'سایت example.com است.']);
    expect(texts('The U.S. agreed. Yes.')).toEqual(['The U.S. agreed.', 'Yes.']);
    expect(texts('کردند.این')).toEqual(['کردند.', 'این']);
  });

  it('handles empty and blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitParagraphs(' \n\n \r\n')).toEqual([]);
  });

  it('groups sentences into blank-line paragraphs and recognises an unpunctuated first line as the headline', () => {
    const ps = splitParagraphs('عنوان خبر\n\nجمله یک. جمله دو.\nجمله سه.\n\nآخر.');
    expect(ps.map((p) => p.sentences.length)).toEqual([1, 3, 1]);
    expect(ps.map((p) => p.headline)).toEqual([true, false, false]);
    expect(splitParagraphs('جمله یک.\n\nدو.')[0]?.headline).toBe(false);
  });

  it('reads the Aran News article as a headline and 14 sentences in 11 paragraphs', () => {
    const ps = splitParagraphs(text);
    expect(ps.length).toBe(11);
    expect(ps[0]?.headline).toBe(true);
    expect(text.slice(ps[0]!.start, ps[0]!.end)).toBe(model.dataset.documents[0]?.title.fa);
    const sentences = ps.flatMap((p) => p.sentences);
    expect(sentences.length).toBe(15);
    for (const [i, s] of sentences.entries()) {
      const body = text.slice(s.start, s.end);
      expect(body).toBe(body.trim());
      if (i > 0) expect(body).toMatch(/[.؟!]$/);
      if (i > 0) expect(s.start).toBeGreaterThan(sentences[i - 1]!.end);
    }
  });
});

describe('buildSegments', () => {
  it('cuts overlapping spans into runs that know every covering fact, innermost first', () => {
    const segs = buildSegments([span(0, 10, 'meeting'), span(3, 6, 'valiyev', 'entity'), span(8, 14, 'rel', 'relation')]);
    expect(segs).toEqual([
      { start: 0, end: 3, facts: ['meeting'] },
      { start: 3, end: 6, facts: ['valiyev', 'meeting'] },
      { start: 6, end: 8, facts: ['meeting'] },
      { start: 8, end: 10, facts: ['rel', 'meeting'] },
      { start: 10, end: 14, facts: ['rel'] },
    ]);
  });

  it('puts the same quote from several facts in one segment: event, then relation, then entity', () => {
    const segs = buildSegments([span(5, 9, 'ankara', 'entity'), span(5, 9, 'in-turkey', 'relation'), span(5, 9, 'war', 'event'), span(5, 9, 'turkey', 'entity')]);
    expect(segs).toEqual([{ start: 5, end: 9, facts: ['war', 'in-turkey', 'ankara', 'turkey'] }]);
  });

  it('leaves gaps uncovered, clips to a range and merges runs with the same facts', () => {
    expect(buildSegments([span(0, 2, 'a'), span(4, 6, 'b')])).toEqual([
      { start: 0, end: 2, facts: ['a'] },
      { start: 4, end: 6, facts: ['b'] },
    ]);
    expect(buildSegments([span(0, 10, 'a'), span(5, 20, 'b')], 8, 12)).toEqual([
      { start: 8, end: 10, facts: ['a', 'b'] },
      { start: 10, end: 12, facts: ['b'] },
    ]);
    // One fact quoting two overlapping passages is one fact in one run.
    expect(buildSegments([span(0, 10, 'a'), span(5, 15, 'a')])).toEqual([{ start: 0, end: 15, facts: ['a'] }]);
    expect(buildSegments([])).toEqual([]);
  });

  it('for any spans: sorted, non-overlapping, and each character lists exactly the facts covering it', () => {
    const arbSpan = fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 15 }), fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('event', 'relation', 'entity') as fc.Arbitrary<EvidenceSpan['type']>);
    fc.assert(
      fc.property(fc.array(arbSpan, { maxLength: 12 }), (raw) => {
        const spans = raw.map(([start, len, id, type]) => span(start, start + len, id, type));
        const segs = buildSegments(spans);
        for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBeGreaterThanOrEqual(segs[i - 1]!.end);
        for (let x = 0; x < 60; x++) {
          const expected = [...new Set(spans.filter((s) => s.start <= x && x < s.end).map((s) => s.factId))].sort();
          const seg = segs.find((s) => s.start <= x && x < s.end);
          expect([...(seg?.facts ?? [])].sort()).toEqual(expected);
        }
      }),
    );
  });

  it('fillSegments covers a range completely, gaps with no facts', () => {
    const filled = fillSegments(buildSegments([span(2, 4, 'a'), span(6, 12, 'b')]), 0, 8);
    expect(filled).toEqual([
      { start: 0, end: 2, facts: [] },
      { start: 2, end: 4, facts: ['a'] },
      { start: 4, end: 6, facts: [] },
      { start: 6, end: 8, facts: ['b'] },
    ]);
    expect(fillSegments([], 3, 5)).toEqual([{ start: 3, end: 5, facts: [] }]);
  });
});

describe('sentence coverage', () => {
  const sentences = splitSentences('یک. دو. سه. چهار.'); // [0,3) [4,7) [8,11) [12,17)

  it('counts a sentence covered when any span shares a character with it; touching does not count', () => {
    const c = sentenceCoverage(sentences, [{ start: 3, end: 4 }, { start: 6, end: 9 }]);
    expect(c.flags).toEqual([false, true, true, false]);
    expect(c).toMatchObject({ covered: 2, total: 4, pct: 50 });
    expect(sentenceCoverage([], []).pct).toBe(0);
  });

  it('unionRanges merges overlapping and touching ranges', () => {
    expect(unionRanges([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 6, end: 10 }, { start: 4, end: 4 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });

  it('the curated Aran News article: every sentence, headline included, carries a fact', () => {
    const article = buildArticle(model, DOC);
    expect(article.coverage).toMatchObject({ covered: 15, total: 15, pct: 100 });
    expect(article.spans.length).toBe(84);
    // Without the evidence quoting the lead, the lead sentence would be a curation gap.
    const without = article.spans.filter((s) => !(s.start >= 63 && s.end <= 167));
    expect(sentenceCoverage(article.sentences, without).flags[1]).toBe(false);
  });

  it('every evidence span of the dataset is inside the text and inside one paragraph', () => {
    const article = buildArticle(model, DOC);
    for (const s of evidenceSpans(model, DOC)) {
      expect(text.slice(s.start, s.end).length).toBe(s.end - s.start);
      expect(article.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
    }
  });
});

describe('spans of an element', () => {
  it('a participation edge maps to its event’s evidence; relations and entities to their own', () => {
    const edge = model.edges.find((e) => e.type === 'participation' && e.factId === 'baku-intelligence-meeting');
    expect(edge).toBeDefined();
    expect(factIdOf(model, edge!.id)).toBe('baku-intelligence-meeting');
    const event = model.eventById.get('baku-intelligence-meeting')!;
    expect(spansOfElement(model, edge!.id, DOC)).toEqual(event.evidence.map((e) => ({ start: e.start, end: e.end })).sort((a, b) => a.start - b.start));
    expect(spansOfElement(model, 'aran-news-cites-fars', DOC)).toEqual([{ start: 171, end: 204 }]);
    expect(spansOfElement(model, 'karim-valiyev', DOC).length).toBeGreaterThan(0);
    expect(spansOfElement(model, 'karim-valiyev', 'another-doc')).toEqual([]);
    expect(spansOfElement(model, 'no-such-id', DOC)).toEqual([]);
  });

  it('the segments of the article carry every fact that has evidence in it', () => {
    const { segments } = buildArticle(model, DOC);
    const withSpans = new Set(segments.flatMap((s) => s.facts));
    for (const id of [...model.eventById.keys(), ...model.relationById.keys(), ...model.entityById.keys()]) expect(withSpans.has(id)).toBe(true);
  });
});

describe('nextFact', () => {
  it('picks the primary fact, then cycles when the selection is already one of the segment’s facts', () => {
    expect(nextFact(['a', 'b', 'c'], null)).toBe('a');
    expect(nextFact(['a', 'b', 'c'], 'x')).toBe('a');
    expect(nextFact(['a', 'b', 'c'], 'a')).toBe('b');
    expect(nextFact(['a', 'b', 'c'], 'c')).toBe('a');
    expect(nextFact([], null)).toBeUndefined();
  });
});
