import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataset } from '../../scripts/lib/read-dataset';
import { sha256Hex } from '../domain/validate';
import { readBundle } from '../domain/bundle';
import { toDatasetFolder } from './datasetFolder';
import { createDraft, draftReducer, spanEvidence, type Draft } from './draft';
import { findDatePhrases } from './datePhrases';

const ZWNJ = '\u200c';
// A made-up test article (not a real report), with ZWNJ, Arabic yeh, a combining mark and LTR text.
const TEXT = `نشست آزمایشی\n\nروز سه${ZWNJ}شنبه ۱۸ دی ماه ۱۴۰۱ هیئت ترکیه با مقام‌های جمهوری آذربايجان در باکو دیدار کرد (Test Report).\nپایانِ متن.`;

function writeFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kavosh-curation-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content, 'utf8');
  return dir;
}

function curated(): Draft {
  let d = createDraft(
    {
      id: 'test-curation',
      title: { fa: 'نشست آزمایشی', en: 'A test meeting' },
      language: 'fa',
      outlet: { fa: 'نشریه آزمون', en: 'Test Outlet' },
      citationChain: [{ fa: 'خبرگزاری آزمون', en: 'Test Agency' }],
      published: { precision: 'day', value: '2023-01-12', certainty: 'stated' },
      textFile: 'source.txt',
    },
    TEXT,
  );
  const q = (s: string, translation: string) => {
    const start = d.text.indexOf(s);
    return spanEvidence(d.text, start, start + s.length, { doc: 'test-curation', translation });
  };
  d = draftReducer(d, { type: 'addEntity', entity: { id: 'turkey', kind: 'country', name: { fa: 'ترکیه', en: 'Turkey' }, aliases: [], evidence: [q('ترکیه', 'Turkey')] } });
  d = draftReducer(d, { type: 'addEntity', entity: { id: 'azerbaijan', kind: 'country', name: { fa: 'جمهوری آذربایجان', en: 'Azerbaijan' }, aliases: [], evidence: [q('جمهوری آذربايجان', 'the Republic of Azerbaijan')] } });
  const date = findDatePhrases(d.text, d.document.published).find((s) => s.kind === 'solarHijriFull');
  if (!date) throw new Error('expected a Solar Hijri date suggestion');
  d = draftReducer(d, {
    type: 'addEvent',
    event: {
      id: 'test-meeting', kind: 'meeting', label: { fa: 'دیدار هیئت ترکیه در باکو', en: 'Turkish delegation meets in Baku' }, shortLabel: { fa: 'دیدار باکو', en: 'Baku meeting' },
      status: 'happened', date: date.date, evidence: [q('دیدار کرد', 'met')],
      participants: [
        { entity: 'turkey', role: 'visitor', roleFa: 'مهمان', evidence: [q('هیئت ترکیه', 'the Turkish delegation')] },
        { entity: 'azerbaijan', role: 'host', roleFa: 'میزبان', evidence: [q('مقام‌های جمهوری آذربايجان', 'officials of the Republic of Azerbaijan')] },
      ],
    },
  });
  return draftReducer(d, { type: 'acceptSuggestion', id: date.id });
}

describe('toDatasetFolder', () => {
  it('writes a folder that the data:check reader accepts unchanged', () => {
    const folder = toDatasetFolder(curated());
    expect(Object.keys(folder).sort()).toEqual(['document.json', 'facts.json', 'source.txt']);
    const dir = writeFolder(folder);
    try {
      const result = readDataset(dir);
      expect(result.issues).toEqual([]);
      expect(result.ok && result.dataset.events[0]?.date).toMatchObject({ precision: 'day', value: '2023-01-08', certainty: 'stated' });
      // Stored byte for byte: ZWNJ, Arabic yeh and the kasra kept.
      expect(readFileSync(join(dir, 'source.txt'), 'utf8')).toBe(TEXT);
      const doc = JSON.parse(folder['document.json']) as { sha256: string };
      expect(doc.sha256).toBe(sha256Hex(TEXT));
      expect(Object.keys(doc)).toEqual(['id', 'title', 'language', 'outlet', 'citationChain', 'published', 'textFile', 'sha256', 'uncoveredSentences']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an invalid draft gives a folder that data:check rejects, for the same reason validateDraft gives', () => {
    const d = draftReducer(curated(), { type: 'updateEvidence', target: { kind: 'entity', id: 'turkey' }, index: 0, patch: { start: 0 } });
    const dir = writeFolder(toDatasetFolder(d));
    try {
      const result = readDataset(dir);
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => [i.path, i.rule])).toEqual([['entities[0].evidence[0].quote', 'quote']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries the document\'s URL through the folder (after the citation chain) and a bundle, and data:check refuses a javascript: one', () => {
    const d = draftReducer(curated(), { type: 'setUrl', url: 'https://example.org/news/1?a=b' });
    const folder = toDatasetFolder(d);
    expect(Object.keys(JSON.parse(folder['document.json']) as object).slice(4, 6)).toEqual(['citationChain', 'url']);
    const dir = writeFolder(folder);
    try {
      const result = readDataset(dir);
      expect(result.issues).toEqual([]);
      expect(result.ok && result.dataset.documents[0]?.url).toBe('https://example.org/news/1?a=b');
      writeFileSync(join(dir, 'document.json'), folder['document.json'].replace('https://example.org/news/1?a=b', 'javascript:alert(1)'));
      const hostile = readDataset(dir);
      expect(hostile.ok).toBe(false);
      expect(hostile.issues.map((i) => [i.file.endsWith('document.json'), i.path])).toEqual([[true, 'url']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The workbench's bundle (exportDraft.ts's shape), read back as an import reads it.
    const bundle = (url: string) => JSON.parse(JSON.stringify({ kavoshBundle: 1, documents: [{ document: { ...d.document, url }, text: d.text, facts: d.facts }] })) as unknown;
    const read = readBundle('draft.kavosh.json', bundle('https://example.org/news/1?a=b'));
    expect(read.ok && read.dataset.documents[0]?.url).toBe('https://example.org/news/1?a=b');
    const refused = readBundle('draft.kavosh.json', bundle('data:text/html,<script>alert(1)</script>'));
    expect(refused.ok).toBe(false);
    expect(refused.issues.some((i) => i.path.endsWith('url'))).toBe(true);
  });

  it('refuses what it cannot store faithfully', () => {
    const d = curated();
    expect(() => toDatasetFolder({ ...d, document: { ...d.document, textFile: '../x.txt' } })).toThrow(/plain file name/);
    expect(() => toDatasetFolder({ ...d, text: `\uFEFF${d.text}` })).toThrow(/byte-order mark/);
  });
});
