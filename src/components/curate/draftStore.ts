// The workbench's draft, with undo/redo, kept in step with two places: the drafts database (every
// change written, so a reload or a crashed tab resumes where the curator was) and the workspace
// (the draft's valid part merged in, so the graph, timeline, fact table and article view grow as
// facts are made). Both writes are settle sources: tests await them instead of sleeping.
//
// A fact, a decision, an undo is written at once. Keys typed in a field are written together:
// at the first pause (TYPING_PAUSE_MS), within TYPING_MAX_MS however fast the typing, and at
// once when the page is hidden or left (a reload, a closed tab, a switch away). Writing at every
// key cost ~1.5 ms of the main thread per key (an IndexedDB put and its promises), a tenth of a
// key's whole cost; a crash mid-word loses at most the last second's keys.
import { create } from 'zustand';
import { registerSettleSource } from '../../settle';
import { workspaceSession } from '../../workspace/browser';
import { createHistory, draftReducer, pushHistory, redo as redoStep, undo as undoStep, type Draft, type DraftAction, type History } from '../../curation/draft';
import { emptyDraft, validPart, withDraft } from '../../workspace/draftDataset';
import { draftWriter, IdbDraftStorage, MemoryDraftStorage, type StoredDraft } from '../../workspace/drafts';

interface DraftState {
  loaded: boolean;
  history: History<Draft> | null;
  /** The last workspace problem (a document id taken by another document, a failed save). */
  syncProblem: string | null;
  /** Why the saved draft could not be read back (load then starts empty, in memory). */
  loadProblem: string | null;
  /**
   * Counts the changes of the draft (each change, undo, redo, load): "has the draft changed since"
   * without holding on to a draft, for a view that is not handed the whole draft (FactList's notice).
   */
  changes: number;
  load(): Promise<void>;
  start(): void;
  /** A change (src/curation's reducer applies it); consecutive changes of one `group` (typing in one field) are one undo step. */
  dispatch(action: DraftAction, group?: string): void;
  undo(): void;
  redo(): void;
  /** Closes the draft: its facts stay in the workspace, the draft itself is forgotten. */
  finish(): void;
}

const storage = typeof indexedDB === 'undefined' ? new MemoryDraftStorage() : new IdbDraftStorage();
const writer = draftWriter(storage);

// The id under which the draft's document is in the workspace now (null: not there).
let syncedId: string | null = null;
let syncTimer: ReturnType<typeof setTimeout> | null = null;
let syncing = 0;
const SYNC_DELAY_MS = 600;
// What was last merged into the workspace (its facts and document, not its text), so a change
// that leaves the valid part as it was does not rebuild the graph.
let syncedSignature = 'null';
// The group of the last change (see `change`).
let lastGroup: string | undefined;
// Whether the last change was a key typed in a field (checkStore.ts checks those at a pause).
let lastTyped = false;
export const lastChangeTyped = () => lastTyped;

// Keys typed in a field not yet written (see the head of the file).
const TYPING_PAUSE_MS = 300;
const TYPING_MAX_MS = 1000;
let typedTimer: ReturnType<typeof setTimeout> | null = null;
let typedSince = 0;

registerSettleSource(
  'curation-save',
  () => writer.saving() || typedTimer !== null || syncTimer !== null || syncing > 0,
  () => {
    flushTyped();
    flushSync();
  },
);

// Leaving the page (a reload, a closed tab) or hiding it (another tab, a phone's home screen,
// after which the page may be killed unseen) writes what is pending while the page still runs.
if (typeof window !== 'undefined') {
  const leave = () => {
    flushTyped();
    flushSync();
  };
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });
}

function flushTyped() {
  if (typedTimer === null) return;
  clearTimeout(typedTimer);
  typedTimer = null;
  persist(useDraft.getState().history);
}

function persistTyped() {
  const now = Date.now();
  if (typedTimer === null) typedSince = now;
  else clearTimeout(typedTimer);
  typedTimer = setTimeout(flushTyped, Math.max(0, Math.min(TYPING_PAUSE_MS, typedSince + TYPING_MAX_MS - now)));
}

