// The built-in dataset, validated at build time by the Vite plugin in vite.config.ts with the same
// rules as `npm run data:check` (an edited data file fails the build, and CI, loudly), so the page
// loads it without shipping or running the validator.
import dataset from 'virtual:kavosh-builtin-dataset';
import type { Dataset } from './domain/schema';

export function loadBuiltinDataset(): Dataset {
  return dataset;
}
