// The curation workbench: a new document's metadata and text, the reading view where a selection
// becomes a fact, suggestions, the draft's facts and its problems, undo/redo and export. The draft
// lives in draftStore (saved at every change, merged into the workspace when valid).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { acceptMention, dismiss as dismissAction, pending } from '../../curation/accept';
import { findDatePhrases } from '../../curation/datePhrases';
import type { Draft, DraftAction } from '../../curation/draft';
import { findMentions, sameNames } from '../../curation/mentions';
import { removeWithReferences } from '../../curation/removal';
import type { Entity, KEvent, Relation } from '../../domain/schema';
import { useCurate } from '../../i18n/curate';
import { useT } from '../../i18n/useT';
import { useApp } from '../../store/store';
import { DocumentForm } from './DocumentForm';
import { useDraft } from './draftStore';
import { useCheck, useChecking } from './checkStore';
import { EntityForm, RelationForm } from './EntityForm';
import { EventForm } from './EventForm';
import { EvidenceForm } from './EvidenceForm';
import { downloadBundle, downloadFolder } from './exportDraft';
import { FactList } from './FactList';
import { forgetAllForms, forgetForm, formKey, hasKept } from './keptForm';
import { wrapTab } from './focusTrap';
import { readLeftForm, readOpenForm, writeLeftForm, writeOpenForm, type FormKind, type OpenForm } from './openForm';
import { ReadingPane } from './ReadingPane';
import type { Mark } from './ReadingView';
import { factCoverage } from '../../curation/sentences';
import { isMention, Suggestions, type Suggestion } from './Suggestions';
import './Workbench.css';


function evidenceMarks(facts: Draft['facts']): Mark[] {
  const { entities, events, relations } = facts;
  return [
    ...entities.flatMap((e) => e.evidence.map((ev) => ({ start: ev.start, end: ev.end, type: 'entity' }))),
    ...events.flatMap((e) => e.evidence.map((ev) => ({ start: ev.start, end: ev.end, type: 'event' }))),
    ...relations.flatMap((r) => r.evidence.map((ev) => ({ start: ev.start, end: ev.end, type: 'relation' }))),
  ];
}

/** A known entity as the draft's own: its names and reconciliation, none of its other quotes. */
function adopt(entity: Entity): Entity {
  const { country: _country, evidence: _evidence, credibility: _credibility, ...rest } = entity;
  return { ...rest, evidence: [] };
}

// The draft store's actions (they never change) and the draft as it is now, read when acted on.
const store = () => useDraft.getState();
const load = () => store().load();
const start = () => store().start();
const dispatch = (action: DraftAction) => store().dispatch(action);
const undo = () => store().undo();
const redo = () => store().redo();
const finish = () => store().finish();
const current = () => store().history?.present ?? null;

