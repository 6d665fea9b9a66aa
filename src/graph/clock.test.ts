// The two clocks over the real article and the made-up fixtures: first-reported dates follow the
// documents' publication dates, the time filter and the timeline read the chosen clock.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { dateSpan } from '../domain/dates';
import { mergeDatasets } from '../domain/merge';
import type { DocumentMeta, FuzzyDate } from '../domain/schema';
import { dateOn, firstReportedDate, reportedDates, reportingLagDays } from './clock';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from './filter';
import { buildGraphModel } from './model';
import { classifyEvents } from './timeline';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const real = datasetAt('data/aran-news-baku');
const second = datasetAt('tests/fixtures/second-article');
const third = datasetAt('tests/fixtures/third-article');
const corpus = mergeDatasets(mergeDatasets(real, second).dataset, third).dataset;
const articleDate = real.documents[0]!.published;
const thirdDate = third.documents[0]!.published;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('first reported', () => {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  it('is the publication date of the earliest document, skipping documents with none', () => {
    // The article's date is a range from 1 May 2023, the third fixture's a day in June 2023.
    expect(firstReportedDate({ id: 'x', evidence: [{ doc: 'test-third-article' }, { doc: 'aran-news-baku' }] }, docs)).toEqual(articleDate);
    // The second fixture has no publication date: the third's is the first known.
    expect(firstReportedDate({ id: 'x', evidence: [{ doc: 'test-second-article' }, { doc: 'test-third-article' }] }, docs)).toEqual(thirdDate);
    expect(firstReportedDate({ id: 'x', evidence: [{ doc: 'test-second-article' }] }, docs)).toBeNull();
  });

  it('on a tie of starts, prefers the narrower date', () => {
    const d = (id: string, published: FuzzyDate): DocumentMeta => ({ ...real.documents[0]!, id, published });
    const year = d('a', { precision: 'year', value: '2023', certainty: 'stated' });
    const dayDoc = d('b', { precision: 'day', value: '2023-01-01', certainty: 'stated' });
    const map = new Map([year, dayDoc].map((x) => [x.id, x]));
    expect(firstReportedDate({ id: 'x', evidence: [{ doc: 'a' }, { doc: 'b' }] }, map)).toEqual(dayDoc.published);
  });

  it('dates every fact of the corpus that a dated document supports', () => {
    const dates = reportedDates(corpus);
    expect(dates.get('second-karabakh-war')).toEqual(articleDate);
    expect(dates.get('test-tbilisi-trilateral-meeting')).toEqual(thirdDate);
    expect(dates.has('test-trilateral-exercise-proposal')).toBe(false);
    expect(dates.get('test-tbilisi-in-georgia')).toBeUndefined();
  });
});

describe('a fact on each clock', () => {
  const reported = reportedDates(corpus);
  const war = corpus.events.find((e) => e.id === 'second-karabakh-war')!;
  it('reads its own date on the happened clock and its first report on the reported clock', () => {
    expect(dateOn('happened', war, reported)).toBe(war.date);
    expect(dateOn('reported', war, reported)).toEqual(articleDate);
  });
  it('is undated on the reported clock when no document has a publication date, never given its happened date', () => {
    const proposal = corpus.events.find((e) => e.id === 'test-trilateral-exercise-proposal')!;
    expect(dateSpan(proposal.date)).not.toBeNull();
    expect(dateOn('reported', proposal, reported)?.precision).toBe('unknown');
  });
  it('moves events between the axis and the undated lane', () => {
    const on = (clock: 'happened' | 'reported') => classifyEvents(corpus.events.map((e) => ({ id: e.id, kind: e.kind, date: dateOn(clock, e, reported)! })));
    const happened = on('happened');
    const rep = on('reported');
    // Undated events of the article (the Baku meeting) have a report date; the second fixture's own do not.
    expect(happened.undated.map((u) => u.id)).toContain('baku-intelligence-meeting');
    expect(rep.dated.map((u) => u.id)).toContain('baku-intelligence-meeting');
    expect(rep.undated.map((u) => u.id)).toEqual(['test-trilateral-exercise-proposal']);
    const span = (items: typeof rep.dated, id: string) => items.find((d) => d.id === id)!.span;
    expect(span(happened.dated, 'second-karabakh-war').start).toBe(day('2020-01-01'));
    expect(span(rep.dated, 'second-karabakh-war').start).toBe(day('2023-05-01'));
  });
});

describe('the time filter on the reported clock', () => {
  const model = buildGraphModel(corpus);
  const window = { start: day('2020-01-01'), end: day('2021-01-01') };
  it('keeps what happened in 2020 on the happened clock, and nothing reported in 2020 on the reported clock', () => {
    const happened = computeVisibility(model, EMPTY_FILTERS, { ...NO_TIME_FILTER, window, showUndated: false });
    const reported = computeVisibility(model, EMPTY_FILTERS, { ...NO_TIME_FILTER, window, showUndated: false, clock: 'reported' });
    expect(happened.nodes.has('second-karabakh-war')).toBe(true);
    expect(reported.nodes.has('second-karabakh-war')).toBe(false);
  });
  it('keeps what the third document first reported in June 2023, and not what the article alone reported', () => {
    const june = { start: day('2023-06-01'), end: day('2023-07-01') };
    const vis = computeVisibility(model, EMPTY_FILTERS, { window: june, showUndated: false, clock: 'reported' });
    expect(vis.nodes.has('test-tbilisi-trilateral-meeting')).toBe(true);
    // The article's range (May 2023 – March 2024) overlaps June too: it could have been published then.
    expect(vis.nodes.has('second-karabakh-war')).toBe(true);
    const april = computeVisibility(model, EMPTY_FILTERS, { window: { start: day('2023-04-01'), end: day('2023-05-01') }, showUndated: false, clock: 'reported' });
    expect(april.nodes.size).toBe(0);
  });
});

describe('reporting lag', () => {
  const d = (value: string): FuzzyDate => ({ precision: 'day', value, certainty: 'stated' });
  it('counts days from the start of what happened to the first report', () => {
    expect(reportingLagDays(d('2023-01-08'), d('2023-06-14'))).toBe(157);
    expect(reportingLagDays(d('2023-06-14'), d('2023-06-14'))).toBe(0);
    expect(reportingLagDays({ precision: 'year', value: '2020', certainty: 'stated' }, articleDate)).toBe(1216);
    expect(reportingLagDays(d('2023-06-14'), d('2023-06-01'))).toBe(-13);
    expect(reportingLagDays(undefined, d('2023-06-14'))).toBeNull();
    expect(reportingLagDays(d('2023-06-14'), { precision: 'unknown', certainty: 'unknown' })).toBeNull();
  });
});
