import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readDataset } from '../../scripts/lib/read-dataset';
import { toBundle } from './bundle';
import { importInto, readImport, type ImportFile } from './import';

const files = (dir: string): ImportFile[] =>
  readdirSync(dir)
    .filter((name) => existsSync(join(dir, name)))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
const secondFiles = files('tests/fixtures/second-article');
const realFiles = files('data/aran-news-baku');
const brokenRoot = 'tests/fixtures/broken';
const issuesOf = (input: ImportFile[]) => {
  const result = readImport(input);
  return result.ok ? [] : result.issues;
};

describe('readImport: a dataset folder’s files', () => {
  it('validates document.json + facts.json + the text, like data:check', () => {
    const result = readImport(secondFiles);
    expect(result.ok).toBe(true);
    expect(result.ok && result.dataset.documents.map((d) => d.id)).toEqual(['test-second-article']);
  });

  // Dataset folders only: a folder holding a workspace bundle.json is restored, not imported.
  const datasetFolders = readdirSync(brokenRoot).filter((name) => !existsSync(join(brokenRoot, name, 'bundle.json')));
  it.each(datasetFolders)('refuses the broken fixture %s with the issues data:check reports', (name) => {
    const expected = readDataset(join(brokenRoot, name), join(brokenRoot, name));
    expect(expected.ok).toBe(false);
    const strip = (i: { file: string; path: string; rule: string; message: string }) => [i.file, i.path, i.rule, i.message];
    expect(issuesOf(files(join(brokenRoot, name))).map(strip)).toEqual(expected.ok ? [] : expected.issues.map(strip));
  });

  it('says what is missing or ambiguous', () => {
    const [document, facts, text] = ['document.json', 'facts.json', 'source.txt'].map((n) => secondFiles.find((f) => f.name === n) as ImportFile);
    expect(issuesOf([document as ImportFile, facts as ImportFile])).toEqual([expect.objectContaining({ file: 'document.json', path: 'textFile', rule: 'text-present' })]);
    expect(issuesOf([facts as ImportFile, text as ImportFile])).toEqual([expect.objectContaining({ file: 'facts.json', rule: 'files' })]);
    expect(issuesOf([document as ImportFile, text as ImportFile])).toEqual([expect.objectContaining({ rule: 'files', message: expect.stringContaining('expected a dataset') })]);
    expect(issuesOf([...secondFiles, { ...(facts as ImportFile), name: 'facts2.json' }])).toEqual([expect.objectContaining({ rule: 'files', message: expect.stringContaining('one dataset at a time') })]);
    expect(issuesOf([])).toEqual([expect.objectContaining({ rule: 'files' })]);
    expect(issuesOf([{ name: 'x.json', text: '{"hello": 1}' }])).toEqual([expect.objectContaining({ file: 'x.json', rule: 'file-kind' })]);
    expect(issuesOf([{ name: 'x.json', text: '[1, 2]' }])).toEqual([expect.objectContaining({ file: 'x.json', rule: 'file-kind' })]);
  });

  it('refuses a cyjs that Kavosh did not write', () => {
    const foreign = { name: 'other.cyjs', text: JSON.stringify({ format_version: '1.0', elements: { nodes: [], edges: [] } }) };
    expect(issuesOf([foreign])).toEqual([expect.objectContaining({ file: 'other.cyjs', path: 'generated_by', rule: 'cyjs' })]);
  });

  it('applies the size guard to texts and JSON alike, before reading', () => {
    const big = 60 * 1024 * 1024;
    expect(issuesOf([{ name: 'source.txt', text: '', size: big }, ...secondFiles.filter((f) => f.name !== 'source.txt')])).toEqual([
      expect.objectContaining({ file: 'source.txt', rule: 'size' }),
    ]);
    expect(issuesOf([{ name: 'b.json', text: '{}', size: big }])).toEqual([expect.objectContaining({ file: 'b.json', rule: 'size' })]);
  });

  it('never throws, whatever the files hold', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.constantFrom('a.json', 'document.json', 'facts.json', 'source.txt', 'g.cyjs'), text: fc.oneof(fc.string(), fc.json()) }), { maxLength: 4 }), (input) => {
        expect(() => importInto(null, input)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('importInto', () => {
  const real = readImport(realFiles);
  if (!real.ok) throw new Error('the real data must be valid');

  it('merges a valid import and counts what changed', () => {
    const result = importInto(real.dataset, secondFiles);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.documents.map((d) => d.id)).toEqual(['test-second-article']);
    expect(result.summary).toMatchObject({ newEntities: 2, mergedEntities: 2, newEvents: 2, newRelations: 1 });
  });

  it('leaves the current dataset untouched when the import fails', () => {
    const before = JSON.stringify(real.dataset);
    const result = importInto(real.dataset, files(join(brokenRoot, 'quote-mismatch')));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(real.dataset)).toBe(before);
    // …and when it succeeds: the merge builds a new dataset.
    importInto(real.dataset, secondFiles);
    expect(JSON.stringify(real.dataset)).toBe(before);
  });

  it('refuses a document id that is already loaded with another text', () => {
    const second = readImport(secondFiles);
    if (!second.ok) throw new Error('fixture');
    const other = toBundle(second.dataset);
    const doc = other.documents[0];
    if (!doc) throw new Error('fixture');
    doc.document = { ...doc.document, id: 'aran-news-baku' };
    for (const list of [other.facts.entities, other.facts.events, other.facts.relations])
      for (const fact of list) for (const ev of fact.evidence) ev.doc = 'aran-news-baku';
    for (const event of other.facts.events) for (const p of event.participants) for (const ev of p.evidence) ev.doc = 'aran-news-baku';
    const result = importInto(real.dataset, [{ name: 'clash.json', text: JSON.stringify(other) }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ rule: 'unique-id', message: expect.stringContaining('already loaded with another text') })]);
  });
});
