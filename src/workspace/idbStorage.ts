// The workspace in the browser's IndexedDB, through `idb` (promises over the raw request API).
// One database, two object stores: `documents` (one record per document: its metadata and text)
// and `meta` (the merged facts and the user's choices). `save` writes everything in ONE readwrite
// transaction across both stores, so IndexedDB's own atomicity gives "all or nothing": a quota
// error or a value that cannot be stored aborts the transaction and the previous workspace stays.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DocumentMeta, Facts } from '../domain/schema';
import type { WorkspaceStorage } from './storage';
import type { StoredWorkspace, WorkspaceChoices } from './workspace';

const DB_NAME = 'kavosh';
const DB_VERSION = 1;

interface KavoshDB extends DBSchema {
  documents: { key: string; value: { id: string; order: number; document: DocumentMeta; text: string } };
  meta: { key: 'facts' | 'workspace'; value: Facts | { schemaVersion: number; choices: WorkspaceChoices } };
}

/** Words a user can act on, whatever the browser threw. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return `the browser's storage for this site is full (${message})`;
  if (name === 'InvalidStateError' || name === 'UnknownError') return `the browser's storage is unavailable (${message})`;
  return message || name || 'unknown storage error';
}

export class IdbStorage implements WorkspaceStorage {
  readonly kind = 'indexeddb' as const;
  private db: Promise<IDBPDatabase<KavoshDB>> | null = null;

  /** `name` lets tests keep databases apart (they install fake-indexeddb as the global). */
  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBPDatabase<KavoshDB>> {
    this.db ??= openDB<KavoshDB>(this.name, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('documents', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    }).catch((error: unknown) => {
      this.db = null; // let a later call try again
      throw error;
    });
    return this.db;
  }

  async load(): Promise<StoredWorkspace | null> {
    const db = await this.open();
    const tx = db.transaction(['documents', 'meta'], 'readonly');
    const [docs, facts, workspace] = await Promise.all([
      tx.objectStore('documents').getAll(),
      tx.objectStore('meta').get('facts'),
      tx.objectStore('meta').get('workspace'),
      tx.done,
    ]);
    if (!workspace) return null;
    const { schemaVersion, choices } = workspace as { schemaVersion: number; choices: WorkspaceChoices };
    return {
      schemaVersion,
      choices,
      documents: docs.sort((a, b) => a.order - b.order).map(({ document, text }) => ({ document, text })),
      facts: (facts as Facts | undefined) ?? { entities: [], events: [], relations: [] },
    };
  }

  async save(workspace: StoredWorkspace): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['documents', 'meta'], 'readwrite');
    const docs = tx.objectStore('documents');
    const meta = tx.objectStore('meta');
    // Every request's promise is kept so that, if one fails, the others (rejected by the abort)
    // are awaited here instead of surfacing as unhandled rejections.
    const requests: Array<Promise<unknown>> = [];
    try {
      const wanted = new Set(workspace.documents.map((d) => d.document.id));
      for (const id of await docs.getAllKeys()) if (!wanted.has(id)) requests.push(docs.delete(id));
      workspace.documents.forEach(({ document, text }, order) => requests.push(docs.put({ id: document.id, order, document, text })));
      requests.push(meta.put(workspace.facts, 'facts'));
      requests.push(meta.put({ schemaVersion: workspace.schemaVersion, choices: workspace.choices }, 'workspace'));
      await Promise.all([...requests, tx.done]);
    } catch (error) {
      // A put that throws (DataCloneError) or rejects (QuotaExceededError) must not commit the
      // others: abort, then wait for the transaction to settle before reporting.
      try {
        tx.abort();
      } catch {
        // Already aborted by the browser.
      }
      await Promise.allSettled([...requests, tx.done]);
      throw error;
    }
  }

  async clear(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(['documents', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('documents').clear(), tx.objectStore('meta').clear(), tx.done]);
  }

  close(): void {
    void this.db?.then((db) => db.close());
    this.db = null;
  }
}
