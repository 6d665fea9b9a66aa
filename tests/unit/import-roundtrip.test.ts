// Exports come back through the importer as the same graph: the Kavosh bundle (json) on its own,
// the cyjs with the document.json and text of each document it cites. And a second article,
// written for these tests, merges into the real data: shared ids and Wikidata ids become one node
// (a Wikidata match as a merge record the view applies, so a curator can undo it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { applyMerges } from '../../src/domain/entityMerges';
import { importInto, readImport, type ImportFile } from '../../src/domain/import';
import { mergeDatasets } from '../../src/domain/merge';
import type { Dataset } from '../../src/domain/schema';
import { toCytoscapeJson } from '../../src/graph/elements';
import { computeVisibility, EMPTY_FILTERS } from '../../src/graph/filter';
import { serialise } from '../../src/graph/formats';
import { buildGraphModel, type GraphModel } from '../../src/graph/model';

const real = loadAllDatasets('data');
const realModel = buildGraphModel(real);

function folderFiles(dir: string): ImportFile[] {
  return ['document.json', 'facts.json', 'source.txt'].map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
const secondFiles = folderFiles('tests/fixtures/second-article');
const realDocumentFiles = folderFiles('data/aran-news-baku').filter((f) => f.name !== 'facts.json');
const secondDocumentFiles = secondFiles.filter((f) => f.name !== 'facts.json');

const exported = (model: GraphModel, format: 'json' | 'cyjs', visible?: Parameters<typeof serialise>[2]): ImportFile => {
  const [file] = serialise(model, format, visible);
  if (!file) throw new Error('no file');
  return { name: `kavosh-graph.${file.extension}`, text: file.content };
};

/** An import as the app shows it: the merged dataset with its merge records applied. */
const viewOf = (result: ReturnType<typeof importInto>): Dataset => {
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file} ${i.path} [${i.rule}] ${i.message}`).join('\n'));
  return applyMerges(result.dataset, result.summary.merges);
};

/** The graph as Cytoscape sees it: every node and edge with its data and evidence. */
const graphOf = (dataset: Dataset) => toCytoscapeJson(buildGraphModel(dataset)).elements;

function imported(current: Dataset | null, files: ImportFile[]): Dataset {
  return viewOf(importInto(current, files));
}

describe('json (Kavosh bundle) round trip', () => {
  it('imports into an empty app as the same dataset and the same graph', () => {
    const back = imported(null, [exported(realModel, 'json')]);
    expect(back).toEqual(real);
    expect(graphOf(back)).toEqual(graphOf(real));
  });

  it('imported again into the same data changes nothing', () => {
    const back = imported(real, [exported(realModel, 'json')]);
    expect(graphOf(back)).toEqual(graphOf(real));
  });

  it('a merged two-article dataset round-trips through one bundle', () => {
    const merged = imported(real, secondFiles);
    const back = imported(null, [exported(buildGraphModel(merged), 'json')]);
    expect(graphOf(back)).toEqual(graphOf(merged));
    expect(back.documents.map((d) => d.id)).toEqual(['aran-news-baku', 'test-second-article']);
  });

  it('a filtered view exports as a bundle that validates: its facts plus the entities they name', () => {
    const visible = computeVisibility(realModel, { ...EMPTY_FILTERS, countries: ['pakistan'], hiddenEntityKinds: ['person'] }, { window: null, showUndated: true });
    const back = imported(null, [exported(realModel, 'json', visible)]);
    const ids = new Set([...back.entities, ...back.events].map((f) => f.id));
    for (const id of visible.nodes) expect(ids.has(id), id).toBe(true);
    // The invitation names a person the filter hides: the bundle keeps it so the event stays whole.
    expect(ids.has('ismail-demir')).toBe(true);
    expect(back.events.map((e) => e.id)).toEqual(['demir-fighter-invitation']);
  });
});

describe('cyjs round trip (with the documents it cites)', () => {
  it('rebuilds the same dataset and graph from the cyjs, document.json and source text', () => {
    const back = imported(null, [exported(realModel, 'cyjs'), ...realDocumentFiles]);
    expect(back).toEqual(real);
    expect(graphOf(back)).toEqual(graphOf(real));
  });

  it('two documents: same-named files are told apart by their sha256', () => {
    const merged = imported(real, secondFiles);
    const files = [exported(buildGraphModel(merged), 'cyjs'), ...realDocumentFiles, ...secondDocumentFiles];
    expect(files.filter((f) => f.name === 'source.txt')).toHaveLength(2);
    const back = imported(null, files);
    expect(graphOf(back)).toEqual(graphOf(merged));
  });

  it('without the documents, says which are needed', () => {
    const result = readImport([exported(realModel, 'cyjs')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ file: 'kavosh-graph.cyjs', path: 'data.kavoshDocuments', rule: 'document-present', message: expect.stringContaining('"aran-news-baku"') }),
    ]);
  });

  it('re-checks every quote against the text: an edited quote is refused at its element', () => {
    const file = exported(realModel, 'cyjs');
    const json = JSON.parse(file.text) as { elements: { nodes: Array<{ data: { id: string; evidence: Array<{ quote: string }> } }> } };
    const k = json.elements.nodes.findIndex((n) => n.data.id === 'karim-valiyev');
    const node = json.elements.nodes[k];
    if (!node?.data.evidence[0]) throw new Error('fixture');
    node.data.evidence[0].quote = 'a quote that is not in the text';
    const result = readImport([{ ...file, text: JSON.stringify(json) }, ...realDocumentFiles]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.file, i.path, i.rule])).toEqual([['kavosh-graph.cyjs', `elements.nodes[${k}].data.evidence[0].quote`, 'quote']]);
  });
});

describe('importing a second article merges it into the same graph', () => {
  const result = importInto(real, secondFiles);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const merged = buildGraphModel(viewOf(result));

  it('adds the new entities and events and no duplicate of a shared one', () => {
    // turkiye (Q43) merges into turkey, azerbaijan by id; georgia and tbilisi are new.
    expect(result.summary).toMatchObject({ newEntities: 2, mergedEntities: 2, newEvents: 2, newRelations: 1, conflicts: [] });
    // The data keeps turkiye apart; the record says why it is shown as Turkey.
    expect(result.dataset.entities.some((e) => e.id === 'turkiye')).toBe(true);
    expect(result.summary.merges).toEqual([{ into: 'turkey', from: 'turkiye', rule: 'wikidata', cause: 'Q43', docs: ['test-second-article'] }]);
    expect(merged.nodes.length).toBe(realModel.nodes.length + 4);
    expect(merged.nodeById.has('turkiye')).toBe(false);
    expect(merged.dataset.entities.filter((e) => e.wikidata === 'Q43').map((e) => e.id)).toEqual(['turkey']);
    expect(merged.dataset.entities.filter((e) => e.wikidata === 'Q227').map((e) => e.id)).toEqual(['azerbaijan']);
    expect(merged.nodeById.has('georgia')).toBe(true);
    expect(merged.nodeById.has('tbilisi')).toBe(true);
  });

  it('points the new events at the merged entities and keeps every quote', () => {
    const meeting = merged.eventById.get('test-tbilisi-trilateral-meeting');
    expect(meeting?.participants.map((p) => p.entity)).toEqual(['turkey', 'azerbaijan', 'georgia']);
    const turkey = merged.entityById.get('turkey');
    expect(turkey?.aliases).toContain('Türkiye');
    expect(new Set(turkey?.evidence.map((ev) => ev.doc))).toEqual(new Set(['aran-news-baku', 'test-second-article']));
    for (const ev of turkey?.evidence ?? []) expect(merged.dataset.texts[ev.doc]?.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(merged.countryFacts.get('turkey')?.has('test-tbilisi-trilateral-meeting')).toBe(true);
  });

  it('is the same as merging the validated datasets directly', () => {
    const direct = mergeDatasets(real, (readImport(secondFiles) as { dataset: Dataset }).dataset).dataset;
    expect(viewOf(result)).toEqual(direct);
  });

  it('a second import of the same article changes nothing', () => {
    const again = importInto(result.dataset, secondFiles);
    expect(again.ok && graphOf(again.dataset)).toEqual(graphOf(result.dataset));
    expect(again.ok && again.summary).toMatchObject({ newEntities: 0, newEvents: 0, newRelations: 0 });
  });
});
