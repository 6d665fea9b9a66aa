// The page's one workspace session. The built-in article's workspace is kept in IndexedDB; a
// `?data=` folder is what the link loads, so it is shown without being saved (memory only).
import { registerSettleSource } from '../settle';
import { appStore } from '../store/store';
import { IdbStorage } from './idbStorage';
import { createWorkspaceSession, type WorkspaceSession } from './session';
import { MemoryStorage } from './storage';

let session: WorkspaceSession | null = null;

async function builtin() {
  const { loadBuiltinDataset } = await import('../builtinDataset');
  return loadBuiltinDataset;
}

/** Opens the saved workspace (or the built-in article) into the store. */
export async function openBrowserWorkspace(): Promise<WorkspaceSession> {
  const loadDefault = await builtin();
  const storage = typeof indexedDB === 'undefined' ? new MemoryStorage() : new IdbStorage();
  session = createWorkspaceSession(appStore, storage, loadDefault);
  const opened = session;
  // Tests and scripts that await the settled signal also wait for the workspace to be saved.
  registerSettleSource('workspace-save', () => opened.saving());
  await session.open();
  return session;
}

/** The session for components: for `?data=` folders, one that keeps changes in memory. */
export function workspaceSession(): WorkspaceSession {
  session ??= createWorkspaceSession(appStore, new MemoryStorage(), () => {
    throw new Error('no default workspace for a ?data= folder');
  });
  return session;
}
