// Reversible merges over the real article and the made-up second fixture (whose "turkiye" shares
// Turkey's Wikidata id): a recorded merge shows what folding did, removing it brings both back,
// curators merge and unmerge, and the records survive the workspace's storage and bundle.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { migrateStored, readWorkspaceBundle, toStored, toWorkspaceBundle, visibleDataset } from '../workspace/workspace';
import { addMerge, addPossiblySame, applyMerges, mergeProblem, mergeTargets, possiblySameAs, readMerges, readPossiblySame, removeMerge, removePossiblySame, type EntityMerge } from './entityMerges';
import { mergeDatasets } from './merge';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const real = datasetAt('data/aran-news-baku');
const second = datasetAt('tests/fixtures/second-article');
const folded = mergeDatasets(real, second);
const recorded = mergeDatasets(real, second, { wikidata: 'record' });
const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();
/** How many facts (events and relations) name any of the entities. */
const mentions = (ds: typeof real, ...any: string[]) =>
  ds.events.filter((e) => e.participants.some((p) => any.includes(p.entity)) || any.includes(e.place ?? '')).length +
  ds.relations.filter((r) => any.includes(r.source) || any.includes(r.target)).length;

describe('a Wikidata match at import', () => {
  it('is kept apart in the data and recorded with its cause', () => {
    expect(recorded.merges).toEqual([{ into: 'turkey', from: 'turkiye', rule: 'wikidata', cause: 'Q43', docs: ['test-second-article'] }]);
    expect(ids(recorded.dataset.entities)).toContain('turkiye');
    expect(ids(folded.dataset.entities)).not.toContain('turkiye');
  });

  it('shows, with the record applied, exactly what folding it at import showed', () => {
    expect(applyMerges(recorded.dataset, recorded.merges)).toEqual(folded.dataset);
  });

  it('comes apart when the record is removed: both entities, each with its own facts', () => {
    const apart = applyMerges(recorded.dataset, removeMerge(recorded.merges, 'turkiye'));
    expect(ids(apart.entities)).toEqual(expect.arrayContaining(['turkey', 'turkiye']));
    expect(mentions(apart, 'turkiye')).toBeGreaterThan(0);
    expect(mentions(apart, 'turkey')).toBe(mentions(real, 'turkey'));
    expect(apart).toEqual(recorded.dataset);
  });
});

describe('a curator merge', () => {
  const merges = addMerge([], real, 'azerbaijan', 'armenia', 'test');
  it('records the rule, the cause and the documents naming the merged entity', () => {
    expect(merges).toEqual([{ into: 'azerbaijan', from: 'armenia', rule: 'curator', cause: 'test', docs: ['aran-news-baku'] }]);
  });

  it('folds the entity in: its names become aliases, its facts point at the kept one', () => {
    const view = applyMerges(real, merges);
    expect(ids(view.entities)).not.toContain('armenia');
    const az = view.entities.find((e) => e.id === 'azerbaijan')!;
    const armenia = real.entities.find((e) => e.id === 'armenia')!;
    expect(az.aliases).toEqual(expect.arrayContaining([armenia.name.en, armenia.name.fa]));
    expect(mentions(view, 'armenia')).toBe(0);
    expect(mentions(view, 'azerbaijan')).toBe(mentions(real, 'azerbaijan', 'armenia'));
    expect(mentions(real, 'azerbaijan', 'armenia')).toBeGreaterThan(mentions(real, 'azerbaijan'));
  });

  it('round-trips: merge then unmerge gives the dataset back unchanged', () => {
    expect(applyMerges(real, removeMerge(merges, 'armenia'))).toBe(real);
  });

  it('refuses what cannot be undone cleanly: an unknown entity, itself, a second merge of one entity, a merged target', () => {
    expect(mergeProblem([], real.entities, 'azerbaijan', 'nowhere')).toMatch(/known entities/);
    expect(mergeProblem([], real.entities, 'turkey', 'turkey')).toMatch(/different/);
    expect(mergeProblem(merges, real.entities, 'turkey', 'armenia')).toMatch(/already merged/);
    expect(mergeProblem(merges, real.entities, 'armenia', 'turkey')).toMatch(/itself merged/);
    expect(addMerge(merges, real, 'turkey', 'armenia')).toEqual(merges);
  });

  it('follows chains: C into B, then B into A, shows C and B in A; undoing B brings B back with C', () => {
    const chain: EntityMerge[] = [...addMerge([], real, 'armenia', 'karabakh'), ...addMerge([], real, 'azerbaijan', 'armenia')];
    expect(mergeTargets(chain)).toEqual(new Map([['karabakh', 'azerbaijan'], ['armenia', 'azerbaijan']]));
    const view = applyMerges(real, chain);
    expect(ids(view.entities)).not.toContain('armenia');
    expect(ids(view.entities)).not.toContain('karabakh');
    expect(mentions(view, 'azerbaijan')).toBe(mentions(real, 'azerbaijan', 'armenia', 'karabakh'));
    const back = applyMerges(real, removeMerge(chain, 'armenia'));
    expect(ids(back.entities)).toContain('armenia');
    expect(ids(back.entities)).not.toContain('karabakh');
    expect(mentions(back, 'armenia')).toBe(mentions(real, 'armenia', 'karabakh'));
  });
});

