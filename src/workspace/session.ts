// The workspace session: binds the store's workspace slice to a WorkspaceStorage. Every change of
// documents (import, remove, undo, restore, clear) is SAVED FIRST and shown after, so a failed save
// (a full disk, a browser that refuses storage) changes nothing on screen or on disk and says why;
// showing or hiding a document is shown at once and saved behind it. Saves run one at a time.
import type { Dataset } from '../domain/schema';
import type { AppStore } from '../store/store';
import { describeStorageError } from './idbStorage';
import { MemoryStorage, type WorkspaceStorage } from './storage';
import type { ValidationIssue } from '../domain/validate';
import { DEFAULT_CHOICES, toStored, toWorkspaceBundle, type WorkspaceBundle } from './stored';
import { withoutDocuments, type Workspace } from './visible';

// Reading a workspace back (a stored one, a bundle file) validates it with data:check's rules:
// zod and the schemas, loaded only when there is something to read, so a first visit (nothing
// stored) paints without them.
const readers = () => Promise.all([import('./workspace'), import('../domain/validate')]);

/** A save that failed; the store's `workspace.storageError` says the same. */
export class StorageFailure extends Error {}

export interface WorkspaceSession {
  /** Loads the saved workspace, or the default one when nothing was saved. */
  open(): Promise<void>;
  /** Saves `next` and then shows it; throws StorageFailure (and shows nothing new) when saving fails. */
  commit(next: Workspace, undo?: { workspace: Workspace; removed: string[] } | null): Promise<void>;
  remove(id: string): Promise<void>;
  undo(): Promise<void>;
  clear(): Promise<void>;
  /** Replaces the workspace with a bundle file's; returns the problems when it is refused. */
  restore(file: string, value: unknown): Promise<ValidationIssue[]>;
  exportBundle(): WorkspaceBundle | null;
  /** Whether a save is still running (for the app's settled signal). */
  saving(): boolean;
  /** The workspace as the store holds it now. */
  current(): Workspace | null;
  stop(): void;
}

export function createWorkspaceSession(store: AppStore, initialStorage: WorkspaceStorage, loadDefault: () => Dataset): WorkspaceSession {
  let storage = initialStorage;
  let queue: Promise<unknown> = Promise.resolve();
  let quiet = false;
  let inFlight = 0;

  const current = (): Workspace | null => {
    const { dataset, hidden, grades, disputes, merges, sameAs } = store.getState().workspace;
    return dataset ? { dataset, choices: { hidden, grades, disputes, merges, sameAs } } : null;
  };
  const persistent = () => store.getState().workspace.persistent;

  /** Queues a save; resolves when it is done, rejects with a StorageFailure. */
  const save = (workspace: Workspace): Promise<void> => {
    inFlight += 1;
    const run = queue.then(async () => {
      try {
        await storage.save(toStored(workspace));
        store.getState().setWorkspaceMeta({ storageError: null });
      } catch (error) {
        const message = describeStorageError(error);
        store.getState().setWorkspaceMeta({ storageError: message });
        throw new StorageFailure(message, { cause: error });
      } finally {
        inFlight -= 1;
      }
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const show = (workspace: Workspace, undo: { workspace: Workspace; removed: string[] } | null = null) => {
    quiet = true;
    try {
      store.getState().setWorkspace(workspace, undo);
    } finally {
      quiet = false;
    }
  };

  // Showing or hiding a document (a click, or a link's `docs=`), grading, merging and unmerging
  // entities and marking them "possibly the same" are saved after they are shown.
  const unsubscribe = store.subscribe((s, prev) => {
    const w = s.workspace;
    const was = prev.workspace;
    const changed = w.hidden !== was.hidden || w.grades !== was.grades || w.merges !== was.merges || w.sameAs !== was.sameAs;
    if (quiet || !s.workspace.persistent || !changed) return;
    const workspace = current();
    if (workspace) save(workspace).catch(() => undefined); // the error is in the store, shown by the panel
  });

  const commit = async (next: Workspace, undo: { workspace: Workspace; removed: string[] } | null = null) => {
    if (persistent()) await save(next);
    show(next, undo);
  };

  return {
    async open() {
      let stored: unknown = null;
      let problem: string | null = null;
      try {
        stored = await storage.load();
      } catch (error) {
        storage = new MemoryStorage();
        problem = describeStorageError(error);
      }
      const modules = stored ? await readers() : null;
      const read = stored && modules ? modules[0].migrateStored('saved workspace', stored) : null;
      if (read?.ok) show(read.workspace);
      else {
        show({ dataset: loadDefault(), choices: DEFAULT_CHOICES });
        if (read && !read.ok && modules) problem = `the saved workspace could not be read (${read.issues.slice(0, 3).map(modules[1].formatIssue).join('; ')}); the built-in article is shown`;
      }
      store.getState().setWorkspaceMeta({ persistent: true, storage: storage.kind, storageError: problem });
    },
    commit,
    async remove(id) {
      const before = current();
      if (!before || !before.dataset.documents.some((d) => d.id === id)) return;
      const next = { dataset: withoutDocuments(before.dataset, [id]), choices: { ...before.choices, hidden: before.choices.hidden.filter((h) => h !== id) } };
      await commit(next, { workspace: before, removed: [id] });
    },
    async undo() {
      const undo = store.getState().workspace.undo;
      if (undo) await commit(undo.workspace);
    },
    async clear() {
      if (persistent()) {
        const run = queue.then(() => storage.clear());
        queue = run.catch(() => undefined);
        try {
          await run;
        } catch (error) {
          const message = describeStorageError(error);
          store.getState().setWorkspaceMeta({ storageError: message });
          throw new StorageFailure(message, { cause: error });
        }
      }
      const before = current();
      show({ dataset: loadDefault(), choices: DEFAULT_CHOICES }, before ? { workspace: before, removed: before.dataset.documents.map((d) => d.id) } : null);
      store.getState().setWorkspaceMeta({ storageError: null });
    },
    async restore(file, value) {
      const [{ readWorkspaceBundle }] = await readers();
      const read = readWorkspaceBundle(file, value);
      if (!read.ok) return read.issues;
      const before = current();
      await commit(read.workspace, before ? { workspace: before, removed: [] } : null);
      return [];
    },
    exportBundle() {
      const workspace = current();
      return workspace ? toWorkspaceBundle(workspace) : null;
    },
    saving: () => inFlight > 0,
    current,
    stop: unsubscribe,
  };
}