function persist(history: History<Draft> | null) {
  const value: StoredDraft | null = history ? { draft: history.present, past: history.past, future: history.future } : null;
  writer.write(value).catch((error: unknown) => useDraft.setState({ syncProblem: error instanceof Error ? error.message : String(error) }));
}

async function syncWorkspace() {
  const draft = useDraft.getState().history?.present;
  const session = workspaceSession();
  const workspace = session.current();
  if (!draft || !workspace) return;
  const part = validPart(draft);
  const id = part?.documents[0]?.id ?? null;
  const signature = part ? JSON.stringify([part.documents, part.entities, part.events, part.relations]) : 'null';
  if (signature === syncedSignature && id === syncedId) return;
  if (id && id !== syncedId && workspace.dataset.documents.some((d) => d.id === id)) {
    useDraft.setState({ syncProblem: `taken:${id}` });
    return;
  }
  syncing += 1;
  try {
    await session.commit(withDraft(workspace, syncedId, part));
    syncedId = id;
    syncedSignature = signature;
    useDraft.setState({ syncProblem: null });
  } catch (error) {
    useDraft.setState({ syncProblem: error instanceof Error ? error.message : String(error) });
  } finally {
    syncing -= 1;
  }
}

function flushSync() {
  if (syncTimer === null) return;
  clearTimeout(syncTimer);
  syncTimer = null;
  void syncWorkspace();
}

function scheduleSync() {
  if (syncTimer !== null) clearTimeout(syncTimer);
  syncTimer = setTimeout(() => {
    syncTimer = null;
    void syncWorkspace();
  }, SYNC_DELAY_MS);
}

/** The new history, written at once or, for a key typed in a field (`typed`), with the next keys. */
function set(history: History<Draft> | null, typed = false) {
  lastTyped = typed;
  useDraft.setState((st) => ({ history, changes: st.changes + 1 }));
  if (typed) persistTyped();
  else {
    // This write holds the keys still pending.
    if (typedTimer !== null) clearTimeout(typedTimer);
    typedTimer = null;
    persist(history);
  }
  if (history) scheduleSync();
}

export const useDraft = create<DraftState>()((setState, get) => ({
  loaded: false,
  history: null,
  syncProblem: null,
  loadProblem: null,
  changes: 0,
  async load() {
    if (get().loaded) return;
    let stored: StoredDraft | null = null;
    try {
      stored = await storage.load();
    } catch (error) {
      stored = null; // a browser that refuses storage: start empty, in memory, and say so
      setState({ loadProblem: error instanceof Error ? error.message : String(error) });
    }
    if (stored) {
      // The workspace already holds the draft's valid part (saved with it); take it back over.
      syncedId = validPart(stored.draft)?.documents[0]?.id ?? null;
      if (syncedId && !workspaceSession().current()?.dataset.documents.some((d) => d.id === syncedId)) syncedId = null;
    }
    syncedSignature = 'unknown'; // compare nothing: the first change re-merges
    lastTyped = false;
    setState({ loaded: true, history: stored ? { ...createHistory(stored.draft), past: stored.past, future: stored.future } : null, changes: get().changes + 1 });
  },
  start() {
    if (get().history) return;
    syncedId = null;
    syncedSignature = 'null';
    set(createHistory(emptyDraft()));
  },
  dispatch(action, group) {
    const history = get().history;
    if (!history) return;
    const draft = draftReducer(history.present, action);
    if (draft === history.present) return;
    const same = group !== undefined && group === lastGroup && history.past.length > 0;
    lastGroup = group;
    set(same ? { ...history, present: draft, future: [] } : pushHistory(history, draft), group !== undefined);
  },
  undo() {
    lastGroup = undefined;
    const history = get().history;
    if (history && history.past.length > 0) set(undoStep(history));
  },
  redo() {
    lastGroup = undefined;
    const history = get().history;
    if (history && history.future.length > 0) set(redoStep(history));
  },
  finish() {
    flushSync();
    syncedId = null;
    syncedSignature = 'null';
    set(null);
  },
}));
