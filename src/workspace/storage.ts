// Where the workspace is kept between visits. A small interface so the app and the tests do not
// care whether it is IndexedDB (idbStorage.ts) or memory (this file): `save` replaces the whole
// stored workspace atomically — it either succeeds completely or leaves the previous workspace as
// it was — and every failure is a rejected promise with a message a user can read.
import type { StoredWorkspace } from './workspace';

export interface WorkspaceStorage {
  /** The saved workspace, or null when nothing was ever saved (the built-in article applies). */
  load(): Promise<StoredWorkspace | null>;
  /** Replaces the saved workspace, all or nothing. */
  save(workspace: StoredWorkspace): Promise<void>;
  /** Forgets the saved workspace. */
  clear(): Promise<void>;
  /** Said to the user: where the work is kept ("this browser", "memory only"). */
  readonly kind: 'indexeddb' | 'memory';
}

/**
 * Keeps the workspace in memory: for Node tests, and as the fallback when the browser refuses
 * IndexedDB (the user is told that their work will not survive a reload). `failNextSave` lets
 * tests stand in for a full disk.
 */
export class MemoryStorage implements WorkspaceStorage {
  readonly kind = 'memory' as const;
  private saved: StoredWorkspace | null = null;
  private failure: Error | null = null;

  constructor(initial: StoredWorkspace | null = null) {
    this.saved = initial ? structuredClone(initial) : null;
  }

  failNextSave(error: Error): void {
    this.failure = error;
  }

  async load(): Promise<StoredWorkspace | null> {
    return this.saved ? structuredClone(this.saved) : null;
  }

  async save(workspace: StoredWorkspace): Promise<void> {
    if (this.failure) {
      const error = this.failure;
      this.failure = null;
      throw error;
    }
    // Cloning first: a value that cannot be stored fails before anything is replaced.
    this.saved = structuredClone(workspace);
  }

  async clear(): Promise<void> {
    this.saved = null;
  }
}
