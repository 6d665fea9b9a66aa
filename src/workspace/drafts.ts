// Where the workbench keeps the draft being curated, with its undo history: its own IndexedDB
// database beside the workspace's (so the workspace's stores and their versions stay as they are),
// one record under one key. Every change is written at once; writes run one at a time, in order,
// and `saving()` tells the app's settled signal whether one is still running.
import { openDB, type IDBPDatabase } from 'idb';
import type { Draft } from '../curation/draft';
import { migrateDraft } from './draftDataset';

export interface StoredDraft {
  draft: Draft;
  past: readonly Draft[];
  future: readonly Draft[];
}

/**
 * The record as stored: the text once, and each draft of the history without it where it is the
 * same text (it almost always is: the text is fixed once a fact quotes it). Without this, every
 * keystroke would write a hundred copies of a long article.
 */
interface StoredRecord {
  text: string;
  draft: Draft;
  past: StepRecord[];
  future: StepRecord[];
}
type StepRecord = Omit<Draft, 'text'> & { text: string | null };

export function pack(value: StoredDraft): StoredRecord {
  const { text } = value.draft;
  const strip = (d: Draft): StepRecord => (d.text === text ? { ...d, text: null } : d);
  return { text, draft: { ...value.draft, text: '' }, past: value.past.map(strip), future: value.future.map(strip) };
}

/**
 * The record read back: every step given its text, and each step in today's draft shape (a draft
 * saved before the workbench shared src/curation's Draft is migrated, so it resumes as it was).
 */
export function unpack(record: StoredRecord | StoredDraft): StoredDraft {
  const packed = typeof (record as StoredRecord).text === 'string';
  const text = packed ? (record as StoredRecord).text : '';
  const fill = (d: StepRecord | Draft): Draft => migrateDraft((packed && d.text === null ? { ...d, text } : d) as Draft);
  return { draft: fill(packed ? { ...record.draft, text } : record.draft), past: record.past.map(fill), future: record.future.map(fill) };
}

export interface DraftStorage {
  load(): Promise<StoredDraft | null>;
  save(value: StoredDraft | null): Promise<void>;
}

export class MemoryDraftStorage implements DraftStorage {
  constructor(private value: StoredDraft | null = null) {}
  load() {
    return Promise.resolve(this.value ? structuredClone(this.value) : null);
  }
  save(value: StoredDraft | null) {
    this.value = value ? structuredClone(value) : null;
    return Promise.resolve();
  }
}

const STORE = 'drafts';
const KEY = 'current';
/**
 * The text under a key of its own, written only when it changed: a record holding a 50,000-character
 * text is over Chromium's 64 KB limit for inline IndexedDB values and is written as a blob, which
 * cost ~12 ms of the main thread at every keystroke in a form (profile); without it the record is small.
 */
const TEXT_KEY = 'text';

export class IdbDraftStorage implements DraftStorage {
  private db: Promise<IDBPDatabase> | null = null;
  /** The text this instance last read or wrote under TEXT_KEY (null: unknown, write it). */
  private storedText: string | null = null;
  constructor(private readonly name = 'kavosh-drafts') {}
  private open() {
    this.db ??= openDB(this.name, 1, {
      upgrade(db) {
        db.createObjectStore(STORE);
      },
    }).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }
  async load(): Promise<StoredDraft | null> {
    const db = await this.open();
    const record = (await db.get(STORE, KEY)) as (Omit<StoredRecord, 'text'> & { text?: string | null }) | StoredDraft | undefined;
    if (!record) return null;
    // A record written before the text had its own key holds it (or is a draft of the first shape).
    if ('text' in record && typeof record.text === 'string') return unpack(record as StoredRecord);
    if (!('past' in record) || (record as StoredDraft).draft.text) return unpack(record as StoredDraft);
    const text = ((await db.get(STORE, TEXT_KEY)) as string | undefined) ?? '';
    this.storedText = text;
    return unpack({ ...(record as Omit<StoredRecord, 'text'>), text });
  }
  async save(value: StoredDraft | null): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORE, 'readwrite');
    if (!value) {
      await Promise.all([tx.store.delete(KEY), tx.store.delete(TEXT_KEY), tx.done]);
      this.storedText = null;
      return;
    }
    const { text, ...rest } = pack(value);
    const writes: Array<Promise<unknown>> = [tx.store.put({ ...rest, text: null }, KEY)];
    if (text !== this.storedText) writes.push(tx.store.put(text, TEXT_KEY));
    // Committed now rather than once the puts are acknowledged: a write made as the page is left
    // (draftStore's pagehide) is otherwise dropped with the page before it commits.
    tx.commit();
    await Promise.all([...writes, tx.done]);
    this.storedText = text;
  }
}

/**
 * Serialises writes and counts them, so a later write never lands before an earlier one. A write
 * still waiting its turn when a newer one arrives is skipped (the newer holds everything it had):
 * typing fast in a long draft then costs one write per finished write, not one per keystroke.
 */
export function draftWriter(storage: DraftStorage) {
  let queue: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  let latest = 0;
  return {
    write(value: StoredDraft | null): Promise<void> {
      inFlight += 1;
      const mine = ++latest;
      const run = queue.then(() => (mine === latest ? storage.save(value) : undefined)).finally(() => {
        inFlight -= 1;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    saving: () => inFlight > 0,
  };
}
