// The export menu: what the graph shows now (filters and time window applied) as an image or as a
// file for other tools. Images come from the live cy; files from the pure serialisers, which load
// on first use so they cost the first screen nothing.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Core } from 'cytoscape';
import type { ExportFormat, Positions, SvgSnapshot } from '../graph/formats';
import { CANVAS_LIMITS, rasterPlan, SMALL_CANVAS_LIMITS } from '../graph/formats/raster';
import { formatNumber, type Lang } from '../i18n/strings';
import { appStore, selectBaseVisibility, selectVisibility, useApp } from '../store/store';
import { selectPaths } from '../store/analysisView';
import './ExportMenu.css';
import { EXPORT_STRINGS } from '../i18n/panels';
import { saveBlob as download } from './download';

type Item =
  | { id: 'png' | 'png2x'; kind: 'png'; scale: number }
  | { id: 'svg'; kind: 'svg' }
  | { id: 'cyjs' | 'graphml' | 'gexf' | 'csvNodes' | 'csvEdges' | 'json'; kind: 'file'; format: ExportFormat; part?: string };

const ITEMS: Item[] = [
  { id: 'png', kind: 'png', scale: 1 },
  { id: 'png2x', kind: 'png', scale: 2 },
  { id: 'svg', kind: 'svg' },
  { id: 'cyjs', kind: 'file', format: 'cyjs' },
  { id: 'graphml', kind: 'file', format: 'graphml' },
  { id: 'gexf', kind: 'file', format: 'gexf' },
  { id: 'csvNodes', kind: 'file', format: 'csv', part: 'nodes' },
  { id: 'csvEdges', kind: 'file', format: 'csv', part: 'edges' },
  { id: 'json', kind: 'file', format: 'json' },
];

const px = (value: string) => Number.parseFloat(value) || 0;

/** What the canvas shows (hidden elements left out), in model coordinates, for the SVG writer. */
function snapshot(cy: Core, lang: Lang): SvgSnapshot {
  const shown = cy.elements().filter((el) => el.visible());
  const bb = shown.boundingBox({ includeLabels: true });
  const labelKey = lang === 'fa' ? 'labelFa' : 'label';
  // The drawing is the graph at 100% zoom and is read zoomed in a vector editor: every node keeps
  // its label; edge labels the canvas would hide there (its min-zoomed-font-size) stay out.
  const readable = (el: { style(name: string): string }) => px(el.style('font-size')) >= px(el.style('min-zoomed-font-size'));
  return {
    box: bb.w > 0 || bb.h > 0 ? { x1: bb.x1, y1: bb.y1, w: bb.w, h: bb.h } : { x1: 0, y1: 0, w: 1, h: 1 },
    background: '#ffffff',
    fontFamily: String(shown.nodes().first().style('font-family') || 'sans-serif'),
    rtl: lang === 'fa',
    nodes: shown.nodes().map((n) => ({
      ...n.position(),
      w: n.width(),
      h: n.height(),
      shape: String(n.style('shape')),
      fill: String(n.style('background-color')),
      stroke: String(n.style('border-color')),
      strokeWidth: px(n.style('border-width')),
      opacity: Number(n.style('opacity')),
      label: String(n.data(labelKey) ?? ''),
      fontSize: px(n.style('font-size')),
      maxWidth: n.style('text-wrap') === 'wrap' ? px(n.style('text-max-width')) : undefined,
      color: String(n.style('color')),
      fontStyle: String(n.style('font-style')),
      fontWeight: String(n.style('font-weight')),
    })),
    edges: shown.edges().map((e) => {
      const curved = e.style('curve-style') !== 'haystack' && e.style('curve-style') !== 'straight';
      const controls = curved ? (e.controlPoints() ?? []) : [];
      return {
        points: [e.sourceEndpoint(), ...controls, e.targetEndpoint()],
        curved: controls.length > 0,
        color: String(e.style('line-color')),
        width: px(e.style('width')),
        arrow: e.style('target-arrow-shape') !== 'none',
        opacity: Number(e.style('opacity')),
        label: readable(e) ? String(e.data(labelKey) ?? '') : '',
        fontSize: px(e.style('font-size')),
        labelColor: String(e.style('color')),
        mid: e.midpoint(),
      };
    }),
  };
}

/** Where every node is on the canvas now: what cyjs, GraphML and GEXF exports carry. */
function canvasPositions(cy: Core): Positions {
  const positions = new Map<string, [number, number]>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions.set(n.id(), [p.x, p.y]);
  });
  return positions;
}

/** The evidence trail the analysis panel reads now (the chosen path), for the bundle; else undefined. */
async function shownTrail() {
  const state = appStore.getState();
  const paths = state.model ? selectPaths(state, selectBaseVisibility(state)) : null;
  const path = paths?.paths[Math.min(state.analysis.pathIndex, paths.paths.length - 1)];
  if (!state.model || !path) return undefined;
  const { buildTrail } = await import('../analysis/trail');
  return buildTrail(state.model, path);
}

