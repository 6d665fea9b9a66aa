// Node-side reading of dataset folders: a dataset is a folder holding document.json, facts.json
// and the text file that document.json names. Validation itself is the pure src/domain code.
// Files are decoded by the app's one rule (src/domain/decode.ts): UTF-8 or UTF-16 with its BOM,
// and the BOM is not part of the text, exactly as an import or `?data=` reads them.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readBundle } from '../../src/domain/bundle';
import { decodeText } from '../../src/domain/decode';
import { checkDisputes } from '../../src/domain/disputeCheck';
import { validateDataset, type ValidationIssue, type ValidationResult } from '../../src/domain/validate';

/** Dataset folders under `root`, each once: a symlink loop or a link back up is walked once. */
export function findDatasetDirs(root: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    if (existsSync(join(dir, 'facts.json')) || existsSync(join(dir, 'document.json')) || existsSync(join(dir, BUNDLE_FILE))) found.push(dir);
    for (const name of readdirSync(dir).sort()) {
      const child = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(child).isDirectory();
      } catch {
        // A dangling link or a link loop (ELOOP): nothing to check there.
      }
      if (isDir) walk(child);
    }
  };
  walk(root);
  return found;
}

export function readTextFile(path: string): string {
  return decodeText(readFileSync(path));
}

function readJson(path: string, label: string): { value?: unknown; issue?: ValidationIssue } {
  if (!existsSync(path)) return { issue: { file: label, path: '', rule: 'file', message: 'expected this file to exist' } };
  try {
    return { value: JSON.parse(readTextFile(path)) };
  } catch (error) {
    return { issue: { file: label, path: '', rule: 'json', message: `expected valid JSON: ${(error as Error).message}` } };
  }
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** A folder may hold a workspace bundle (kavoshBundle 2) instead of a dataset: its documents, facts and choices. */
export const BUNDLE_FILE = 'bundle.json';

/**
 * A workspace bundle checked as data:check checks a dataset: its documents and facts by the
 * bundle's rules, then its dispute records (disputeCheck.ts). Entities kept apart stay apart.
 */
export function readBundleFolder(dir: string, cwd = process.cwd()): ValidationResult {
  const label = relative(cwd, join(dir, BUNDLE_FILE)) || BUNDLE_FILE;
  const json = readJson(join(dir, BUNDLE_FILE), label);
  if (json.issue) return { ok: false, issues: [json.issue] };
  const value = (typeof json.value === 'object' && json.value !== null ? json.value : {}) as { kavoshBundle?: unknown; workspace?: { disputes?: unknown } };
  const { workspace, ...rest } = value;
  const read = readBundle(label, value.kavoshBundle === 2 ? { ...rest, kavoshBundle: 1 } : value, { wikidata: 'keep' });
  if (!read.ok) return read;
  const issues = value.kavoshBundle === 2 ? checkDisputes(workspace?.disputes, read.dataset, label) : [];
  return issues.length > 0 ? { ok: false, issues } : read;
}

/** A dataset folder, or a folder holding a workspace bundle. */
export function readAnyDataset(dir: string, cwd = process.cwd()): ValidationResult {
  return existsSync(join(dir, BUNDLE_FILE)) ? readBundleFolder(dir, cwd) : readDataset(dir, cwd);
}

export function readDataset(dir: string, cwd = process.cwd()): ValidationResult {
  const label = (name: string) => relative(cwd, join(dir, name)) || name;
  const doc = readJson(join(dir, 'document.json'), label('document.json'));
  const facts = readJson(join(dir, 'facts.json'), label('facts.json'));
  const issues = [doc.issue, facts.issue].filter((i): i is ValidationIssue => i !== undefined);
  if (issues.length > 0) return { ok: false, issues };
  const textFile = (doc.value as { textFile?: unknown } | null)?.textFile;
  // Only a plain file beside document.json, as the browser allows. An own property even for a name
  // like `__proto__`, so the validator sees exactly what was read.
  const texts: Record<string, string> = {};
  if (typeof textFile === 'string' && /^[^/\\]+$/.test(textFile) && !textFile.startsWith('.') && isFile(join(dir, textFile)))
    Object.defineProperty(texts, textFile, { value: readTextFile(join(dir, textFile)), enumerable: true });
  return validateDataset({
    documentFile: label('document.json'),
    document: doc.value,
    factsFile: label('facts.json'),
    facts: facts.value,
    texts,
  });
}
