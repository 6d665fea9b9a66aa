import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import { consistentDisputes } from './disputes';
import { mergeDatasets } from './merge';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const withSecond = mergeDatasets(datasetAt('data/aran-news-baku'), datasetAt('tests/fixtures/second-article')).dataset;
const third = datasetAt('tests/fixtures/third-article');
const merged = mergeDatasets(withSecond, third);

describe('disputes', () => {
  it('keeps both dates when two documents date the same meeting differently', () => {
    expect(merged.disputes).toEqual([
      {
        fact: 'test-tbilisi-trilateral-meeting',
        field: 'date',
        claims: [
          { value: '2022', docs: ['test-second-article'] },
          { value: '2023', docs: ['test-third-article'] },
        ],
      },
    ]);
    // The fact keeps the first claim; the dispute holds the other one.
    expect(merged.dataset.events.find((e) => e.id === 'test-tbilisi-trilateral-meeting')?.date.value).toBe('2022');
  });

  it('is not a dispute when one side is silent (unknown date) or names fewer parties', () => {
    expect(merged.disputes.some((d) => d.fact === 'baku-intelligence-meeting')).toBe(false);
  });

  it('keeps only consistent dispute records (the fact and every claimed document held)', () => {
    expect(consistentDisputes(merged.disputes, merged.dataset)).toEqual(merged.disputes);
    expect(consistentDisputes(merged.disputes, withSecond)).toEqual([]);
    expect(consistentDisputes([{ fact: 'test-tbilisi-trilateral-meeting', field: 'date', claims: [{ value: '2022', docs: [] }] }], merged.dataset)).toEqual([]);
    expect(consistentDisputes('nonsense', merged.dataset)).toEqual([]);
  });
});
