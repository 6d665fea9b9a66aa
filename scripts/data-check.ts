// `npm run data:check [DIR...]`: validates every dataset under data/ (or the given folders; a
// folder holding a workspace bundle.json is checked as one, dispute records included) and
// exits non-zero with one line per problem: file, JSON path, what was expected, and the rule.
// Exit codes: 0 every dataset is valid; 1 at least one is not; 2 misuse (an unknown option, a
// path that is missing or not a folder, or no dataset under the folders given). Misuse is one
// line on stderr, never a stack trace.
import { statSync } from 'node:fs';
import { formatIssue } from '../src/domain/validate';
import { findDatasetDirs, readAnyDataset } from './lib/read-dataset';

const USAGE = 'usage: npm run data:check [DIR...]';

function usageError(message: string): never {
  console.error(`data:check: ${message}\n${USAGE}`);
  process.exit(2);
}

function folderProblem(root: string): string | null {
  try {
    return statSync(root).isDirectory() ? null : `${root} is not a folder (give a dataset folder or a folder of them)`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `${root}: no such folder`;
    if (code === 'ELOOP') return `${root}: a symbolic link loop`;
    return `${root}: cannot be read (${code ?? String(error)})`;
  }
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const option = args.find((a) => a.startsWith('-'));
if (option) usageError(`unknown option ${option}`);
const roots = args.length > 0 ? args : ['data'];
for (const root of roots) {
  const problem = folderProblem(root);
  if (problem) usageError(problem);
}
let dirs: string[];
try {
  dirs = roots.flatMap((root) => findDatasetDirs(root));
} catch (error) {
  usageError(`cannot walk ${roots.join(', ')}: ${error instanceof Error ? error.message : String(error)}`);
}
if (dirs.length === 0) usageError(`no dataset (a folder with facts.json) under ${roots.join(', ')}`);
let failed = 0;
for (const dir of dirs) {
  const result = readAnyDataset(dir);
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
