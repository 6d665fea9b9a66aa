// data:check's dispute rule on a workspace bundle of the made-up second and third fixtures: the
// dispute merging finds passes; each way of breaking a record is named at its JSON path.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { checkDisputes } from './disputeCheck';
import type { Dispute } from './disputes';
import { mergeDatasets } from './merge';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const merged = mergeDatasets(datasetAt('tests/fixtures/second-article'), datasetAt('tests/fixtures/third-article'), { wikidata: 'record' });
const { dataset } = merged;
const good = merged.disputes;
const broken = (change: (d: Dispute) => unknown) => [change(structuredClone(good[0]!))];
const check = (raw: unknown) => checkDisputes(raw, dataset, 'bundle.json').map((i) => [i.path, i.message]);

describe('dispute records', () => {
  it('accepts the disputes the merge finds, and a bundle without any', () => {
    expect(good).toHaveLength(1);
    expect(check(good)).toEqual([]);
    expect(check(undefined)).toEqual([]);
  });

  it('names each broken rule at its path', () => {
    expect(check(broken((d) => ({ ...d, fact: 'no-such-fact' })))).toEqual([['workspace.disputes[0].fact', 'expected the id of an event or relation in the bundle, got "no-such-fact"']]);
    expect(check(broken((d) => ({ ...d, field: 'colour' })))).toEqual([['workspace.disputes[0].field', 'expected one of "date", "place", "participants", "ends", got "colour"']]);
    expect(check(broken((d) => ({ ...d, claims: [d.claims[0]] })))).toEqual([['workspace.disputes[0].claims', 'expected exactly two claims, got 1']]);
    expect(check(broken((d) => ({ ...d, claims: [d.claims[0], { ...d.claims[1], value: d.claims[0].value }] })))).toEqual([
      ['workspace.disputes[0].claims[1].value', 'expected two different claims, but both say "2022"'],
    ]);
    expect(check(broken((d) => ({ ...d, claims: [d.claims[0], { ...d.claims[1], docs: [] }] })))).toEqual([['workspace.disputes[0].claims[1].docs', 'expected at least one document making this claim']]);
    expect(check(broken((d) => ({ ...d, claims: [d.claims[0], { ...d.claims[1], docs: ['test-second-article', 'test-third-article'] }] })))).toEqual([
      ['workspace.disputes[0].claims[1].docs', 'expected no document on both sides of a dispute, but "test-second-article" makes both claims'],
    ]);
    expect(check('junk')).toEqual([['workspace.disputes', 'expected a list of dispute records']]);
  });

  it('requires each claiming document to quote the fact', () => {
    // The relation "Tbilisi in Georgia" is only in the second fixture: the third cannot dispute it.
    const relation = dataset.relations[0]!;
    const raw = [{ fact: relation.id, field: 'ends', claims: [{ value: 'a → b', docs: ['test-second-article'] }, { value: 'a → c', docs: ['test-third-article'] }] }];
    expect(check(raw)).toEqual([['workspace.disputes[0].claims[1].docs[0]', `expected "test-third-article" to report the fact "${relation.id}" (a quote of it in its evidence), but it has none`]]);
  });
});
