// The "Curate" button in the header. The workbench is its own chunk, loaded on the first click
// (the first screen does without it); whether it was open is remembered so a reload resumes there.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { CURATE_ENTRY_STRINGS } from '../../i18n/curateEntry';
import { appStore, useApp } from '../../store/store';
import { PanelBoundary } from '../PanelBoundary';

const Workbench = lazy(() => import('./Workbench').then((m) => ({ default: m.Workbench })));
const OPEN_KEY = 'kavosh-curate-open';

function rememberedOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

export function CurateEntry() {
  const lang = useApp((s) => s.lang);
  const s = CURATE_ENTRY_STRINGS[lang];
  const [open, setOpen] = useState(rememberedOpen);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  // Focus returns to the Curate button once the workbench is gone (while its modal dialog is open
  // the button is inert and cannot take focus, so this waits for the commit that removes it).
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  // The views behind the full-window dialog hold their model while it is open (store.ts).
  useEffect(() => appStore.getState().setWorkbenchOpen(open), [open]);
  const toggle = (next: boolean) => {
    setOpen(next);
    try {
      if (next) localStorage.setItem(OPEN_KEY, '1');
      else localStorage.removeItem(OPEN_KEY);
    } catch {
      // Private mode: the workbench simply starts closed next time.
    }
  };
  return (
    <>
      <button type="button" ref={button} className="curate-open" data-testid="curate-open" title={s.openLabel} aria-haspopup="dialog" onClick={() => toggle(true)}>
        {s.open}
      </button>
      {open ? (
        <PanelBoundary name="curate">
          <Suspense fallback={null}>
            <Workbench onClose={() => toggle(false)} />
          </Suspense>
        </PanelBoundary>
      ) : null}
    </>
  );
}
