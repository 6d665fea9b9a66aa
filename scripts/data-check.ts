// `npm run data:check [DIR...]`: validates every dataset under data/ (or the given folders) and
// exits non-zero with one line per problem: file, JSON path, what was expected, and the rule.
import { formatIssue } from '../src/domain/validate';
import { findDatasetDirs, readDataset } from './lib/read-dataset';

const roots = process.argv.slice(2);
const dirs = (roots.length > 0 ? roots : ['data']).flatMap((root) => findDatasetDirs(root));
if (dirs.length === 0) {
  console.error(`data:check: no dataset (a folder with facts.json) under ${roots.join(', ') || 'data'}`);
  process.exit(1);
}
let failed = 0;
for (const dir of dirs) {
  const result = readDataset(dir);
  if (result.ok) {
    const { entities, events, relations } = result.dataset;
    const quotes = [...entities, ...events, ...relations].reduce((n, f) => n + f.evidence.length, 0);
    console.log(`ok   ${dir}: ${entities.length} entities, ${events.length} events, ${relations.length} relations, ${quotes} quotes`);
  } else {
    failed += 1;
    console.error(`FAIL ${dir}: ${result.issues.length} problem(s)`);
    for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
