// Hostile data, round two, on the command line and in files: one decoding rule for data:check, an
// import and `?data=` (UTF-8, or UTF-16 with its BOM; the BOM is never part of the text), and CLI
// misuse answered with one line and exit code 2 (README, "Scripts").
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataset } from '../../scripts/lib/read-dataset';
import { decodeText } from '../../src/domain/decode';
import { readImport } from '../../src/domain/import';
import { formatIssue } from '../../src/domain/validate';
import { cli } from './cli';

const fixtures = join(__dirname, '..', 'fixtures');

function dataCheck(...args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync(...cli('data-check', ...args), { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out, err: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout, err: e.stderr };
  }
}

/** The files of a fixture folder as the browser hands them to the importer: decoded by the rule. */
const asImport = (dir: string) =>
  readdirSync(dir).map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, text: decodeText(new Uint8Array(bytes)), size: bytes.length };
  });

describe('item 8: byte-order marks and UTF-16, one rule everywhere', () => {
  it('drops a UTF-8 BOM and decodes UTF-16 by its BOM', () => {
    const text = 'سلام، Baku';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    const le = [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toBe(text);
    const be = [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toBe(text);
  });

  it.each(['hostile-bom', 'hostile-utf16'])('%s: data:check and an import agree, and see the same text as the plain fixture', (name) => {
    const dir = join(fixtures, name);
    const checked = readDataset(dir);
    expect(checked.ok ? [] : checked.issues.map(formatIssue)).toEqual([]);
    const imported = readImport(asImport(dir));
    expect(imported.ok ? [] : imported.issues.map(formatIssue)).toEqual([]);
    const plain = readDataset(join(fixtures, 'mini'));
    if (!checked.ok || !imported.ok || !plain.ok) return;
    expect(checked.dataset.texts).toEqual(plain.dataset.texts);
    expect(imported.dataset).toEqual(checked.dataset);
    expect(checked.dataset.texts.mini?.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('item 9: data:check misuse is one line and exit code 2', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kavosh-cli-'));
  const loop = join(scratch, 'loop');
  mkdirSync(loop);
  symlinkSync(loop, join(loop, 'again'));
  symlinkSync(join(scratch, 'b'), join(scratch, 'a'));
  symlinkSync(join(scratch, 'a'), join(scratch, 'b'));
  const empty = join(scratch, 'empty');
  mkdirSync(empty);

  it.each([
    ['a missing folder', [join(scratch, 'nothing-here')], /no such folder/],
    ['a plain file', ['package.json'], /package\.json is not a folder/],
    ['a symbolic link loop', [join(scratch, 'a')], /symbolic link loop/],
    ['a folder whose only link loops back', [loop], /no dataset/],
    ['an empty folder', [empty], /no dataset/],
    ['an unknown option', ['--bogus'], /unknown option --bogus/],
  ])('%s', (_what, args, message) => {
    const run = dataCheck(...args);
    expect(run.code).toBe(2);
    const lines = run.err.trim().split('\n');
    expect(lines[0]).toMatch(/^data:check: /);
    expect(lines[0]).toMatch(message);
    expect(lines.slice(1)).toEqual(['usage: npm run data:check [DIR...]']);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it('a valid dataset still exits 0 and an invalid one 1', () => {
    expect(dataCheck('tests/fixtures/hostile-bom').code).toBe(0);
    expect(dataCheck('tests/fixtures/broken/duplicate-id').code).toBe(1);
  });
});
