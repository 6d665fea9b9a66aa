// What bars and chips share: their view state (Item), the store selectors for the selected and
// hovered event, the per-language words, and the pointer/focus/key wiring.
import type { KeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { describeDate } from '../../domain/dates';
import type { KEvent } from '../../domain/schema';
import type { GraphModel } from '../../graph/model';
import type { Lang } from '../../i18n/strings';
import { appStore, type AppState } from '../../store/store';
import { TIP_ID } from './layout';

/** The event the selection points at: the selected event, or the event of a selected participation edge. */
function eventOf(s: AppState, id: string | null): string | null {
  if (!id || !s.model) return null;
  if (s.model.eventById.has(id)) return id;
  const fact = s.model.edgeById.get(id)?.factId;
  return fact && s.model.eventById.has(fact) ? fact : null;
}
export const selectSelectedEvent = (s: AppState) => eventOf(s, s.selectedId);
export const selectHoveredEvent = (s: AppState) => eventOf(s, s.hoveredId);
export const selectNothing = () => null;

interface Words {
  label: string;
  /** The canvas label (2-4 words) where the data gives one: bars and chips are narrow. */
  short: string;
  aria: string;
}

/**
 * Names and spoken dates per model and language, made on first use: describeDate formats through
 * Intl, which for 12,000 events would cost more than the rest of a change. At scale only the chips
 * shown, the tooltip and the selection ask.
 */
export function wordsOf(model: GraphModel | null, lang: Lang): (id: string) => Words {
  const cache = new Map<string, Words>();
  return (id) => {
    let words = cache.get(id);
    if (words) return words;
    const event = model?.eventById.get(id);
    if (!event) return { label: id, short: id, aria: id };
    const label = lang === 'fa' ? event.label.fa : event.label.en;
    const short = event.shortLabel?.[lang] ?? label;
    // The name starts with what the bar or chip shows (WCAG 2.5.3, label in name): the short
    // label, then the full one where it says more.
    const name = startsWithWords(label, short) ? label : `${short} — ${label}`;
    words = { label, short, aria: `${name}, ${describeDate(event.date, lang)}` };
    cache.set(id, words);
    return words;
  };
}

/** Whether the text begins with the words of the start (whole words: "ارسال پهبادها" does not begin "ارسال پهبادهای"). */
function startsWithWords(text: string, start: string): boolean {
  const [t, s] = [text.toLocaleLowerCase(), start.toLocaleLowerCase()];
  return t.startsWith(s) && !/^[\p{L}\p{N}\p{M}\u200c]/u.test(t.slice(s.length));
}

export interface Item {
  event: KEvent;
  label: string;
  short: string;
  aria: string;
  selected: boolean;
  hovered: boolean;
  dimmed: boolean;
  outside: boolean;
}
export interface ItemHandlers {
  showTip(id: string, el: Element): void;
  hideTip(): void;
}

/** Pointer, focus and key wiring shared by bars and chips: hover/focus show the tip, Enter selects. */
export function itemProps(id: string, tipId: string | undefined, { showTip, hideTip }: ItemHandlers) {
  const { select, hover } = appStore.getState();
  return {
    'data-event': id,
    'aria-describedby': tipId === id ? TIP_ID : undefined,
    onClick: () => select(id, true),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      select(id, true);
    },
    onPointerEnter: (e: ReactPointerEvent<Element>) => {
      showTip(id, e.currentTarget);
      hover(id);
    },
    onPointerLeave: () => {
      hideTip();
      hover(null);
    },
    onFocus: (e: { currentTarget: Element }) => showTip(id, e.currentTarget),
    onBlur: hideTip,
  };
}

export function itemClass(base: string, it: Item, extra = ''): string {
  const flags = [base, extra, it.selected && 'is-selected', it.hovered && 'is-hovered', it.dimmed && 'is-dimmed', it.outside && 'is-outside'];
  return flags.filter(Boolean).join(' ');
}
