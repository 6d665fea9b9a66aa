// Same-id merges: the made-up third article names five entities of the real article by their ids
// (azerbaijan, baku, ismail-gunaydin, karim-valiyev, turkey). Imported into the workspace, each is
// kept apart under "<id>--<document>" with a "same-id" record, so the view shows what folding
// showed, and unmerging splits the entity: the third article's own facts point to its entity,
// the real article's to the original, and no quote changes.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { migrateStored, readWorkspaceBundle, toStored, toWorkspaceBundle, visibleDataset } from '../workspace/workspace';
import { addMerge, applyMerges, readMerges, removeMerge } from './entityMerges';
import { mergeDatasets, splitId } from './merge';
import type { Dataset } from './schema';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const real = datasetAt('data/aran-news-baku');
const third = datasetAt('tests/fixtures/third-article');
const DOC = 'test-third-article';
const SHARED = ['azerbaijan', 'baku', 'ismail-gunaydin', 'karim-valiyev', 'turkey'];
const folded = mergeDatasets(real, third);
const recorded = mergeDatasets(real, third, { wikidata: 'record', sameId: 'record' });
/** Whether a dataset passes the bundle reader's checks (schema, quotes against texts, references). */
const valid = (ds: Dataset) => readWorkspaceBundle('check.json', JSON.parse(JSON.stringify(toWorkspaceBundle({ dataset: ds, choices: { hidden: [] } })))).ok;
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();
/** Every quote of the dataset, as "doc:start:end:quote", sorted: what "data is sacred" keeps. */
const quotes = (ds: Dataset) =>
  [...ds.entities, ...ds.events, ...ds.relations, ...ds.events.flatMap((e) => e.participants)]
    .flatMap((x) => x.evidence.map((ev) => `${ev.doc}:${ev.start}:${ev.end}:${ev.quote}`))
    .sort();
/** The entity ids a dataset's facts from `doc` only (not shared with another document) point to. */
const pointedFrom = (ds: Dataset, doc: string) => {
  const only = <T extends { evidence: Array<{ doc: string }> }>(f: T) => f.evidence.every((ev) => ev.doc === doc);
  return new Set([
    ...ds.events.filter(only).flatMap((e) => [...e.participants.map((p) => p.entity), ...(e.place ? [e.place] : [])]),
    ...ds.relations.filter(only).flatMap((r) => [r.source, r.target]),
  ]);
};

describe('an entity of the same id in another document, at import', () => {
  it('is kept apart under a valid, stable id and recorded with the id and the document', () => {
    expect(third.documents.map((d) => d.id)).toEqual([DOC]);
    const sameId = recorded.merges.filter((m) => m.rule === 'same-id').sort((a, b) => a.into.localeCompare(b.into));
    expect(sameId).toEqual(SHARED.map((id) => ({ into: id, from: `${id}--${DOC}`, rule: 'same-id', cause: id, docs: [DOC] })));
    expect(valid(recorded.dataset)).toBe(true);
    // Stable: the same import gives the same ids.
    expect(mergeDatasets(real, third, { wikidata: 'record', sameId: 'record' }).dataset).toEqual(recorded.dataset);
    for (const id of SHARED) {
      const apart = recorded.dataset.entities.find((e) => e.id === `${id}--${DOC}`);
      expect(apart?.evidence.map((ev) => ev.doc)).toEqual(expect.arrayContaining([DOC]));
      expect(apart?.evidence.every((ev) => ev.doc === DOC)).toBe(true);
      expect(recorded.dataset.entities.find((e) => e.id === id)?.evidence.every((ev) => ev.doc === 'aran-news-baku')).toBe(true);
    }
  });

  it('is shown, with the records applied, as one entity: exactly what folding it at import showed', () => {
    expect(applyMerges(recorded.dataset, recorded.merges)).toEqual(folded.dataset);
    expect(recorded.disputes).toEqual(folded.disputes);
  });

  it('never edits a quote: the stored facts hold exactly the quotes folding held', () => {
    expect(quotes(recorded.dataset)).toEqual(quotes(folded.dataset));
  });

  it('is folded as before when the same document is imported again, and never for readers (the default)', () => {
    const again = mergeDatasets(recorded.dataset, third, { wikidata: 'record', sameId: 'record' });
    expect(again.merges).toEqual([]);
    expect(again.dataset).toEqual(recorded.dataset);
    expect(folded.merges).toEqual([]);
    expect(ids(folded.dataset.entities)).not.toContain(`azerbaijan--${DOC}`);
  });

  it('takes another id when the split id is taken', () => {
    expect(splitId('baku', DOC, () => false)).toBe(`baku--${DOC}`);
    expect(splitId('baku', DOC, (c) => c === `baku--${DOC}` || c === `baku--${DOC}-2`)).toBe(`baku--${DOC}-3`);
  });
});