export function Workbench({ onClose }: { onClose: () => void }) {
  const s = useCurate();
  const t = useT();
  const lang = useApp((st) => st.lang);
  const setLang = useApp((st) => st.setLang);
  const workspaceEntities = useApp((st) => st.workspace.dataset?.entities);
  // The parts of the draft the workbench shows, each followed on its own: a key typed in a
  // document field (DocumentForm's own) changes none of them and renders nothing here. The whole
  // draft is read when acted on (current()), and followed only while a fact's form is open (the
  // form is made from it).
  const loaded = useDraft((st) => st.loaded);
  const loadProblem = useDraft((st) => st.loadProblem);
  const hasDraft = useDraft((st) => st.history !== null);
  const canUndo = useDraft((st) => (st.history?.past.length ?? 0) > 0);
  const canRedo = useDraft((st) => (st.history?.future.length ?? 0) > 0);
  const text = useDraft((st) => st.history?.present.text ?? '');
  const facts = useDraft((st) => st.history?.present.facts);
  const decisions = useDraft((st) => st.history?.present.decisions);
  const docId = useDraft((st) => st.history?.present.document.id);
  const published = useDraft((st) => st.history?.present.document.published);
  const language = useDraft((st) => st.history?.present.document.language);
  const [form, setForm] = useState<OpenForm | null>(null);
  const draft = useDraft((st) => (form ? (st.history?.present ?? null) : null));
  // The form last closed unsaved (see closeForm).
  const [left, setLeftState] = useState<OpenForm | null>(null);
  useEffect(() => {
    void load();
  }, []);
  // The form that was open comes back after a reload (once the draft is loaded), and is kept as it changes.
  // Restored while rendering, once (React's pattern for state that follows a change; an effect
  // would render twice).
  const [restored, setRestored] = useState(false);
  if (loaded && !restored) {
    setRestored(true);
    const textLength = current()?.text.length;
    if (textLength !== undefined) {
      setForm(readOpenForm(textLength));
      setLeftState(readLeftForm(textLength));
    }
  }
  useEffect(() => {
    if (restored) writeOpenForm(form);
  }, [form, restored]);

  // data:check's validation of the whole draft, after the change is on the screen (checkStore.ts).
  const issues = useCheck((st) => st.issues);
  // The workspace's entities that are known from elsewhere, and the draft's own. An entity the
  // workspace knows only through this draft (every quote from this document) is the draft's copy,
  // merged up to 600 ms late: once removed from the draft it must not linger as "known" (its
  // mentions proposed, its id taken so a remade entity became "x-2").
  const entityById = useMemo(() => {
    const copy = (e: Entity) => !!docId && e.evidence.length > 0 && e.evidence.every((ev) => ev.doc === docId);
    const map = new Map<string, Entity>((workspaceEntities ?? []).filter((e) => !copy(e)).map((e) => [e.id, e]));
    for (const e of facts?.entities ?? []) map.set(e.id, e);
    return map;
  }, [workspaceEntities, facts?.entities, docId]);
  const taken = useMemo(() => {
    const ids = new Set(entityById.keys());
    for (const f of [...(facts?.events ?? []), ...(facts?.relations ?? [])]) ids.add(f.id);
    return ids;
  }, [entityById, facts?.events, facts?.relations]);

  // The same names keep the same array (sameNames): a draft save that changes none of them
  // recomputes no mentions and redraws no marks. (Kept as state that follows its input, React's
  // pattern for it: compared once per new list, while rendering.)
  const listed = useMemo(() => [...entityById.values()], [entityById]);
  const [names, setNames] = useState({ from: listed, list: listed });
  if (names.from !== listed) setNames({ from: listed, list: sameNames(names.list, listed) ? names.list : listed });
  const knownEntities = names.list;
  const mentions = useMemo(() => findMentions(text, knownEntities), [text, knownEntities]);
  // The finder needs a well-formed publication date; a half-typed one anchors nothing.
  const dates = useMemo(() => {
    const anchor = published && (published.precision === 'unknown' || published.value || published.start) ? published : null;
    return findDatePhrases(text, anchor);
  }, [text, published]);
  // Only the facts and the decisions change the list (never the document's fields: typing a title
  // must not redo it).
  const suggestions = useMemo((): Suggestion[] => {
    if (!facts || !decisions) return [];
    // A span already quoted by a form (not through the suggestion) is no longer a suggestion either.
    const quoted = (id: string, a: number, b: number) => facts.entities.some((e) => e.id === id && e.evidence.some((ev) => ev.start === a && ev.end === b));
    const inEvent = (a: number, b: number) => facts.events.some((e) => e.evidence.some((ev) => ev.start <= a && ev.end >= b));
    const open: Suggestion[] = [...mentions.filter((m) => !quoted(m.entityId, m.start, m.end)), ...dates.filter((d) => !inEvent(d.start, d.end))];
    // A mention accepted once whose quote is gone since (its entity removed, or the quote) is
    // proposed again: the decision spoke of a quote that no longer exists.
    const live = (x: Suggestion) => decisions[x.id] === 'accepted' && isMention(x);
    return [...pending({ decisions }, open), ...open.filter(live)].sort((a, b) => a.start - b.start);
  }, [facts, decisions, mentions, dates]);
  const cover = useMemo(() => factCoverage(text, facts ?? { entities: [], events: [], relations: [] }), [text, facts]);
  const marks = useMemo(() => (facts ? [...evidenceMarks(facts), ...suggestions.map((x) => ({ start: x.start, end: x.end, type: 'suggestion' }))] : []), [facts, suggestions]);

  // A form closed with Escape or Close keeps its fields (keptForm.ts); the last one left can be
  // brought back from here without selecting its quote again.
  const setLeft = (next: OpenForm | null) => {
    writeLeftForm(next);
    setLeftState(next);
  };
  // An edited fact's form is kept under its own key (a reload resumes the edit), never offered
  // back once closed: Close leaves the fact as saved and the next Edit starts from it.
  const keep = form ? (form.edit ? `edit:${form.edit.section}:${form.edit.id}` : formKey(form.kind, form.start, form.end)) : '';
  const closeForm = () => {
    if (form?.edit) {
      forgetForm(keep);
      const back = `[data-fact="${CSS.escape(form.edit.id)}"] button`;
      queueMicrotask(() => document.querySelector<HTMLElement>(back)?.focus());
    } else if (form && hasKept(keep)) setLeft(form);
    setForm(null);
  };
  const discardForm = () => {
    forgetForm(keep);
    setLeft(null);
    setForm(null);
  };
  const finishDraft = () => {
    forgetAllForms();
    setLeft(null);
    finish();
  };
  const accept = (item: Suggestion) => {
    if (!isMention(item)) {
      // A date belongs to an event: open one on the sentence that states it.
      const { start: a, end: b } = cover.spans.find((x) => x.start <= item.start && x.end >= item.end) ?? item;
      setForm({ kind: 'v', start: a, end: b, date: item.date, suggestion: item });
      return;
    }
    const known = entityById.get(item.entityId);
    const now = current();
    if (!known || !now) return;
    dispatch(acceptMention(now, item, adopt(known)));
  };
  const dismiss = (item: Suggestion) => dispatch(dismissAction(item));
  // A fact goes with every reference to it, in one undo step (FactList asks first when there are any).
  const removeFact = (section: 'entities' | 'events' | 'relations', id: string) => {
    const now = current();
    if (now) dispatch(removeWithReferences(now.facts, section, id, now.decisions));
  };
  const editFact = (section: 'entities' | 'events' | 'relations', id: string) => {
    const first = current()?.facts[section].find((f) => f.id === id)?.evidence[0];
    if (first) setForm({ kind: ({ entities: 'e', events: 'v', relations: 'r' } as const)[section], start: first.start, end: first.end, edit: { section, id } });
  };
  const saveForm = (action: DraftAction) => {
    // An event opened from a date phrase accepts that suggestion in the same step (one undo).
    const suggestion = form?.suggestion;
    dispatch(suggestion && action.type === 'addEvent' ? { type: 'batch', actions: [action, { type: 'acceptSuggestion', id: suggestion.id }] } : action);
    if (form) forgetForm(keep);
    if (!form?.edit) setLeft(null);
    setForm(null);
    // Back where the curator was: the reading view after a new fact, the fact's Edit button after an edit.
    const back = form?.edit ? `[data-fact="${CSS.escape(form.edit.id)}"] button` : '[data-testid="curate-reading"]';
    queueMicrotask(() => document.querySelector<HTMLElement>(back)?.focus());
  };

  const onKeyDown = (e: globalThis.KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && key === 'z') {
      e.preventDefault();
      if (e.shiftKey) redo();
      else undo();
    } else if (mod && key === 'y') {
      e.preventDefault();
      redo();
    } else if (dialog.current) wrapTab(dialog.current, e);
  };
  // Escape closes the innermost thing open: the reading view's selection and an open form take it
  // first (they prevent its default or stop it), then a form still open, then the workbench.
  const onEscape = () => (form ? closeForm() : onClose());

  // Undo, redo and Tab anywhere in the dialog (native listeners: the dialog is no widget).
  const keys = useRef({ onKeyDown, onEscape, onClose });
  useEffect(() => {
    keys.current = { onKeyDown, onEscape, onClose };
  });
  const dialog = useRef<HTMLDialogElement>(null);
  // A layout effect: the dialog is modal before the first paint, never shown as a plain box.
  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    // Modal: the page behind is inert (not focusable, not clickable, hidden from assistive tech).
    if (!el.open) el.showModal();
    const listener = (e: globalThis.KeyboardEvent) => keys.current.onKeyDown(e);
    // A key pressed while focus has fallen out of the dialog (to the body, when the focused
    // element was removed) is still the workbench's: Ctrl+Z must be its undo, not the browser's
    // native undo of whichever field was typed in last.
    const stray = (e: globalThis.KeyboardEvent) => {
      if (!(e.target instanceof Node) || !el.contains(e.target)) keys.current.onKeyDown(e);
    };
    // Escape is seen on the window, after React's handlers inside had their turn (the browser's own
    // close request for a modal dialog comes whether or not they took it, so it is not used).
    const escape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      keys.current.onEscape();
    };
    // The workbench closes through React (unmounting the dialog), never by the browser alone; a
    // close the page could not prevent is followed all the same.
    const cancel = (e: Event) => e.preventDefault();
    const closed = () => keys.current.onClose();
    el.addEventListener('keydown', listener);
    window.addEventListener('keydown', escape);
    window.addEventListener('keydown', stray);
    el.addEventListener('cancel', cancel);
    el.addEventListener('close', closed);
    return () => {
      el.removeEventListener('keydown', listener);
      window.removeEventListener('keydown', escape);
      window.removeEventListener('keydown', stray);
      el.removeEventListener('cancel', cancel);
      el.removeEventListener('close', closed);
    };
  }, []);

  // Stable handlers for the memoised reading view and suggestion list (a keystroke in a field
  // re-renders the workbench; it must not re-render a 50,000-character text or its suggestions).
  const latest = useRef({ accept, dismiss, removeFact, editFact });
  useEffect(() => {
    latest.current = { accept, dismiss, removeFact, editFact };
  });
  const onAccept = useCallback((x: Suggestion) => latest.current.accept(x), []);
  const onDismiss = useCallback((x: Suggestion) => latest.current.dismiss(x), []);
  const onRemoveFact = useCallback((section: 'entities' | 'events' | 'relations', id: string) => latest.current.removeFact(section, id), []);
  const onEditFact = useCallback((section: 'entities' | 'events' | 'relations', id: string) => latest.current.editFact(section, id), []);
  const onAct = useCallback((kind: FormKind, from: number, to: number) => setForm({ kind, start: from, end: to }), []);

  // Every quote names its document: without a valid document id no fact can be saved, and no field
  // of the form would say why (the problem is at the quote's "doc").
  const idProblem = useCheck((st) => st.issues.some((i) => i.file === 'document.json' && i.path === 'id'));
  const blocked = hasDraft && (!docId || idProblem) ? s.needsDocId : undefined;
  // The fact an edit form is for; gone (undone, removed) means no form.
  const editing = draft && form?.edit ? draft.facts[form.edit.section].find((f) => f.id === form.edit?.id) : undefined;
  const formProps = draft && form && (!form.edit || editing) ? { draft, start: form.start, end: form.end, taken, onSave: saveForm, onCancel: closeForm, onDiscard: discardForm, keep, blocked } : null;

  return (
    <dialog className="curate" aria-labelledby="curate-title" aria-describedby="curate-keys" ref={dialog} data-testid="curate">
      <header className="curate-bar">
        <h2 id="curate-title">{s.title}</h2>
        {hasDraft ? (
          <>
            <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
              {s.undo}
            </button>
            <button type="button" onClick={redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z">
              {s.redo}
            </button>
            <button type="button" onClick={() => current() && downloadFolder(current() as Draft)} data-testid="curate-export-folder">
              {s.exportFolder}
            </button>
            <button type="button" onClick={() => current() && downloadBundle(current() as Draft)}>
              {s.exportBundle}
            </button>
            <button type="button" onClick={finishDraft} title={s.finishNote}>
              {s.finish}
            </button>
          </>
        ) : null}
        {/* The page's own language switch is behind the modal workbench: a bilingual curator switches here. */}
        <button type="button" lang={lang === 'fa' ? 'en' : 'fa'} aria-label={t('languageLabel')} onClick={() => setLang(lang === 'fa' ? 'en' : 'fa')} data-testid="curate-lang">
          {t('language')}
        </button>
        <button type="button" className="curate-close" onClick={onClose} aria-keyshortcuts="Escape">
          {s.close}
        </button>
        <p className="curate-hint curate-keys" id="curate-keys">
          {s.keysHint}
        </p>
      </header>
      {/* Reading the draft back from IndexedDB can take a moment after a reload: never a blank dialog. */}
      {!loaded ? (
        <p className="curate-loading" role="status" aria-busy="true" data-testid="curate-loading">
          {s.loadingDraft}
        </p>
      ) : null}
      {loadProblem ? (
        <div className="curate-load-error" role="alert" data-testid="curate-load-error">
          <p>{s.loadFailed(loadProblem)}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {s.tryAgain}
          </button>
        </div>
      ) : null}
      {!loaded ? null : !hasDraft ? (
        <p className="curate-start">
          <button type="button" onClick={start} data-testid="curate-new">
            {s.newDocument}
          </button>
        </p>
      ) : (
        <div className="curate-grid">
          <DocumentForm issues={issues} />
          <ReadingPane text={text} rtl={language === 'fa' || language === 'ar'} marks={marks} onAct={onAct} />
          <div className="curate-side">
            {!form && left && hasKept(formKey(left.kind, left.start, left.end)) ? (
              <p>
                <button type="button" onClick={() => setForm(left)} data-testid="curate-resume-form">
                  {s.resumeForm(s.formKinds[left.kind] ?? left.kind)}
                </button>
              </p>
            ) : null}
            {formProps && form?.kind === 'e' ? <EntityForm key={keep} {...formProps} editing={editing as Entity | undefined} known={listed} /> : null}
            {formProps && form?.kind === 'v' ? <EventForm key={keep} {...formProps} dates={dates} initialDate={form.date} editing={editing as KEvent | undefined} /> : null}
            {formProps && form?.kind === 'r' ? <RelationForm key={keep} {...formProps} editing={editing as Relation | undefined} /> : null}
            {formProps && form?.kind === 'a' ? <EvidenceForm key={keep} {...formProps} /> : null}
            <CheckStatus />
            <Suggestions text={text} items={suggestions} entityById={entityById} covered={cover.withFact} sentences={cover.sentences} onAccept={onAccept} onDismiss={onDismiss} />
            {facts ? <FactList facts={facts} issues={issues} onRemove={onRemoveFact} onUndo={undo} onEdit={onEditFact} /> : null}
          </div>
        </div>
      )}
    </dialog>
  );
}

/**
 * The verdict on the draft last checked, busy while the check catches up with the one shown
 * (aria-busy: a test or a screen reader waits for it, so a stale "valid" is never taken as the
 * verdict). Its own component: busy is set once when keys start and cleared at the check (a pause),
 * not flipped twice per key, and nothing else renders with it.
 */
function CheckStatus() {
  const s = useCurate();
  const checked = useCheck((st) => st.of !== null);
  const count = useCheck((st) => st.issues.length);
  const checking = useChecking();
  const syncProblem = useDraft((st) => st.syncProblem);
  const valid = checked && count === 0;
  return (
    <p className={valid ? 'curate-ok' : 'curate-problems'} role="status" aria-busy={checking} data-testid="curate-status">
      {valid ? `${s.valid} ${s.inWorkspace}` : s.problems(count)}
      {syncProblem?.startsWith('taken:') ? ` ${s.taken(syncProblem.slice(6))}` : syncProblem ? ` ${syncProblem}` : ''}
    </p>
  );
}
