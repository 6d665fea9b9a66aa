// `node --import tsx scripts/builtin-dataset.ts DIR`: validates the dataset folder with the same
// rules as `npm run data:check` and prints the validated dataset as JSON (zod's defaults applied),
// or the issues on stderr with exit code 1. The Vite config runs it to build the built-in article
// into the app (validated at build time, not on every page load).
import { formatIssue } from '../src/domain/validate';
import { readDataset } from './lib/read-dataset';

const dir = process.argv[2] ?? 'data/aran-news-baku';
const result = readDataset(dir);
if (!result.ok) {
  process.stderr.write(`${result.issues.map(formatIssue).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(result.dataset));
