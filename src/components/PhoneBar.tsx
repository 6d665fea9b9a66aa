// On a phone (phone.css, ≤ 700 px) the app is one column showing one view at a time; this bar at
// the bottom switches Graph / Details / Timeline / Article / Table and opens the filters drawer.
// A selection made anywhere opens Details, so a tap on a node shows what it is. On wider screens
// the bar is not displayed and the view state is ignored by the CSS.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { PanelName } from '../store/actions';
import { appStore, useApp } from '../store/store';
import { useReach } from '../i18n/reach';
import './phone.css';

export type PhoneView = 'graph' | 'side' | 'timeline';
export const PHONE_QUERY = '(max-width: 700px)';

interface PhoneState {
  view: PhoneView;
  filtersOpen: boolean;
}
export const usePhone = create<PhoneState>(() => ({ view: 'graph', filtersOpen: false }));

const show = (view: PhoneView) => usePhone.setState({ view, filtersOpen: false });

export function PhoneBar() {
  const reach = useReach();
  const view = usePhone((s) => s.view);
  const filtersOpen = usePhone((s) => s.filtersOpen);
  const panel = useApp((s) => s.panel);

  // A new selection opens Details (or keeps the article or table the reader selected from).
  useEffect(
    () =>
      appStore.subscribe((s, prev) => {
        if (s.selectedId && s.selectedId !== prev.selectedId && window.matchMedia(PHONE_QUERY).matches) show('side');
      }),
    [],
  );
  // Escape closes the drawer.
  useEffect(() => {
    if (!filtersOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') usePhone.setState({ filtersOpen: false });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [filtersOpen]);

  const side = (name: PanelName) => () => {
    appStore.getState().setPanel(name);
    show('side');
  };
  const items: Array<{ id: string; label: string; current: boolean; onClick(): void }> = [
    { id: 'graph', label: reach.graphView, current: view === 'graph', onClick: () => show('graph') },
    { id: 'details', label: reach.detailsView, current: view === 'side' && panel === 'details', onClick: side('details') },
    { id: 'timeline', label: reach.timelineView, current: view === 'timeline', onClick: () => show('timeline') },
    { id: 'article', label: reach.articleView, current: view === 'side' && panel === 'article', onClick: side('article') },
    { id: 'table', label: reach.tableView, current: view === 'side' && panel === 'table', onClick: side('table') },
  ];
  return (
    <>
      <nav className="phone-bar" aria-label={reach.views}>
        {items.map((item) => (
          <button key={item.id} type="button" data-view={item.id} aria-current={item.current ? 'page' : undefined} onClick={item.onClick}>
            {item.label}
          </button>
        ))}
        <button type="button" className="phone-filters" aria-expanded={filtersOpen} aria-controls="filters-drawer" onClick={() => usePhone.setState({ filtersOpen: !filtersOpen })}>
          {reach.filtersOpen}
        </button>
      </nav>
      {filtersOpen ? (
        <button type="button" className="phone-drawer-close" onClick={() => usePhone.setState({ filtersOpen: false })}>
          {reach.filtersClose}
        </button>
      ) : null}
    </>
  );
}
