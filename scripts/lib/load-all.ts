// Loads every dataset under data/ and merges them, failing loudly on any invalid one.
import { emptyDataset, mergeDatasets } from '../../src/domain/merge';
import type { Dataset } from '../../src/domain/schema';
import { formatIssue } from '../../src/domain/validate';
import { findDatasetDirs, readDataset } from './read-dataset';

export function loadAllDatasets(root = 'data'): Dataset {
  let merged = emptyDataset();
  for (const dir of findDatasetDirs(root)) {
    const result = readDataset(dir);
    if (!result.ok) throw new Error(`invalid dataset ${dir}:\n${result.issues.map(formatIssue).join('\n')}`);
    merged = mergeDatasets(merged, result.dataset).dataset;
  }
  return merged;
}