interface Done {
  name: string;
  /** Set when a PNG came out smaller than asked for. */
  scaled?: { percent: number; width: number; height: number };
}

/**
 * The whole graph as a PNG, scaled down where the browser's canvas could not hold it at the scale
 * asked for (it would otherwise give an empty image); never an empty file.
 */
async function pngBlob(cy: Core, scale: number, lang: Lang): Promise<{ blob: Blob; reduced: boolean; width: number; height: number; scale: number }> {
  const bb = cy.elements().boundingBox();
  const requested = scale * (window.devicePixelRatio || 1);
  for (const limits of [CANVAS_LIMITS, SMALL_CANVAS_LIMITS]) {
    const plan = rasterPlan(bb.w, bb.h, requested, limits);
    if (!plan) break;
    // maxWidth/maxHeight (and no scale) make cytoscape draw at exactly this size, pixel ratio included.
    const blob = await cy.png({ full: true, output: 'blob-promise', bg: '#ffffff', maxWidth: plan.width, maxHeight: plan.height }).catch(() => null);
    if (blob && blob.size > 0) return { blob, reduced: plan.reduced, width: plan.width, height: plan.height, scale: plan.scale / requested };
  }
  throw new Error(EXPORT_STRINGS[lang].tooLarge);
}

async function runExport(item: Item, lang: Lang): Promise<Done> {
  const state = appStore.getState();
  const cy = window.kavosh?.cy ?? null;
  if (item.kind === 'png') {
    if (!cy) throw new Error(EXPORT_STRINGS[lang].noGraph);
    const name = item.scale === 1 ? 'kavosh-graph.png' : `kavosh-graph@${item.scale}x.png`;
    const png = await pngBlob(cy, item.scale, lang);
    download(png.blob, name);
    if (!png.reduced) return { name };
    return { name, scaled: { percent: Math.max(1, Math.floor(png.scale * 100)), width: png.width, height: png.height } };
  }
  const formats = await import('../graph/formats');
  if (item.kind === 'svg') {
    if (!cy) throw new Error(EXPORT_STRINGS[lang].noGraph);
    download(new Blob([formats.toSvg(snapshot(cy, lang))], { type: 'image/svg+xml' }), 'kavosh-graph.svg');
    return { name: 'kavosh-graph.svg' };
  }
  if (!state.model) throw new Error(EXPORT_STRINGS[lang].noGraph);
  const files = formats.serialise(state.model, item.format, selectVisibility(state), cy ? canvasPositions(cy) : undefined, item.format === 'json' ? await shownTrail() : undefined, state.workspace.grades);
  const file = item.part ? files.find((f) => f.suffix === item.part) : files[0];
  if (!file) throw new Error(`no ${item.id} output`);
  const name = `kavosh-${file.suffix === file.extension ? 'graph' : file.suffix}.${file.extension}`;
  download(new Blob([file.content], { type: file.mime }), name);
  return { name };
}

export function ExportMenu() {
  const lang = useApp((s) => s.lang);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const hintId = useId();
  const t = EXPORT_STRINGS[lang];

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (!open) return;
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'Escape') {
      setOpen(false);
      buttonRef.current?.focus();
    } else if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(-1);
    else if (e.key === 'Tab') setOpen(false);
    else return;
    e.preventDefault();
  };

  const choose = async (item: Item) => {
    setOpen(false);
    buttonRef.current?.focus();
    setBusy(true);
    try {
      const { name, scaled } = await runExport(item, lang);
      const text = scaled
        ? t.savedScaled
            .replace('{name}', name)
            .replace('{percent}', formatNumber(scaled.percent, lang))
            .replace('{width}', formatNumber(scaled.width, lang))
            .replace('{height}', formatNumber(scaled.height, lang))
        : t.saved.replace('{name}', name);
      setStatus({ text, error: false });
    } catch (error) {
      setStatus({ text: t.failed.replace('{msg}', error instanceof Error ? error.message : String(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => {
          setStatus(null);
          setOpen((o) => !o);
        }}
      >
        {t.menu} <span aria-hidden>▾</span>
      </button>
      {open ? (
        <div className="export-menu-popup">
          <p id={hintId} className="export-menu-hint">
            {t.hint}
          </p>
          <ul id={menuId} role="menu" aria-label={t.menu} aria-describedby={hintId} onKeyDown={onKeyDown}>
            {ITEMS.map((item) => (
              <li key={item.id} role="none">
                <button type="button" role="menuitem" tabIndex={-1} data-export={item.id} onClick={() => void choose(item)}>
                  {t[item.id]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <span role="status" aria-live="polite" className={status?.error ? 'export-menu-error' : 'visually-hidden'} data-testid="export-status">
        {status?.text}
      </span>
    </div>
  );
}
