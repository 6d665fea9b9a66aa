// Edge weight by corroboration: the width mapping, and the element data the canvas reads it from,
// over the real article with the made-up second and third fixtures merged in.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { mergeDatasets } from '../domain/merge';
import { BASE_WIDTH, MAX_WIDTH, corroborationWidth } from './corroborationWeight';
import { toCytoscapeJson, toElements, type EdgeData } from './elements';
import { buildGraphModel } from './model';
import { buildStylesheet } from './style';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const real = datasetAt('data/aran-news-baku');
const corpus = mergeDatasets(mergeDatasets(real, datasetAt('tests/fixtures/second-article')).dataset, datasetAt('tests/fixtures/third-article')).dataset;

describe('corroboration width', () => {
  it('is the ordinary width for one origin and grows by origin up to a cap', () => {
    expect(corroborationWidth(0)).toBe(BASE_WIDTH);
    expect(corroborationWidth(1)).toBe(BASE_WIDTH);
    const widths = [1, 2, 3, 4].map(corroborationWidth);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeGreaterThan(widths[i - 1]!);
    expect(corroborationWidth(4)).toBe(MAX_WIDTH);
    expect(corroborationWidth(40)).toBe(MAX_WIDTH);
  });
});

describe('edge data', () => {
  const model = buildGraphModel(corpus);
  const edges = toElements(model).filter((e) => e.group === 'edges').map((e) => e.data as EdgeData);
  it('carries each fact’s independent origins and the width they give', () => {
    // The Tbilisi meeting: the second fixture (its own outlet) and the third (citing AzerTac) are two origins.
    const tbilisi = edges.filter((e) => e.factId === 'test-tbilisi-trilateral-meeting');
    expect(tbilisi.length).toBeGreaterThan(0);
    for (const e of tbilisi) expect(e).toMatchObject({ origins: 2, weight: corroborationWidth(2) });
    // The Baku meeting: the article and the third fixture both go back to AzerTac, one origin.
    const baku = edges.filter((e) => e.factId === 'baku-intelligence-meeting');
    for (const e of baku) expect(e).toMatchObject({ origins: 1, weight: BASE_WIDTH });
    // The article alone: every edge is drawn at the ordinary width.
    for (const e of toElements(buildGraphModel(real)).filter((x) => x.group === 'edges')) expect((e.data as EdgeData).weight).toBe(BASE_WIDTH);
  });

  it('goes into the Cytoscape JSON export too', () => {
    const json = toCytoscapeJson(model);
    expect(json.elements.edges.find((e) => e.data.factId === 'test-tbilisi-trilateral-meeting')?.data.origins).toBe(2);
  });

  it('is what the stylesheet draws edges with more than one origin by', () => {
    for (const large of [false, true]) {
      const sheet = buildStylesheet(new Map(), 'en', large);
      const at = sheet.findIndex((r) => r.selector === 'edge[origins > 1]');
      expect(sheet[at]?.style).toEqual({ width: 'data(weight)' });
      // After the ordinary edge rules, so it wins over their widths.
      expect(at).toBeGreaterThan(sheet.findIndex((r) => r.selector === 'edge.relation'));
    }
  });
});
