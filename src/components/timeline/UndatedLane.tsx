// The undated lane: a chip per undated event (the first UNDATED_MAX; the fact table lists the rest).
import { useEffect, useRef } from 'react';
import { EVENT_COLOURS } from '../../graph/style';
import type * as TL from '../../graph/timeline';
import { TIMELINE_DENSITY_STRINGS } from '../../i18n/panels';
import { formatNumber, type Lang } from '../../i18n/strings';
import { appStore, useApp } from '../../store/store';
import { itemClass, itemProps, selectSelectedEvent, type Item, type ItemHandlers } from './items';
import { DEFAULT_COLOUR } from './layout';

interface UndatedProps {
  items: TL.UndatedItem[];
  /** Every undated event, and how many of them `items` leaves out. */
  total: number;
  more: number;
  lang: Lang;
  item(id: string): Item;
  handlers: ItemHandlers;
  off: boolean;
  tipId: string | undefined;
  title: string;
}

export function UndatedLane({ items, total, more, lang, item, handlers, off, tipId, title }: UndatedProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const selected = useApp(selectSelectedEvent);
  // Keep a chip selected in the graph in view, scrolling only this list (never the page).
  useEffect(() => {
    const list = listRef.current;
    const chip = selected ? list?.querySelector<HTMLElement>(`[data-event="${CSS.escape(selected)}"]`) : null;
    if (!list || !chip) return;
    const top = chip.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + chip.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top - 4;
  }, [selected]);
  if (items.length === 0) return null;
  return (
    <div className={off ? 'timeline-undated is-off' : 'timeline-undated'} role="group" aria-labelledby="timeline-undated-title">
      <h3 id="timeline-undated-title">
        {title} <span className="tl-count">{formatNumber(total, lang)}</span>
      </h3>
      <ul ref={listRef}>
        {items.map((u) => {
          const it = item(u.id);
          return (
            <li key={u.id}>
              <button type="button" className={itemClass('tl-chip', it)} aria-label={it.aria} aria-current={it.selected ? 'true' : undefined} {...itemProps(u.id, tipId, handlers)}>
                <span className="tl-swatch" aria-hidden style={{ background: EVENT_COLOURS[u.kind] ?? DEFAULT_COLOUR }} />
                <span className="tl-chip-label">{it.short}</span>
              </button>
            </li>
          );
        })}
        {more > 0 ? (
          <li className="tl-more">
            <button type="button" className="tl-more-link" onClick={() => appStore.getState().setPanel('table')}>
              {TIMELINE_DENSITY_STRINGS[lang].more(formatNumber(more, lang))}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
