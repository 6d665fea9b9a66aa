// Suggestions, never silent additions: mentions of entities already known and date phrases, each
// accepted (Enter) or dismissed (Delete) with one key; arrows move between them.
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import type { DateSuggestion } from '../../curation/datePhrases';
import type { Mention } from '../../curation/mentions';
import type { Entity } from '../../domain/schema';
import { useCurate } from '../../i18n/curate';
import { useApp } from '../../store/store';

/** What the list offers: src/curation's mentions of known entities and date phrases, as they are. */
export type Suggestion = Mention | DateSuggestion;
export const isMention = (x: Suggestion): x is Mention => 'entityId' in x;

interface Props {
  text: string;
  items: readonly Suggestion[];
  entityById: ReadonlyMap<string, Entity>;
  covered: number;
  sentences: number;
  onAccept: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
}

/** At most this many are listed at once: accepting or dismissing brings the next ones up. */
const SHOWN = 100;

/**
 * A basis quotes the Persian phrase it read («۱۸ دی ماه»); inside an English sentence the phrase
 * must be isolated, or the bidi algorithm reorders its words and digits around the Latin text.
 */
function withIsolatedQuotes(text: string): ReactNode[] {
  return text.split(/(«[^»]*»)/).map((part, i) =>
    part.startsWith('«') && part.endsWith('»') ? (
      <span key={i}>
        «<bdi>{part.slice(1, -1)}</bdi>»
      </span>
    ) : (
      part
    ),
  );
}

export const Suggestions = memo(function Suggestions({ text, items, entityById, covered, sentences, onAccept, onDismiss }: Props) {
  const s = useCurate();
  const lang = useApp((st) => st.lang);
  const share = sentences === 0 ? 0 : covered / sentences;
  const pct = new Intl.NumberFormat(lang === 'fa' ? 'fa-IR' : 'en', { style: 'percent' }).format(share);
  // After an accept or a dismiss, focus moves to the suggestion now at the same place. When the
  // last one goes, the list goes with it: focus stays in the section (inside the modal workbench),
  // never falls to the page's body, where Ctrl+Z would be the browser's own undo of a field.
  const focusNear = (list: HTMLElement | null, section: HTMLElement | null, j: number) => {
    const buttons = list?.isConnected ? list.querySelectorAll<HTMLElement>('.curate-sugg') : [];
    const next = buttons[Math.max(0, Math.min(j, buttons.length - 1))];
    if (next) next.focus();
    else section?.focus();
  };
  const decide = (from: HTMLElement, item: Suggestion, i: number, act: (s: Suggestion) => void) => {
    // Found before the change: the item's own element is gone after it.
    const list = from.closest('ul');
    const section = from.closest('section');
    act(item);
    queueMicrotask(() => focusNear(list, section, i));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, item: Suggestion, i: number) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      decide(e.currentTarget, item, i, onAccept);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      decide(e.currentTarget, item, i, onDismiss);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusNear(e.currentTarget.closest('ul'), null, i + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusNear(e.currentTarget.closest('ul'), null, i - 1);
    }
  };
  return (
    <section className="curate-suggestions" aria-labelledby="curate-sugg-heading" tabIndex={-1}>
      <h3 id="curate-sugg-heading">{s.suggestions}</h3>
      <p className="curate-coverage" data-testid="curate-coverage" role="status">
        {s.coverage(pct, covered, sentences)}
      </p>
      <p className="curate-hint" id="curate-sugg-hint">
        {s.suggestionsHint}
      </p>
      {items.length === 0 ? (
        <p className="empty-hint">{s.noSuggestions}</p>
      ) : (
        <ul aria-describedby="curate-sugg-hint" data-testid="curate-suggestion-list">
          {items.slice(0, SHOWN).map((item, i) => {
            // An adjective («ترکیه‌ای») says so: the curator decides whether it names the entity.
            const named = isMention(item) ? (entityById.get(item.entityId)?.name[lang] ?? item.entityId) : '';
            const label = isMention(item) ? (item.adjective ? s.adjectiveOf(named) : s.mentionOf(named)) : (item.date.value ? s.datePhrase(item.date.value) : s.dateNeedsPublished);
            return (
              <li key={item.id} data-key={item.id}>
                {/* The suggestion itself is the button: Enter (or a click) accepts it, Delete dismisses it. */}
                <button type="button" className="curate-sugg" aria-describedby="curate-sugg-hint" onClick={() => onAccept(item)} onKeyDown={(e) => onKeyDown(e, item, i)}>
                  <span className="curate-sugg-label">{label}</span> <q>
                    {/* The quote marks follow the page's direction; the quoted text is isolated in its own. */}
                    <bdi>{text.slice(item.start, item.end)}</bdi>
                  </q>
                  {isMention(item) ? null : <span className="curate-hint curate-why">{withIsolatedQuotes(item.basis[lang])}</span>}
                </button>
                <span className="curate-sugg-actions">
                  <button type="button" tabIndex={-1} aria-label={`${s.dismiss}: ${label}`} onClick={(e) => decide(e.currentTarget, item, i, onDismiss)}>
                    {s.dismiss}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {items.length > SHOWN ? <p className="curate-hint">{s.more(items.length - SHOWN)}</p> : null}
    </section>
  );
});