describe('unmerging a same-id merge', () => {
  // The third article's own fact (the Tbilisi meeting) names Turkey; the shared Baku meeting keeps
  // the original's participants (one fact cannot point at both).
  const apart = applyMerges(recorded.dataset, removeMerge(recorded.merges, `turkey--${DOC}`));

  it('splits the entity in two, each document\'s own facts pointing to its own', () => {
    expect(ids(apart.entities)).toEqual(expect.arrayContaining(['turkey', `turkey--${DOC}`]));
    expect(pointedFrom(apart, DOC).has(`turkey--${DOC}`)).toBe(true);
    expect(pointedFrom(apart, DOC).has('turkey')).toBe(false);
    expect(pointedFrom(apart, 'aran-news-baku').has('turkey')).toBe(true);
    expect(pointedFrom(apart, 'aran-news-baku').has(`turkey--${DOC}`)).toBe(false);
    // The other same-id merges still hold.
    expect(ids(apart.entities)).not.toContain(`baku--${DOC}`);
    expect(valid(apart)).toBe(true);
  });

  it('moves no quote and edits none: each entity keeps only its document\'s', () => {
    const split = apart.entities.find((e) => e.id === `turkey--${DOC}`);
    const original = apart.entities.find((e) => e.id === 'turkey');
    const stored = third.entities.find((e) => e.id === 'turkey');
    expect(split?.evidence).toEqual(stored?.evidence);
    expect(original?.evidence).toEqual(real.entities.find((e) => e.id === 'turkey')?.evidence);
    // Every quote folding held is still there, once, unchanged: only which entity it supports differs.
    expect(quotes(apart)).toEqual(quotes(folded.dataset));
  });

  it('is undone by a curator merge: the same entity again', () => {
    const unmerged = removeMerge(recorded.merges, `turkey--${DOC}`);
    const again = addMerge(unmerged, recorded.dataset, 'turkey', `turkey--${DOC}`);
    expect(again.at(-1)).toMatchObject({ rule: 'curator', into: 'turkey', from: `turkey--${DOC}`, docs: [DOC] });
    expect(applyMerges(recorded.dataset, again)).toEqual(folded.dataset);
  });
});

describe('same-id records in the workspace', () => {
  const merges = removeMerge(recorded.merges, `baku--${DOC}`);
  const workspace = { dataset: recorded.dataset, choices: { hidden: [], merges } };

  it('survive storage and the bundle file, merged and unmerged alike', () => {
    for (const read of [migrateStored('saved', JSON.parse(JSON.stringify(toStored(workspace)))), readWorkspaceBundle('bundle.json', JSON.parse(JSON.stringify(toWorkspaceBundle(workspace))))]) {
      if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('; '));
      expect(read.workspace.dataset).toEqual(recorded.dataset);
      expect(read.workspace.choices.merges).toEqual(merges);
      const view = visibleDataset(read.workspace);
      expect(ids(view.entities)).toContain(`baku--${DOC}`);
      expect(ids(view.entities)).not.toContain(`turkey--${DOC}`);
    }
  });

  it('read back only while they hold; a stored workspace folded by an older build stays folded', () => {
    expect(readMerges([{ into: 'baku', from: `baku--${DOC}`, rule: 'same-id', cause: 'baku', docs: [DOC] }], folded.dataset)).toEqual([]);
    const old = migrateStored('saved', JSON.parse(JSON.stringify(toStored({ dataset: folded.dataset, choices: { hidden: [] } }))));
    if (!old.ok) throw new Error(old.issues.map((i) => i.message).join('; '));
    expect(visibleDataset(old.workspace)).toEqual(folded.dataset);
  });
});

// Without Wikidata ids (stripped here), only the workspace's records tell that a held
// "azerbaijan--test-second-article" is Azerbaijan when the third article's shared meeting names it.
const bare = (ds: Dataset): Dataset => ({
  ...ds,
  entities: ds.entities.map((e) => {
    const copy = { ...e };
    delete copy.wikidata;
    return copy;
  }),
});

describe.each([
  ['with', (ds: Dataset) => ds],
  ['without', bare],
])('a third document after a second, both sharing ids with the held ones, %s Wikidata ids', (_name, prepare) => {
  const [r, second, t] = [real, datasetAt('tests/fixtures/second-article'), third].map(prepare) as [Dataset, Dataset, Dataset];
  const foldedTwice = mergeDatasets(mergeDatasets(r, second).dataset, t);
  const first = mergeDatasets(r, second, { wikidata: 'record', sameId: 'record' });
  const then = mergeDatasets(first.dataset, t, { wikidata: 'record', sameId: 'record', held: first.merges });
  const merges = [...first.merges, ...then.merges];
  it('keeps every quote of a shared fact and shows what folding showed', () => {
    expect(applyMerges(then.dataset, merges)).toEqual(foldedTwice.dataset);
    expect(quotes(then.dataset)).toEqual(quotes(foldedTwice.dataset));
  });

  it('finds the same disputes as folding: an entity kept apart is no contradiction', () => {
    expect(then.disputes).toEqual(foldedTwice.disputes);
  });
});
