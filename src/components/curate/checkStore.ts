// The draft's problems as data:check words them (validateDraft), kept beside the draft store and
// checked after the change that made them is on the screen: a fact saved, an undo, a load are
// checked in the next task; keys typed in a field at the first pause (CHECK_PAUSE_MS) and within
// CHECK_MAX_MS however fast the typing, as draftStore writes them. Checking in a deferred render of
// the workbench re-rendered the whole workbench twice per key, and flipped the status line's
// aria-busy twice per key; now a key typed in a document field renders that field, and the
// problems (shown beside the fields, in the fact list and the status line) follow at the pause.
// `of` is the draft the problems speak of: the status line is busy while it is not the one shown.
// The same problems keep the same array, so views memoised on them do not re-render.
import { create } from 'zustand';
import { validateDraft, type Draft, type DraftIssue } from '../../curation/draft';
import { registerSettleSource } from '../../settle';
import { lastChangeTyped, useDraft } from './draftStore';

interface CheckState {
  of: Draft | null;
  issues: DraftIssue[];
}

export const useCheck = create<CheckState>()(() => ({ of: null, issues: [] }));

export const CHECK_PAUSE_MS = 200;
export const CHECK_MAX_MS = 1000;
let timer: ReturnType<typeof setTimeout> | null = null;
let since = 0;

/** Checks the draft shown now, at once (a no-op when it is the one last checked). */
export function checkNow() {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  const draft = useDraft.getState().history?.present ?? null;
  const last = useCheck.getState();
  if (draft === last.of) return;
  const issues = draft ? validateDraft(draft) : [];
  useCheck.setState({ of: draft, issues: JSON.stringify(issues) === JSON.stringify(last.issues) ? last.issues : issues });
}

function schedule(typed: boolean) {
  const now = Date.now();
  if (timer === null) since = now;
  else clearTimeout(timer);
  timer = setTimeout(checkNow, typed ? Math.max(0, Math.min(CHECK_PAUSE_MS, since + CHECK_MAX_MS - now)) : 0);
}

useDraft.subscribe((st, prev) => {
  if (st.history?.present !== prev.history?.present) schedule(lastChangeTyped());
});
// A draft loaded before this module was: checked in the next task too.
if (useDraft.getState().history) schedule(false);

registerSettleSource('curation-check', () => timer !== null, checkNow);

/** Whether the problems shown speak of an earlier draft than the one shown (a check is due). */
export const useChecking = () => {
  const of = useCheck((st) => st.of);
  return useDraft((st) => (st.history?.present ?? null) !== of);
};
