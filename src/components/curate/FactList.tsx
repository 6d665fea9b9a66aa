// The draft's facts, each with its problems (as data:check words them), an Edit and a Remove button.
// Remove is safe: a fact others refer to (an entity that is an event's place or participant, a
// relation's end, an entity's country) is not removed at once; the facts that refer to it are named
// and the curator removes it with those references (one undo step) or cancels. A fact nothing refers
// to goes at once, and a notice says so with an Undo button: asking every time would train a
// click-through, and undo already exists (a demanding curator wants speed and a way back).
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ValidationIssue } from '../../domain/validate';
import { kindName } from '../../i18n/kinds';
import { useCurate } from '../../i18n/curate';
import { useApp } from '../../store/store';
import type { Lang } from '../../i18n/strings';
import type { Facts } from '../../domain/schema';
import { referrers, type Section } from '../../curation/removal';
import { useDraft } from './draftStore';
import { ValidationMessages } from './Field';

interface Props {
  /** The draft's facts (the list is memoised: a key typed in a document field does not re-render it). */
  facts: Facts;
  issues: readonly ValidationIssue[];
  /** Removes the fact and every reference to it, as one undo step (removal.ts). */
  onRemove: (section: Section, id: string) => void;
  /** Undoes the last step (the removal the notice speaks of). */
  onUndo?: () => void;
  /** Opens the fact's form filled with its saved values. */
  onEdit: (section: Section, id: string) => void;
}

interface Row {
  section: Section;
  index: number;
  id: string;
  title: string;
  quotes: number;
}

/** The list's rows in a language: each fact's title as the reader sees it, and its count of quotes. */
function factRows(facts: Facts, lang: Lang): Row[] {
  const { entities, events, relations } = facts;
  const name = (id: string) => entities.find((e) => e.id === id)?.name[lang] ?? id;
  return [
    ...entities.map((e, index) => ({ section: 'entities' as const, index, id: e.id, title: `${kindName(e.kind, lang)}: ${e.name[lang] || e.id}`, quotes: e.evidence.length })),
    ...events.map((e, index) => ({
      section: 'events' as const,
      index,
      id: e.id,
      title: `${kindName(e.kind, lang)}: ${e.label[lang] || e.id} (${e.participants.map((p) => name(p.entity)).join(lang === 'fa' ? '، ' : ', ')})`,
      quotes: e.evidence.length + e.participants.reduce((n, p) => n + p.evidence.length, 0),
    })),
    ...relations.map((r, index) => ({ section: 'relations' as const, index, id: r.id, title: `${name(r.source)} ${kindName(r.kind, lang)} ${name(r.target)}`, quotes: r.evidence.length })),
  ];
}

type Focus = { to: 'undo' } | { to: 'cancel' } | { to: 'remove'; id: string } | null;

