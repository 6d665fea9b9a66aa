// The graph for the keyboard: the canvas container takes focus; arrows move a focus ring to the
// nearest node that way (a neighbour first), Enter selects it through the store, + and − zoom
// around it, the context-menu key (or Shift+F10) opens its actions, and the focused node is
// announced in a live region. Selection itself, Escape and centring belong to the selection code (classes.ts, the store); this only picks and says.
import { useEffect, useRef, useState } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import { arrowDirection, moveFocus, type Point } from '../graph/direction';
import type { GraphModel } from '../graph/model';
import { kindName } from '../i18n/kinds';
import { REACH_STRINGS } from '../i18n/reach';
import { translate, type Lang } from '../i18n/strings';
import { appStore, useApp } from '../store/store';

const HINT_ID = 'graph-keys-hint';
const ZOOM_STEP = 1.25;

function point(n: NodeSingular): Point {
  const { x, y } = n.renderedPosition();
  return { id: n.id(), x, y };
}

function describe(model: GraphModel | null, cy: Core, id: string, lang: Lang): string {
  const node = model?.nodeById.get(id);
  if (!node) return id;
  const n = cy.getElementById(id);
  const connections = n.connectedEdges().filter((e) => e.visible()).length;
  return REACH_STRINGS[lang].focused(lang === 'fa' ? node.nameFa : node.nameEn, kindName(node.kind, lang), connections);
}

/** Where to start when the graph gets focus: the selection if it is a visible node, else the node nearest the centre. */
function startNode(cy: Core): string | null {
  const visible = cy.nodes().filter((n) => n.visible());
  const selected = appStore.getState().selectedId;
  if (selected && visible.getElementById(selected).nonempty()) return selected;
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  let best: string | null = null;
  let bestD = Infinity;
  visible.forEach((n) => {
    const { x, y } = n.renderedPosition();
    const d = (x - centre.x) ** 2 + (y - centre.y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = n.id();
    }
  });
  return best;
}

export function GraphKeyboard({ cy }: { cy: Core | null }) {
  const lang = useApp((s) => s.lang);
  const model = useApp((s) => s.model);
  const [focused, setFocused] = useState<string | null>(null);
  const [active, setActive] = useState(false);
  const [said, setSaid] = useState('');
  const [ring, setRing] = useState<{ x: number; y: number; r: number } | null>(null);
  const focusedRef = useRef<string | null>(null);
  const langRef = useRef(lang);
  const modelRef = useRef(model);
  useEffect(() => {
    langRef.current = lang;
    modelRef.current = model;
  }, [lang, model]);

  // The container is the focus target; its name and the keys it takes are said once.
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-roledescription', lang === 'fa' ? 'گراف' : 'graph');
    container.setAttribute('aria-label', translate(lang, 'graph'));
    container.setAttribute('aria-describedby', HINT_ID);
    container.id = 'graph-canvas';
  }, [cy, lang]);

  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    const focusOn = (id: string | null) => {
      focusedRef.current = id;
      setFocused(id);
      if (id) setSaid(describe(modelRef.current, cy, id, langRef.current));
    };
    // A press of the mouse or a finger focuses the container too, as the reader starts a pan: the
    // start node (every node's visibility read, which computes the style of each one a filter or
    // the selection changed: 6–20 s at 100k–250k elements, the pan frozen) waits for the first
    // arrow key then. Cleared after the press's own focus event, which comes before any task.
    let pressed = false;
    const onPress = () => {
      pressed = true;
      setTimeout(() => (pressed = false));
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target !== container) return;
      setActive(true);
      const current = focusedRef.current;
      if (current && cy.getElementById(current).visible()) focusOn(current);
      else if (!pressed) focusOn(startNode(cy));
    };
    const onBlur = (e: FocusEvent) => {
      if (e.target === container) setActive(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== container || e.altKey || e.ctrlKey || e.metaKey) return;
      const id = focusedRef.current;
      const dir = arrowDirection(e.key);
      if (dir) {
        e.preventDefault();
        const from = id ? cy.getElementById(id) : null;
        if (!from || from.empty() || !from.visible()) return focusOn(startNode(cy));
        const neighbours = from.neighborhood('node').filter((n) => n.visible()).map(point);
        const all = cy.nodes().filter((n) => n.visible()).map(point);
        const next = moveFocus(point(from as NodeSingular), neighbours, all, dir);
        if (next) focusOn(next);
      } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
        // The node's actions (contextMenu.tsx opens the menu at the node).
        if (!id) return;
        e.preventDefault();
        cy.emit('kavosh-menu', [id]);
      } else if (e.key === 'Enter' || e.key === ' ') {
        if (!id) return;
        e.preventDefault();
        appStore.getState().select(id, true);
      } else if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '−' || e.key === '_') {
        e.preventDefault();
        const grow = e.key === '+' || e.key === '=';
        const at = id ? cy.getElementById(id).renderedPosition() : { x: cy.width() / 2, y: cy.height() / 2 };
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * (grow ? ZOOM_STEP : 1 / ZOOM_STEP)));
        cy.zoom({ level, renderedPosition: at });
        cy.emit('kavosh-zoom');
      }
    };
    container.addEventListener('pointerdown', onPress, true);
    container.addEventListener('focus', onFocus);
    container.addEventListener('blur', onBlur);
    container.addEventListener('keydown', onKey);
    return () => {
      container.removeEventListener('pointerdown', onPress, true);
      container.removeEventListener('focus', onFocus);
      container.removeEventListener('blur', onBlur);
      container.removeEventListener('keydown', onKey);
    };
  }, [cy]);

  // The ring follows its node through pans, zooms and layouts.
  useEffect(() => {
    if (!cy || !focused || !active) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      const n = cy.getElementById(focused);
      if (n.empty() || !n.visible()) return setRing(null);
      const { x, y } = n.renderedPosition();
      setRing({ x, y, r: Math.max(10, (Math.max(n.renderedWidth(), n.renderedHeight()) / 2) + 5) });
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(place);
    };
    place();
    cy.on('viewport position', schedule);
    return () => {
      cy.off('viewport position', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy, focused, active]);

  return (
    <>
      <p id={HINT_ID} className="visually-hidden">
        {REACH_STRINGS[lang].graphKeys}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="graph-focus-announcer">
        {active ? said : ''}
      </p>
      {active && ring ? (
        <span className="graph-focus-ring" aria-hidden data-node={focused ?? undefined} style={{ left: ring.x - ring.r, top: ring.y - ring.r, width: ring.r * 2, height: ring.r * 2 }} />
      ) : null}
    </>
  );
}
