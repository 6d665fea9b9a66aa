// The stored zip is read back by Info-ZIP's unzip (as a curator's machine would), byte for byte,
// Persian text and ZWNJ kept; its CRC-32 is zlib's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { datasetArchiveFiles, folderName, toDatasetFolder } from './datasetFolder';
import { testDraft } from './testDraft';
import { crc32, storedZip } from './zip';

const ZWNJ = '\u200c';
const TEXT = `متن ساختگی آزمون: هیئت${ZWNJ}ها در باکو دیدار کردند.\n😀 «ترکیه» و Turkey.\n`;

describe('storedZip', () => {
  it('computes the CRC-32 zlib computes', () => {
    const encoder = new TextEncoder();
    for (const s of ['', 'a', 'The quick brown fox', TEXT, 'x'.repeat(10_000)]) expect(crc32(encoder.encode(s))).toBe(zlibCrc32(encoder.encode(s)));
  });

  it('is read back by unzip, every file byte for byte, folders and UTF-8 names included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kavosh-zip-'));
    try {
      const bytes = new Uint8Array([0, 1, 2, 255, 254, 10, 13]);
      const zip = storedZip({ 'doc/source.txt': TEXT, 'doc/facts.json': '{}\n', 'doc/بایت.bin': bytes, 'empty.txt': '' }, new Date(2024, 0, 10, 12, 30, 14));
      writeFileSync(join(dir, 'a.zip'), zip);
      expect(execFileSync('unzip', ['-tq', join(dir, 'a.zip')], { encoding: 'utf8' })).toContain('No errors');
      expect(execFileSync('unzip', ['-Z1', join(dir, 'a.zip')], { encoding: 'utf8' }).trim().split('\n')).toEqual(['doc/source.txt', 'doc/facts.json', 'doc/بایت.bin', 'empty.txt']);
      execFileSync('unzip', ['-q', join(dir, 'a.zip'), '-d', join(dir, 'out')]);
      expect(readFileSync(join(dir, 'out/doc/source.txt'), 'utf8')).toBe(TEXT);
      expect(readFileSync(join(dir, 'out/doc/facts.json'), 'utf8')).toBe('{}\n');
      expect([...readFileSync(join(dir, 'out/doc/بایت.bin'))]).toEqual([...bytes]);
      expect(readFileSync(join(dir, 'out/empty.txt'), 'utf8')).toBe('');
      // Unpacked as ordinary files, readable by all (the test runs as root, who reads anything: so the mode itself).
      expect(statSync(join(dir, 'out/doc/source.txt')).mode & 0o777).toBe(0o644);
      // The time written is the one given (DOS time: two-second steps).
      expect(execFileSync('unzip', ['-Z', '-T', join(dir, 'a.zip'), 'empty.txt'], { encoding: 'utf8' })).toContain('20240110.123014');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses paths that would leave the folder', () => {
    expect(() => storedZip({ '../x': 'a' })).toThrow(/relative path/);
    expect(() => storedZip({ '/x': 'a' })).toThrow(/relative path/);
    expect(() => storedZip({ 'a//b': 'a' })).toThrow(/relative path/);
  });
});

describe('datasetArchiveFiles', () => {
  it("puts the folder's files under the document id, as toDatasetFolder writes them", () => {
    const draft = testDraft(TEXT);
    const files = datasetArchiveFiles(draft);
    expect(Object.keys(files).sort()).toEqual(['test-article/document.json', 'test-article/facts.json', 'test-article/source.txt']);
    const plain = toDatasetFolder(draft);
    for (const [name, content] of Object.entries(plain)) expect(files[`test-article/${name}`]).toBe(content);
    // An id that is not a valid one (a path part) does not name the folder.
    expect(folderName({ ...draft, document: { ...draft.document, id: '../evil' } })).toBe('draft');
    expect(folderName({ ...draft, document: { ...draft.document, id: '' } })).toBe('draft');
  });
});
