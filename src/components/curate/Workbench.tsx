// The curation workbench: a new document's metadata and text, the reading view where a selection
// becomes a fact, suggestions, the draft's facts and its problems, undo/redo and export. The draft
// lives in draftStore (saved at every change, merged into the workspace when valid).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Entity, FuzzyDate } from '../../domain/schema';
import { useCurate } from '../../i18n/curate';
import { useApp } from '../../store/store';
import { draftIssues, type Draft } from '../../workspace/draftDataset';
import { DocumentForm } from './DocumentForm';
import { useDraft } from './draftStore';
import { EntityForm, quoteOf, RelationForm } from './EntityForm';
import { EventForm } from './EventForm';
import { EvidenceForm } from './EvidenceForm';
import { downloadBundle, downloadFolder } from './exportDraft';
import { FactList } from './FactList';
import { ReadingPane, type FormKind } from './ReadingPane';
import type { Mark } from './ReadingView';
import { factCoverage } from '../../curation/sentences';
import { dateSuggestions, mentionSuggestions, type DateSuggestion, type Suggestion } from './suggest';
import { Suggestions } from './Suggestions';
import './Workbench.css';

interface OpenForm {
  kind: FormKind;
  start: number;
  end: number;
  date?: FuzzyDate;
}

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

export function Workbench({ onClose }: { onClose: () => void }) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const workspaceEntities = useApp((st) => st.workspace.dataset?.entities);
  const { loaded, history, syncProblem, load, start, change, undo, redo, finish } = useDraft();
  const [form, setForm] = useState<OpenForm | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const draft = history?.present ?? null;

  const issues = useMemo(() => (draft ? draftIssues(draft) : []), [draft]);
  const docErrors = (path: string) => issues.filter((i) => i.file === 'document.json' && i.path === path).map((i) => i.message);
  const entityById = useMemo(() => {
    const map = new Map<string, Entity>((workspaceEntities ?? []).map((e) => [e.id, e]));
    for (const e of draft?.facts.entities ?? []) map.set(e.id, e);
    return map;
  }, [workspaceEntities, draft?.facts.entities]);
  const taken = useMemo(() => {
    const ids = new Set(entityById.keys());
    for (const f of [...(draft?.facts.events ?? []), ...(draft?.facts.relations ?? [])]) ids.add(f.id);
    return ids;
  }, [entityById, draft?.facts.events, draft?.facts.relations]);

  const text = draft?.text ?? '';
  const knownEntities = useMemo(() => [...entityById.values()], [entityById]);
  const mentions = useMemo(() => mentionSuggestions(text, knownEntities), [text, knownEntities]);
  const dates = useMemo(() => dateSuggestions(text, draft?.meta.published, lang), [text, draft?.meta.published, lang]);
  // Only the facts and the decisions change the list (never the document's fields: typing a title
  // must not redo it).
  const facts = draft?.facts;
  const dismissedKeys = draft?.dismissed;
  const suggestions = useMemo((): Suggestion[] => {
    if (!facts || !dismissedKeys) return [];
    const dismissed = new Set(dismissedKeys);
    const quoted = (id: string, a: number, b: number) => facts.entities.some((e) => e.id === id && e.evidence.some((ev) => ev.start === a && ev.end === b));
    const inEvent = (a: number, b: number) => facts.events.some((e) => e.evidence.some((ev) => ev.start <= a && ev.end >= b));
    return [...mentions.filter((m) => !quoted(m.entity, m.start, m.end)), ...dates.filter((d) => !inEvent(d.start, d.end))].filter((x) => !dismissed.has(x.key)).sort((a, b) => a.start - b.start);
  }, [facts, dismissedKeys, mentions, dates]);
  const cover = useMemo(() => factCoverage(text, draft?.facts ?? { entities: [], events: [], relations: [] }), [text, draft?.facts]);
  const marks = useMemo(() => (facts ? [...evidenceMarks(facts), ...suggestions.map((x) => ({ start: x.start, end: x.end, type: 'suggestion' }))] : []), [facts, suggestions]);

  const accept = (item: Suggestion) => {
    if (item.type === 'date') {
      // A date belongs to an event: open one on the sentence that states it.
      const { start: a, end: b } = cover.spans.find((x) => x.start <= item.start && x.end >= item.end) ?? item;
      setForm({ kind: 'v', start: a, end: b, date: (item as DateSuggestion).date });
      return;
    }
    const known = entityById.get(item.entity);
    if (!known) return;
    change((d) => {
      const ev = quoteOf(d, item.start, item.end, known.name.en);
      const i = d.facts.entities.findIndex((e) => e.id === item.entity);
      const entities = i >= 0 ? d.facts.entities.map((e, j) => (j === i ? { ...e, evidence: [...e.evidence, ev] } : e)) : [...d.facts.entities, { ...adopt(known), evidence: [ev] }];
      return { ...d, facts: { ...d.facts, entities } };
    });
  };
  const dismiss = (item: Suggestion) => change((d) => ({ ...d, dismissed: [...d.dismissed, item.key] }));
  const removeFact = (section: 'entities' | 'events' | 'relations', index: number) =>
    change((d) => ({ ...d, facts: { ...d.facts, [section]: (d.facts[section] as unknown[]).filter((_, i) => i !== index) } }));
  const saveForm = (next: Draft) => {
    change(() => next);
    setForm(null);
    queueMicrotask(() => document.querySelector<HTMLElement>('[data-testid="curate-reading"]')?.focus());
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
    } else if (e.key === 'Escape' && !form) {
      e.preventDefault();
      onClose();
    }
  };

  // Undo, redo and Escape anywhere in the dialog (a native listener: the dialog is no widget).
  const keys = useRef(onKeyDown);
  useEffect(() => {
    keys.current = onKeyDown;
  });
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const listener = (e: globalThis.KeyboardEvent) => keys.current(e);
    el.addEventListener('keydown', listener);
    return () => el.removeEventListener('keydown', listener);
  }, []);

  // Stable handlers for the memoised reading view and suggestion list (a keystroke in a field
  // re-renders the workbench; it must not re-render a 50,000-character text or its suggestions).
  const latest = useRef({ accept, dismiss });
  useEffect(() => {
    latest.current = { accept, dismiss };
  });
  const onAccept = useCallback((x: Suggestion) => latest.current.accept(x), []);
  const onDismiss = useCallback((x: Suggestion) => latest.current.dismiss(x), []);
  const onAct = useCallback((kind: FormKind, from: number, to: number) => setForm({ kind, start: from, end: to }), []);

  const formProps = draft && form ? { draft, start: form.start, end: form.end, taken, onSave: saveForm, onCancel: () => setForm(null) } : null;
  const valid = draft !== null && issues.length === 0;

  return (
    <div className="curate" role="dialog" aria-modal="true" aria-labelledby="curate-title" ref={dialog} data-testid="curate">
      <header className="curate-bar">
        <h2 id="curate-title">{s.title}</h2>
        {draft ? (
          <>
            <button type="button" onClick={undo} disabled={!history?.past.length} aria-keyshortcuts="Control+Z">
              {s.undo}
            </button>
            <button type="button" onClick={redo} disabled={!history?.future.length} aria-keyshortcuts="Control+Shift+Z">
              {s.redo}
            </button>
            <button type="button" onClick={() => downloadFolder(draft)} data-testid="curate-export-folder">
              {s.exportFolder}
            </button>
            <button type="button" onClick={() => downloadBundle(draft)}>
              {s.exportBundle}
            </button>
            <button type="button" onClick={finish} title={s.finishNote}>
              {s.finish}
            </button>
          </>
        ) : null}
        <button type="button" className="curate-close" onClick={onClose}>
          {s.close}
        </button>
      </header>
      {!loaded ? null : !draft ? (
        <p className="curate-start">
          <button type="button" onClick={start} data-testid="curate-new">
            {s.newDocument}
          </button>
        </p>
      ) : (
        <div className="curate-grid">
          <DocumentForm draft={draft} change={change} errors={docErrors} />
          <ReadingPane text={text} rtl={draft.meta.language === 'fa' || draft.meta.language === 'ar'} marks={marks} onAct={onAct} />
          <div className="curate-side">
            {formProps && form?.kind === 'e' ? <EntityForm {...formProps} /> : null}
            {formProps && form?.kind === 'v' ? <EventForm key={`${form.start}:${form.end}`} {...formProps} dates={dates} initialDate={form.date} /> : null}
            {formProps && form?.kind === 'r' ? <RelationForm {...formProps} /> : null}
            {formProps && form?.kind === 'a' ? <EvidenceForm {...formProps} /> : null}
            <p className={valid ? 'curate-ok' : 'curate-problems'} role="status" data-testid="curate-status">
              {valid ? `${s.valid} ${s.inWorkspace}` : s.problems(issues.length)}
              {syncProblem?.startsWith('taken:') ? ` ${s.taken(syncProblem.slice(6))}` : syncProblem ? ` ${syncProblem}` : ''}
            </p>
            <Suggestions text={text} items={suggestions} entityById={entityById} covered={cover.withFact} sentences={cover.sentences} onAccept={onAccept} onDismiss={onDismiss} />
            <FactList draft={draft} issues={issues} onRemove={removeFact} />
          </div>
        </div>
      )}
    </div>
  );
}