export const FactList = memo(function FactList({ facts, issues, onRemove, onUndo, onEdit }: Props) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const rows = factRows(facts, lang);
  const titleOf = (section: Section, id: string) => rows.find((r) => r.section === section && r.id === id)?.title ?? id;
  const problemsOf = (section: Section, index: number) => {
    const base = `${section}[${index}]`;
    return issues.filter((i) => i.file === 'facts.json' && (i.path === base || i.path.startsWith(`${base}.`) || i.path.startsWith(`${base}[`)));
  };

  // The fact whose removal waits for the curator's word, and the fact last removed (the notice).
  const [asking, setAsking] = useState<{ section: Section; id: string } | null>(null);
  // `after`: the draft store's change count once the removal was made. Once the draft changes again
  // the notice goes: its Undo (the workbench's one undo) would undo that later change, not the
  // removal. The count is followed only while there is a notice: otherwise a key typed in a
  // document field (a change of the draft) re-renders nothing here.
  const [removed, setRemoved] = useState<{ section: Section; id: string; title: Record<Lang, string>; after?: number } | null>(null);
  const changes = useDraft((st) => (removed ? st.changes : -1));
  // Where focus goes once the change is rendered (the element it goes to is new, or the one it was on is gone).
  const focus = useRef<Focus>(null);
  const setFocus = (next: Focus) => {
    focus.current = next;
  };
  const list = useRef<HTMLUListElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const to = focus.current;
    if (!to) return;
    focus.current = null;
    if (to.to === 'undo') notice.current?.querySelector<HTMLElement>('button')?.focus();
    else if (to.to === 'cancel') list.current?.querySelector<HTMLElement>('[data-confirm-cancel]')?.focus();
    else list.current?.querySelector<HTMLElement>(`li[data-fact="${CSS.escape(to.id)}"] [data-remove]`)?.focus();
  });
  const exists = (section: Section, id: string) => facts[section].some((f) => f.id === id);
  // A removal undone (here or with Ctrl+Z) has nothing left to announce; a fact asked about that is gone (undone) asks nothing.
  // Kept while rendering, once (React's pattern for state that follows a change).
  if (removed && removed.after === undefined && !exists(removed.section, removed.id)) setRemoved({ ...removed, after: changes });
  // Gone for good once the draft changed again (and the count is no longer followed).
  else if (removed?.after !== undefined && removed.after !== changes) setRemoved(null);
  const shownRemoved = removed && removed.after === changes ? removed : null;
  const shownAsking = asking && exists(asking.section, asking.id) ? asking : null;

  const remove = (section: Section, id: string) => {
    // Both languages: the notice follows a switch of language, and the fact is gone by then.
    const titleIn = (l: Lang) => factRows(facts, l).find((r) => r.section === section && r.id === id)?.title ?? id;
    setRemoved({ section, id, title: { en: titleIn('en'), fa: titleIn('fa') } });
    setAsking(null);
    onRemove(section, id);
    setFocus({ to: 'undo' });
  };
  const ask = (section: Section, id: string) => {
    if (referrers(facts, section, id).length === 0) remove(section, id);
    else {
      setAsking({ section, id });
      setFocus({ to: 'cancel' });
    }
  };
  const cancel = () => {
    const id = asking?.id;
    setAsking(null);
    if (id) setFocus({ to: 'remove', id });
  };
  const undoRemoval = () => {
    const back = shownRemoved;
    setRemoved(null);
    onUndo?.();
    if (back) setFocus({ to: 'remove', id: back.id });
  };
  // Escape on either answer cancels the question (and only that: the workbench sees it taken).
  const onConfirmKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    cancel();
  };

  return (
    <section className="curate-facts" aria-labelledby="curate-facts-heading">
      <h3 id="curate-facts-heading">{s.facts}</h3>
      {rows.length === 0 ? <p className="empty-hint">{s.noFacts}</p> : null}
      {/* Always in the page, so a screen reader hears what it comes to say. */}
      <div role="status" className="curate-removed" ref={notice} data-testid="curate-removed">
        {shownRemoved ? (
          <>
            {s.removed(shownRemoved.title[lang])}{' '}
            {onUndo ? (
              <button type="button" onClick={undoRemoval}>
                {s.undo}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      <ul data-testid="curate-fact-list" ref={list}>
        {rows.map((row) => {
          const problems = problemsOf(row.section, row.index);
          const confirming = shownAsking?.section === row.section && shownAsking.id === row.id;
          const refs = confirming ? referrers(facts, row.section, row.id) : [];
          const askId = `curate-ask-${row.section}-${row.index}`;
          return (
            <li key={`${row.section}:${row.id}`} data-fact={row.id} data-invalid={problems.length > 0 || undefined}>
              <bdi>{row.title}</bdi> <span className="curate-hint">{s.evidenceCount(row.quotes)}</span>
              <button type="button" aria-label={`${s.edit}: ${row.title}`} onClick={() => onEdit(row.section, row.id)}>
                {s.edit}
              </button>{' '}
              <button type="button" aria-label={`${s.remove}: ${row.title}`} aria-expanded={confirming} data-remove onClick={() => (confirming ? cancel() : ask(row.section, row.id))}>
                {s.remove}
              </button>
              {problems.map((p) => (
                <span key={`${p.path}:${p.message}`} className="curate-error">
                  <bdi>{p.path.slice(p.path.indexOf(']') + 1).replace(/^\./, '')}</bdi>: <ValidationMessages messages={[p.message]} />
                </span>
              ))}
              {confirming ? (
                <div role="alertdialog" aria-labelledby={`${askId}-q`} aria-describedby={`${askId}-refs`} className="curate-confirm" data-testid="curate-confirm-remove">
                  <p id={`${askId}-q`}>{s.removeAsk(row.title, new Set(refs.map((r) => `${r.section}:${r.id}`)).size)}</p>
                  <ul id={`${askId}-refs`}>
                    {refs.map((r) => (
                      <li key={`${r.section}:${r.id}:${r.how}`} data-ref={r.id}>
                        <bdi>{titleOf(r.section, r.id)}</bdi>: {s.refHow[r.how]}
                      </li>
                    ))}
                  </ul>
                  <button type="button" className="curate-danger" onClick={() => remove(row.section, row.id)} onKeyDown={onConfirmKey}>
                    {s.removeWithRefs}
                  </button>{' '}
                  <button type="button" data-confirm-cancel onClick={cancel} onKeyDown={onConfirmKey}>
                    {s.keepFact}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
