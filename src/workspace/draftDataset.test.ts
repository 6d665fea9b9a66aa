// A curation draft: its validation is data:check's, its valid part (and only that) enters the
// workspace, and taking it out leaves the workspace as it was.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import type { Entity, KEvent } from '../domain/schema';
import { draftIssues, emptyDraft, renameDoc, validPart, withDraft, type Draft } from './draftDataset';
import { draftWriter, IdbDraftStorage } from './drafts';

const real = (() => {
  const r = readDataset('data/aran-news-baku');
  if (!r.ok) throw new Error('the built-in article must be valid');
  return r.dataset;
})();

const TEXT = 'هیئتی از ترکیه در باکو دیدار کرد.\u200Cپایان';

function draft(): Draft {
  const d = emptyDraft();
  return {
    ...d,
    meta: { ...d.meta, id: 'test-draft', title: { fa: 'آزمون', en: 'Test' }, outlet: { fa: 'نمونه', en: 'Sample' }, published: { precision: 'day', value: '2024-01-10', certainty: 'stated' } },
    text: TEXT,
  };
}

const turkey = (d: Draft): Entity => {
  const start = TEXT.indexOf('ترکیه');
  return { id: 'turkey', kind: 'country', name: { fa: 'ترکیه', en: 'Turkey' }, aliases: [], evidence: [{ doc: d.meta.id, quote: 'ترکیه', start, end: start + 5, translation: 'Turkey' }] };
};

const meeting = (d: Draft, participant: string): KEvent => ({
  id: 'test-meeting',
  kind: 'meeting',
  label: { fa: 'دیدار', en: 'Meeting' },
  shortLabel: { fa: 'دیدار', en: 'Meeting' },
  participants: [{ entity: participant, role: 'participant', roleFa: 'شرکت‌کننده', evidence: [{ doc: d.meta.id, quote: TEXT.slice(0, 10), start: 0, end: 10, translation: 'a delegation' }] }],
  date: { precision: 'day', value: '2024-01-08', certainty: 'stated' },
  status: 'happened',
  evidence: [{ doc: d.meta.id, quote: TEXT.slice(0, 10), start: 0, end: 10, translation: 'a delegation' }],
});

describe('a curation draft', () => {
  it('reports what data:check would, by JSON path, and nothing once it is whole', () => {
    const empty = emptyDraft();
    const paths = draftIssues(empty).map((i) => `${i.file}:${i.path}`);
    expect(paths).toEqual(expect.arrayContaining(['document.json:id', 'document.json:title.fa', 'document.json:outlet.en']));
    const d = draft();
    expect(draftIssues({ ...d, facts: { entities: [turkey(d)], events: [meeting(d, 'turkey')], relations: [] } })).toEqual([]);
  });

  it('lets only valid facts into the workspace, dropping those that need a broken one', () => {
    const d = draft();
    const broken = { ...turkey(d), evidence: [{ ...turkey(d).evidence[0]!, quote: 'not in the text' }] };
    const part = validPart({ ...d, facts: { entities: [broken], events: [meeting(d, 'turkey')], relations: [] } });
    expect(part?.documents.map((x) => x.id)).toEqual(['test-draft']);
    expect(part?.entities).toEqual([]);
    expect(part?.events).toEqual([]);
    expect(validPart(emptyDraft())).toBeNull();
  });

  it('merges into the workspace by id, and comes out again leaving the workspace as it was', () => {
    const d = draft();
    const full = { ...d, facts: { entities: [turkey(d)], events: [meeting(d, 'turkey')], relations: [] } };
    const base = { dataset: real, choices: { hidden: [] } };
    const withIt = withDraft(base, null, validPart(full));
    expect(withIt.dataset.documents.map((x) => x.id)).toEqual(['aran-news-baku', 'test-draft']);
    expect(withIt.dataset.events.some((e) => e.id === 'test-meeting')).toBe(true);
    const merged = withIt.dataset.entities.find((e) => e.id === 'turkey');
    expect(merged?.evidence.filter((ev) => ev.doc === 'test-draft')).toHaveLength(1);
    expect(merged?.evidence.length).toBe((real.entities.find((e) => e.id === 'turkey')?.evidence.length ?? 0) + 1);
    const without = withDraft(withIt, 'test-draft', null);
    expect(without.dataset.documents.map((x) => x.id)).toEqual(['aran-news-baku']);
    expect(without.dataset.entities.find((e) => e.id === 'turkey')?.evidence).toEqual(real.entities.find((e) => e.id === 'turkey')?.evidence);
  });

  it('moves every quote to the new document id when the id is renamed', () => {
    const d = draft();
    const facts = renameDoc({ entities: [turkey(d)], events: [meeting(d, 'turkey')], relations: [] }, 'test-draft', 'renamed');
    expect(facts.entities[0]?.evidence[0]?.doc).toBe('renamed');
    expect(facts.events[0]?.participants[0]?.evidence[0]?.doc).toBe('renamed');
  });
});

describe('the drafts store', () => {
  it('keeps the draft and its history in IndexedDB, writes in order, and forgets it when asked', async () => {
    const storage = new IdbDraftStorage('kavosh-drafts-test');
    const writer = draftWriter(storage);
    const d = draft();
    const first = writer.write({ draft: emptyDraft(), past: [], future: [] });
    const second = writer.write({ draft: d, past: [emptyDraft()], future: [] });
    expect(writer.saving()).toBe(true);
    await Promise.all([first, second]);
    expect(writer.saving()).toBe(false);
    const read = await new IdbDraftStorage('kavosh-drafts-test').load();
    expect(read?.draft.text).toBe(TEXT);
    expect(read?.past).toHaveLength(1);
    await writer.write(null);
    expect(await storage.load()).toBeNull();
  });
});

describe('the stored draft record', () => {
  it('keeps the text once and gives every history step its text back', async () => {
    const { pack, unpack } = await import('./drafts');
    const d = draft();
    const other = { ...d, text: 'another text' };
    const value = { draft: d, past: [d, other, d], future: [d] };
    const packed = pack(value);
    expect(packed.past.map((x) => x.text)).toEqual([null, 'another text', null]);
    expect(packed.draft.text).toBe('');
    expect(unpack(packed)).toEqual(value);
  });
});
