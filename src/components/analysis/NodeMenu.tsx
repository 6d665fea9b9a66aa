// The graph's context menu on a node (right-click, long-press, or the context-menu key / Shift+F10
// on the keyboard-focused node): focus here, expand or collapse its neighbours, make it one end of
// a path, select it. A WAI-ARIA menu: the first item takes focus, arrows move, Escape and Tab
// close; Escape hands focus back to where it was. It opens on the reading side of the anchor and
// never leaves the window (menuPlacement.ts).
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { appStore, useApp } from '../../store/store';
import { nodeName } from '../names';
import { placeMenu, type Placement } from './menuPlacement';
import { useAnalysisT } from './useAnalysisT';
import './analysis.css';

export interface NodeMenuProps {
  id: string;
  /** Viewport (client) coordinates of the point the menu opens from. */
  anchor: { x: number; y: number };
  /** `restoreFocus`: give focus back to the opener (Escape, or an item chosen from the keyboard). */
  onClose(restoreFocus: boolean): void;
}

interface Item {
  key: string;
  label: string;
  run(): void;
}

/** Makes `id` one end of the path; with both ends set the analysis panel shows the paths. */
function pathEnd(key: 'pathFrom' | 'pathTo', id: string) {
  const s = appStore.getState();
  s.setAnalysis({ [key]: id });
  const next = appStore.getState().analysis;
  if (next.pathFrom && next.pathTo) appStore.getState().setPanel('analysis');
}

export function NodeMenu({ id, anchor, onClose }: NodeMenuProps) {
  const t = useAnalysisT();
  const lang = useApp((s) => s.lang);
  const model = useApp((s) => s.model);
  const a = useApp((s) => s.analysis);
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | null>(null);
  const isActor = model?.entityById.has(id) ?? false;
  const name = model ? nodeName(model, id, lang) : id;

  const items: Item[] = [];
  if (a.focus !== id) items.push({ key: 'focus', label: t.menuFocus, run: () => appStore.getState().setAnalysis({ focus: id }) });
  if (a.focus !== id) {
    const expanded = a.focus !== null && a.expanded.includes(id);
    items.push({ key: expanded ? 'collapse' : 'expand', label: expanded ? t.menuCollapse : t.menuExpand, run: () => appStore.getState().toggleExpanded(id) });
  }
  if (isActor) {
    if (a.pathFrom !== id) items.push({ key: 'path-from', label: t.menuPathFrom, run: () => pathEnd('pathFrom', id) });
    if (a.pathTo !== id) items.push({ key: 'path-to', label: t.menuPathTo, run: () => pathEnd('pathTo', id) });
  }
  items.push({
    key: 'details',
    label: t.menuDetails,
    run: () => {
      appStore.getState().select(id, true);
      appStore.getState().setPanel('details');
    },
  });

  // Measured once drawn (hidden until then), then placed; the first item takes focus.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    const rtl = document.documentElement.dir === 'rtl';
    setPlace(placeMenu(anchor, { width: rect.width, height: rect.height }, { width: window.innerWidth, height: window.innerHeight }, rtl));
  }, [anchor]);
  // Focus once visible (a hidden element cannot take it). Each opening mounts a new menu.
  const placed = place !== null;
  useLayoutEffect(() => {
    if (placed) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  }, [placed]);

  // A press anywhere else closes it (focus stays where that press puts it).
  useLayoutEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose(false);
    };
    const onBlurWindow = () => onClose(false);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', onBlurWindow);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', onBlurWindow);
    };
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (e.key === 'Escape') onClose(true);
    else if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(-1);
    else if (e.key === 'Tab') onClose(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return createPortal(
    <div
      ref={ref}
      role="menu"
      aria-label={t.menuFor(name)}
      className="node-menu"
      data-testid="node-menu"
      data-node={id}
      dir={lang === 'fa' ? 'rtl' : 'ltr'}
      style={place ? { left: place.left, top: place.top } : { left: 0, top: 0, visibility: 'hidden' }}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          tabIndex={-1}
          data-action={item.key}
          onClick={(e) => {
            item.run();
            // A keyboard activation (Enter, Space) reports no pointer position.
            onClose(e.detail === 0);
          }}
        >
          {item.label}
        </button>
      ))}
    </div>,
    document.body,
  );
}