describe('possibly the same', () => {
  it('is a pair kept once, either way round, and removable', () => {
    let list = addPossiblySame([], 'turkey', 'azerbaijan');
    list = addPossiblySame(list, 'azerbaijan', 'turkey');
    expect(list).toEqual([{ a: 'azerbaijan', b: 'turkey' }]);
    expect(possiblySameAs(list, 'turkey')).toEqual(['azerbaijan']);
    expect(possiblySameAs(list, 'azerbaijan')).toEqual(['turkey']);
    expect(addPossiblySame(list, 'turkey', 'turkey')).toEqual(list);
    expect(removePossiblySame(list, 'turkey', 'azerbaijan')).toEqual([]);
  });
});

describe('in the workspace', () => {
  const merges = [...recorded.merges, ...addMerge(recorded.merges, recorded.dataset, 'azerbaijan', 'armenia').slice(1)];
  const sameAs = addPossiblySame([], 'georgia', 'tbilisi');
  const workspace = { dataset: recorded.dataset, choices: { hidden: [], merges, sameAs } };

  it('survives storage and the bundle file, and the view applies the merges', () => {
    for (const read of [migrateStored('saved', JSON.parse(JSON.stringify(toStored(workspace)))), readWorkspaceBundle('bundle.json', JSON.parse(JSON.stringify(toWorkspaceBundle(workspace))))]) {
      if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('; '));
      expect(read.workspace.choices.merges).toEqual(merges);
      expect(read.workspace.choices.sameAs).toEqual(sameAs);
      const view = visibleDataset(read.workspace);
      expect(ids(view.entities)).not.toContain('turkiye');
      expect(ids(view.entities)).not.toContain('armenia');
    }
    expect(toWorkspaceBundle(workspace).workspace.merges).toEqual(merges);
  });

  it('drops records that no longer hold when read back', () => {
    const bad = [{ into: 'turkey', from: 'nowhere', rule: 'curator', cause: '', docs: [] }, { into: 'turkey', from: 'turkey', rule: 'curator' }, { into: 'turkey', from: 'armenia', rule: 'magic' }, 'junk'];
    expect(readMerges(bad, real)).toEqual([]);
    expect(readMerges([...merges, merges[0]], recorded.dataset)).toEqual(merges);
    expect(readPossiblySame([{ a: 'turkey', b: 'nowhere' }, { a: 'turkey', b: 'baku' }], real)).toEqual([{ a: 'baku', b: 'turkey' }]);
  });
});

describe('disputes with entities kept apart', () => {
  it('are the same as with the entities folded: a Wikidata match is no contradiction', () => {
    const third = datasetAt('tests/fixtures/third-article');
    const foldedDisputes = mergeDatasets(folded.dataset, third).disputes;
    const recordedDisputes = mergeDatasets(recorded.dataset, third, { wikidata: 'record' }).disputes;
    expect(recordedDisputes).toEqual(foldedDisputes);
    expect(recordedDisputes.filter((d) => d.fact === 'test-tbilisi-trilateral-meeting').map((d) => d.field)).toEqual(['date']);
  });
});
