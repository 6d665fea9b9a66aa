import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { factGrades, meetsGrade, parseGrade, readGrades, sourceKey } from './grades';
import { mergeDatasets } from './merge';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const real = datasetAt('data/aran-news-baku');
const third = datasetAt('tests/fixtures/third-article');
const second = datasetAt('tests/fixtures/second-article');
const corpus = mergeDatasets(mergeDatasets(real, second).dataset, third).dataset;

describe('Admiralty grades', () => {
  it('reads codes and compares both axes', () => {
    expect(parseGrade('B2')).toEqual({ reliability: 'B', credibility: 2 });
    expect(parseGrade('G2')).toBeNull();
    expect(parseGrade('B7')).toBeNull();
    expect(meetsGrade('A1', 'B2')).toBe(true);
    expect(meetsGrade('B2', 'B2')).toBe(true);
    expect(meetsGrade('A3', 'B2')).toBe(false);
    expect(meetsGrade('C1', 'B2')).toBe(false);
  });

  it('defaults to F6, "cannot be judged"', () => {
    const grades = factGrades(corpus, { reliability: {}, credibility: {} });
    expect(new Set(grades.values())).toEqual(new Set(['F6']));
  });

  it('grades the source, not the report: one grade for AzerTac covers both outlets citing it', () => {
    expect(sourceKey(real.documents[0]!)).toBe('azertac');
    expect(sourceKey(third.documents[0]!)).toBe('azertac');
    const grades = factGrades(corpus, { reliability: { azertac: 'B' }, credibility: { 'baku-intelligence-meeting': 2 } });
    expect(grades.get('baku-intelligence-meeting')).toBe('B2');
    expect(grades.get('second-karabakh-war')).toBe('B6');
    // The Tbilisi meeting: the best of its sources (AzerTac B, the ungraded test fixture F).
    expect(grades.get('test-tbilisi-trilateral-meeting')).toBe('B6');
    expect(grades.get('test-trilateral-exercise-proposal')).toBe('F6');
  });

  it('drops malformed grades read from storage or a bundle', () => {
    expect(readGrades({ reliability: { a: 'B', b: 'Z', c: 3 }, credibility: { x: 2, y: 9, z: '1' } })).toEqual({ reliability: { a: 'B' }, credibility: { x: 2 } });
    expect(readGrades(null)).toEqual({ reliability: {}, credibility: {} });
  });
});

describe('"B2 or better" filter', () => {
  it('keeps facts graded at least B2 and their counterparts', async () => {
    const { buildGraphModel } = await import('../graph/model');
    const { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } = await import('../graph/filter');
    const model = buildGraphModel(corpus);
    const grades = factGrades(corpus, { reliability: { azertac: 'B' }, credibility: { 'baku-intelligence-meeting': 2, 'test-trilateral-exercise-proposal': 1 } });
    const shown = computeVisibility(model, { ...EMPTY_FILTERS, minGrade: 'B2' }, NO_TIME_FILTER, grades);
    // The proposal is credible (1) but only its ungraded fixture outlet (F) reports it.
    expect([...shown.nodes].filter((id) => model.eventById.has(id))).toEqual(['baku-intelligence-meeting']);
    expect(shown.nodes.has('karim-valiyev')).toBe(true);
  });
});
