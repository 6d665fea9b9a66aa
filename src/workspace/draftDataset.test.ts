// A curation draft: its validation is data:check's, its valid part (and only that) enters the
// workspace, and taking it out leaves the workspace as it was.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/lib/read-dataset';
import type { Entity, KEvent } from '../domain/schema';
import { openDB } from 'idb';
import { draftReducer, validateDraft, type Draft } from '../curation/draft';
import { sha256Hex } from '../domain/validate';
import { emptyDraft, migrateDraft, validPart, withDraft } from './draftDataset';
import { draftWriter, IdbDraftStorage, pack, unpack } from './drafts';

const real = (() => {
  const r = readDataset('data/aran-news-baku');
  if (!r.ok) throw new Error('the built-in article must be valid');
  return r.dataset;
})();

const TEXT = 'هیئتی از ترکیه در باکو دیدار کرد.\u200Cپایان';

function draft(): Draft {
  const d = draftReducer(emptyDraft(), { type: 'setText', text: TEXT });
  return draftReducer(d, { type: 'setDocument', patch: { id: 'test-draft', title: { fa: 'آزمون', en: 'Test' }, outlet: { fa: 'نمونه', en: 'Sample' }, published: { precision: 'day', value: '2024-01-10', certainty: 'stated' } } });
}

const turkey = (d: Draft): Entity => {
  const start = TEXT.indexOf('ترکیه');
  return { id: 'turkey', kind: 'country', name: { fa: 'ترکیه', en: 'Turkey' }, aliases: [], evidence: [{ doc: d.document.id, quote: 'ترکیه', start, end: start + 5, translation: 'Turkey' }] };
};

const meeting = (d: Draft, participant: string): KEvent => ({
  id: 'test-meeting',
  kind: 'meeting',
  label: { fa: 'دیدار', en: 'Meeting' },
  shortLabel: { fa: 'دیدار', en: 'Meeting' },
  participants: [{ entity: participant, role: 'participant', roleFa: 'شرکت‌کننده', evidence: [{ doc: d.document.id, quote: TEXT.slice(0, 10), start: 0, end: 10, translation: 'a delegation' }] }],
  date: { precision: 'day', value: '2024-01-08', certainty: 'stated' },
  status: 'happened',
  evidence: [{ doc: d.document.id, quote: TEXT.slice(0, 10), start: 0, end: 10, translation: 'a delegation' }],
});

