// Node-side reading of dataset folders: a dataset is a folder holding document.json, facts.json
// and the text file that document.json names. Validation itself is the pure src/domain code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateDataset, type ValidationIssue, type ValidationResult } from '../../src/domain/validate';

export function findDatasetDirs(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'facts.json')) || existsSync(join(dir, 'document.json'))) found.push(dir);
    for (const name of readdirSync(dir).sort()) {
      const child = join(dir, name);
      if (statSync(child).isDirectory()) walk(child);
    }
  };
  walk(root);
  return found;
}

function readJson(path: string, label: string): { value?: unknown; issue?: ValidationIssue } {
  if (!existsSync(path)) return { issue: { file: label, path: '', rule: 'file', message: 'expected this file to exist' } };
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { issue: { file: label, path: '', rule: 'json', message: `expected valid JSON: ${(error as Error).message}` } };
  }
}

export function readDataset(dir: string, cwd = process.cwd()): ValidationResult {
  const label = (name: string) => relative(cwd, join(dir, name)) || name;
  const doc = readJson(join(dir, 'document.json'), label('document.json'));
  const facts = readJson(join(dir, 'facts.json'), label('facts.json'));
  const issues = [doc.issue, facts.issue].filter((i): i is ValidationIssue => i !== undefined);
  if (issues.length > 0) return { ok: false, issues };
  const textFile = (doc.value as { textFile?: unknown } | null)?.textFile;
  const texts: Record<string, string> = {};
  if (typeof textFile === 'string' && !textFile.includes('..') && existsSync(join(dir, textFile)))
    texts[textFile] = readFileSync(join(dir, textFile), 'utf8');
  return validateDataset({
    documentFile: label('document.json'),
    document: doc.value,
    factsFile: label('facts.json'),
    facts: facts.value,
    texts,
  });
}
