// Corroboration over real data and the made-up fixtures: documents per fact, independent origins
// through citation chains, first reported date, and the "at least N sources" filter.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../graph/filter';
import { buildGraphModel } from '../graph/model';
import { corroborationOf, independentOrigins, originOf, outletKey } from './corroboration';
import { mergeDatasets } from './merge';
import type { DocumentMeta } from './schema';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const real = datasetAt('data/aran-news-baku');
const second = datasetAt('tests/fixtures/second-article');
const third = datasetAt('tests/fixtures/third-article');
const corpus = mergeDatasets(mergeDatasets(real, second).dataset, third).dataset;
const event = (id: string) => corpus.events.find((e) => e.id === id)!;

describe('origins', () => {
  it('is the end of the citation chain, or the outlet itself', () => {
    expect(originOf(real.documents[0]!).en).toBe('AzerTac (Azerbaijan State News Agency)');
    expect(originOf(second.documents[0]!).en).toBe('Kavosh test fixture');
    expect(outletKey({ en: 'AzerTac (Azerbaijan State News Agency)', fa: 'x' })).toBe('azertac');
  });
});

describe('corroboration', () => {
  it('keeps every document’s quote on a fact two documents report', () => {
    const c = corroborationOf(event('baku-intelligence-meeting').evidence, corpus.documents);
    expect(c.supports.map((s) => s.doc.id)).toEqual(['aran-news-baku', 'test-third-article']);
    expect(c.supports[1]?.quotes.map((q) => q.quote)).toEqual(['به نقل از آذرتاج، کریم ولی اف و اسماعیل گونایدین در باکو دیدار کردند']);
    const own = event('baku-intelligence-meeting').evidence.filter((e) => e.doc === 'aran-news-baku');
    expect(c.supports[0]?.quotes).toHaveLength(own.length);
  });

  it('counts two outlets citing the same agency as one independent origin', () => {
    expect(corroborationOf(event('baku-intelligence-meeting').evidence, corpus.documents).origins.map((o) => o.en)).toEqual([
      'AzerTac (Azerbaijan State News Agency)',
    ]);
    expect(corroborationOf(event('test-tbilisi-trilateral-meeting').evidence, corpus.documents).origins).toHaveLength(2);
    const counts = independentOrigins(corpus);
    expect(counts.get('baku-intelligence-meeting')).toBe(1);
    expect(counts.get('test-tbilisi-trilateral-meeting')).toBe(2);
  });

  it('counts the same outlet without a chain and with one ending elsewhere as two origins', () => {
    const doc = (id: string, chain: string[]): DocumentMeta => ({ ...real.documents[0]!, id, outlet: { en: 'Outlet', fa: 'x' }, citationChain: chain.map((en) => ({ en, fa: en })) });
    const docs = [doc('a', []), doc('b', ['Wire']), doc('c', ['Other', 'Wire'])];
    const ev = (d: string) => ({ doc: d, quote: 'q', start: 0, end: 1, translation: 't' });
    expect(corroborationOf([ev('a'), ev('b'), ev('c')], docs).origins.map((o) => o.en)).toEqual(['Outlet', 'Wire']);
  });

  it('dates a fact first reported at its earliest document', () => {
    // The built-in article is dated to a range (its start is the earliest it can be); the third to 2023-06-14.
    expect(real.documents[0]!.published.start! < '2023-06-14').toBe(true);
    expect(corroborationOf(event('baku-intelligence-meeting').evidence, corpus.documents).firstReported).toBe(real.documents[0]!.published.start);
    expect(corroborationOf(event('test-tbilisi-trilateral-meeting').evidence, corpus.documents).firstReported).toBe('2023-06-14');
  });
});

describe('"at least N independent sources"', () => {
  it('keeps only facts with enough origins, and their counterparts', () => {
    const model = buildGraphModel(corpus);
    const shown = computeVisibility(model, { ...EMPTY_FILTERS, minOrigins: 2 }, NO_TIME_FILTER);
    expect([...shown.nodes].filter((id) => model.eventById.has(id))).toEqual(['test-tbilisi-trilateral-meeting']);
    expect(shown.nodes.has('georgia')).toBe(true);
    expect(shown.nodes.has('karim-valiyev')).toBe(false);
    const all = computeVisibility(model, { ...EMPTY_FILTERS, minOrigins: 1 }, NO_TIME_FILTER);
    expect([...all.nodes].filter((id) => model.eventById.has(id))).toHaveLength(corpus.events.length);
  });
});

describe('corroborated participants', () => {
  it('keep both documents’ quotes naming them, and stay valid when one document is removed', async () => {
    const meeting = event('baku-intelligence-meeting');
    const valiyev = meeting.participants.find((p) => p.entity === 'karim-valiyev');
    expect([...new Set(valiyev?.evidence.map((ev) => ev.doc))]).toEqual(['aran-news-baku', 'test-third-article']);
    const { withoutDocuments } = await import('../workspace/visible');
    const { validateSharedFacts } = await import('./bundle');
    const rest = withoutDocuments(corpus, ['aran-news-baku']);
    expect(rest.events.find((e) => e.id === 'baku-intelligence-meeting')?.participants.map((p) => p.entity)).toEqual(['karim-valiyev', 'ismail-gunaydin']);
    const check = validateSharedFacts(
      'facts',
      JSON.parse(JSON.stringify({ entities: rest.entities, events: rest.events, relations: rest.relations })),
      rest.documents.map((doc) => ({ doc, text: rest.texts[doc.id] ?? '' })),
    );
    expect(check.ok ? [] : check.issues).toEqual([]);
  });
});