describe('a curation draft', () => {
  it('reports what data:check would, by JSON path, and nothing once it is whole', () => {
    const empty = emptyDraft();
    const paths = validateDraft(empty).map((i) => `${i.file}:${i.path}`);
    expect(paths).toEqual(expect.arrayContaining(['document.json:id', 'document.json:title.fa', 'document.json:outlet.en']));
    const d = draft();
    expect(validateDraft({ ...d, facts: { entities: [turkey(d)], events: [meeting(d, 'turkey')], relations: [] } })).toEqual([]);
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
    const full = { ...d, facts: { entities: [turkey(d)], events: [meeting(d, 'turkey')], relations: [] } };
    const { facts } = draftReducer(full, { type: 'setDocument', patch: { id: 'renamed' } });
    expect(facts.entities[0]?.evidence[0]?.doc).toBe('renamed');
    expect(facts.events[0]?.participants[0]?.evidence[0]?.doc).toBe('renamed');
    expect(facts.events[0]?.evidence[0]?.doc).toBe('renamed');
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

describe('the draft writer', () => {
  it('skips a write still waiting when a newer one comes, and always ends with the newest', async () => {
    const saved: Array<string | null> = [];
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const underway = new Promise<void>((r) => (started = r));
    const writer = draftWriter({
      load: () => Promise.resolve(null),
      save: async (v) => {
        if (saved.length === 0 && v?.draft.text === TEXT) {
          started();
          await gate; // the first write is slow
        }
        saved.push(v?.draft.text ?? null);
      },
    });
    const d = draft();
    const first = writer.write({ draft: d, past: [], future: [] });
    await underway;
    const later = ['a', 'b', 'c'].map((text) => writer.write({ draft: { ...d, text }, past: [], future: [] }));
    expect(writer.saving()).toBe(true);
    release();
    await Promise.all([first, ...later]);
    // The first was under way and lands; a and b were overtaken while waiting; c, the newest, lands last.
    expect(saved).toEqual([TEXT, 'c']);
    expect(writer.saving()).toBe(false);
  });
});

describe('the stored draft record', () => {
  it('keeps the text once and gives every history step its text back', () => {
    const d = draft();
    const other = { ...d, text: 'another text' };
    const value = { draft: d, past: [d, other, d], future: [d] };
    const packed = pack(value);
    expect(packed.past.map((x) => x.text)).toEqual([null, 'another text', null]);
    expect(packed.draft.text).toBe('');
    expect(unpack(packed)).toEqual(value);
  });
});

describe('a draft stored before the workbench shared src/curation\'s Draft', () => {
  it('is read back in today\'s shape: meta becomes the document, dismissed keys become decisions, the url is kept', async () => {
    const d = draft();
    const facts = { entities: [turkey(d)], events: [meeting(d, 'turkey')], relations: [] };
    // The shape the workbench wrote (drafts.ts's packed record, with `meta` and `dismissed` drafts).
    const meta = { id: 'test-draft', title: { fa: 'آزمون', en: 'Test' }, language: 'fa', outlet: { fa: 'نمونه', en: 'Sample' }, citationChain: [], published: { precision: 'day', value: '2024-01-10', certainty: 'stated' }, url: 'https://example.org/a' };
    const old = { meta, text: TEXT, facts, dismissed: ['date:0:4'] };
    const earlier = { meta: { ...meta, published: { precision: 'day', value: '', certainty: 'stated' }, url: '' }, text: TEXT, facts: { entities: [], events: [], relations: [] }, dismissed: [] };
    const name = 'kavosh-drafts-legacy';
    const db = await openDB(name, 1, { upgrade: (x) => void x.createObjectStore('drafts') });
    await db.put('drafts', { text: TEXT, draft: { ...old, text: '' }, past: [{ ...earlier, text: null }], future: [] }, 'current');
    db.close();

    const read = await new IdbDraftStorage(name).load();
    expect(read?.draft.document).toMatchObject({ id: 'test-draft', title: meta.title, outlet: meta.outlet, published: meta.published, textFile: 'source.txt', sha256: sha256Hex(TEXT) });
    expect(read?.draft).not.toHaveProperty('meta');
    expect(read?.draft.decisions).toEqual({ 'date:0:4': 'dismissed' });
    expect(read?.draft.document.url).toBe('https://example.org/a');
    expect(read?.draft.text).toBe(TEXT);
    expect(read?.draft.facts).toEqual(facts);
    // It is whole: data:check finds nothing, and the emptied date field of the earlier step is absent, not ''.
    expect(validateDraft(read!.draft)).toEqual([]);
    expect(read?.past[0]?.document.published).toEqual({ precision: 'day', certainty: 'stated' });
    expect(read?.past[0]?.text).toBe(TEXT);
    // Written back, it is stored in today's shape.
    await new IdbDraftStorage(name).save(read!);
    expect(pack(read!).draft).toHaveProperty('document');
  });
});

describe('the draft\'s text in IndexedDB', () => {
  it('is written under its own key only when it changed, and read back with the record', async () => {
    const name = 'kavosh-drafts-text';
    const storage = new IdbDraftStorage(name);
    const d = draft();
    await storage.save({ draft: d, past: [emptyDraft()], future: [] });
    const db = await openDB(name, 1);
    expect(await db.get('drafts', 'text')).toBe(TEXT);
    expect((await db.get('drafts', 'current')).text).toBeNull();
    // Another instance wrote something else under the key: this one, having written TEXT, does not write it again.
    await db.put('drafts', 'stale', 'text');
    await storage.save({ draft: { ...d, document: { ...d.document, title: { ...d.document.title, en: 'Renamed' } } }, past: [d], future: [] });
    expect(await db.get('drafts', 'text')).toBe('stale');
    await storage.save({ draft: { ...d, text: `${TEXT}!` }, past: [d], future: [] });
    expect(await db.get('drafts', 'text')).toBe(`${TEXT}!`);
    const read = await new IdbDraftStorage(name).load();
    expect(read?.draft.text).toBe(`${TEXT}!`);
    expect(read?.past[0]?.text).toBe(TEXT);
    await storage.save(null);
    expect(await db.get('drafts', 'text')).toBeUndefined();
    expect(await new IdbDraftStorage(name).load()).toBeNull();
    db.close();
  });
});

describe('a draft stored with its url beside the document', () => {
  it('has the url moved into the document (the schema\'s field), an empty one dropped', () => {
    const d = draft();
    expect(migrateDraft({ ...d, url: 'https://example.org/a' }).document.url).toBe('https://example.org/a');
    const empty = migrateDraft({ ...d, url: '' });
    expect(empty).not.toHaveProperty('url');
    expect(empty.document).not.toHaveProperty('url');
  });
});
