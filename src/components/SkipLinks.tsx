// Skip links: the first stops of the page, shown on focus, straight to the graph, the details and
// the timeline (past the search, the import and export buttons and the filters), and to the
// button that opens the curation workbench.
import type { MouseEvent } from 'react';
import { useReach } from '../i18n/reach';
import { appStore } from '../store/store';
import './reach.css';

function focusFirst(selectors: string[]) {
  for (const selector of selectors) {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) continue;
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus();
    return;
  }
}

export function SkipLinks() {
  const reach = useReach();
  const go = (e: MouseEvent, action: () => void) => {
    e.preventDefault();
    action();
  };
  return (
    <nav className="skip-links" aria-label={reach.skipLinks}>
      <a href="#graph-canvas" onClick={(e) => go(e, () => focusFirst(['#graph-canvas', '.graph-area']))}>
        {reach.skipToGraph}
      </a>
      <a
        href="#side-panel"
        onClick={(e) =>
          go(e, () => {
            appStore.getState().setPanel('details');
            // The panel renders on the next frame when it was another tab.
            requestAnimationFrame(() => focusFirst(['#side-panel']));
          })
        }
      >
        {reach.skipToDetails}
      </a>
      <a href="#timeline" onClick={(e) => go(e, () => focusFirst(['.timeline [role="slider"]', '.timeline-area']))}>
        {reach.skipToTimeline}
      </a>
      {/* The workbench's button sits past the search, import and export: one stop from the top. */}
      <a href="#curate" onClick={(e) => go(e, () => focusFirst(['.curate-open']))}>
        {reach.skipToCurate}
      </a>
    </nav>
  );
}
