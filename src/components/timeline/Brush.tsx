// The brush: the two handles (sliders, keyboard and pointer) and the pointer wiring that drags a
// handle, shifts the band, or draws a new window. Moves are applied once per animation frame.
//
// A new window can be drawn from anywhere, bars included: bars cover most of the plot. A press on a
// bar stays a click (its own click handler selects it) until the pointer moves 3 px; only then does
// the drag take the pointer, and the click that ends it is swallowed.
import { useCallback, useEffect, useRef, type KeyboardEvent, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { Calendar, TimeSpan } from '../../domain/dates';
import * as TL from '../../graph/timeline';
import type { Lang } from '../../i18n/strings';
import { useT } from '../../i18n/useT';
import { appStore } from '../../store/store';
import { TOP, days } from './layout';

type DragMode = 'start' | 'end' | 'band' | 'new';
interface Drag {
  mode: DragMode;
  pointerId: number;
  x: number;
  origin: TL.Brush;
  moved: boolean;
  /** Pressed on a bar: not yet the brush's (the bar may only be clicked). */
  deferred: boolean;
}

interface BrushOptions {
  domain: TimeSpan;
  calendar: Calendar;
  scale: TL.Scale;
  width: number;
  svgRef: RefObject<SVGSVGElement | null>;
  onUserMove(): void;
  /** A click (no drag) on the background or band, at plot x: the density selects the event there. */
  onClickAt?(x: number): void;
}

/** Pointer handlers for the plot's <svg> and key handlers for the handles. */
export function useBrush({ domain, calendar, scale, width, svgRef, onUserMove, onClickAt }: BrushOptions) {
  const drag = useRef<Drag | null>(null);
  const swallowClick = useRef(false);
  const frame = useRef<number | null>(null);
  const pending = useRef<{ window: TimeSpan | null } | null>(null);

  // Pointer moves arrive faster than frames: apply the latest window once per frame.
  const commit = useCallback(
    (next: TL.Brush) => {
      pending.current = { window: TL.windowFromBrush(next, domain) };
      frame.current ??= requestAnimationFrame(() => {
        frame.current = null;
        if (pending.current) appStore.getState().setWindow(pending.current.window);
        pending.current = null;
      });
    },
    [domain],
  );
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  const current = () => TL.brushFromWindow(appStore.getState().time.window, domain);
  const onHandleKey = (handle: TL.Handle) => (e: KeyboardEvent) => {
    const next = TL.keyToBrush(current(), handle, e.key, e.shiftKey, domain, calendar);
    if (!next) return;
    e.preventDefault();
    onUserMove();
    appStore.getState().setWindow(TL.windowFromBrush(next, domain));
  };

  const xOf = (e: ReactPointerEvent) => {
    const rect = svgRef.current!.getBoundingClientRect();
    return ((e.clientX - rect.left) * width) / Math.max(1, rect.width);
  };
  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    swallowClick.current = false;
    const el = e.target as Element;
    const target = el.closest('[data-drag]');
    const onBar = !target && el.closest('[data-event]') !== null;
    const mode = onBar ? 'new' : (target?.getAttribute('data-drag') as DragMode | null | undefined);
    if (!mode) return;
    if (!onBar) {
      onUserMove();
      e.preventDefault();
      if (mode === 'start' || mode === 'end') e.currentTarget.querySelector<SVGGElement>(`.tl-slider-${mode}`)?.focus();
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    drag.current = { mode, pointerId: e.pointerId, x: xOf(e), origin: current(), moved: false, deferred: onBar };
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const x = xOf(e);
    if (!d.moved && Math.abs(x - d.x) < 3) return;
    d.moved = true;
    if (d.deferred) {
      d.deferred = false;
      swallowClick.current = true;
      onUserMove();
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    const unit = TL.snapUnit(scale);
    const at = TL.snapTo(TL.fromX(scale, x), unit, calendar);
    if (d.mode === 'start' || d.mode === 'end') commit(TL.moveHandle(d.origin, d.mode, at, domain));
    else if (d.mode === 'band') {
      const start = TL.snapTo(d.origin.start + TL.fromX(scale, x) - TL.fromX(scale, d.x), unit, calendar);
      commit(TL.shiftBrush(d.origin, start - d.origin.start, domain));
    } else {
      const anchor = TL.snapTo(TL.fromX(scale, d.x), unit, calendar);
      commit(TL.brushFromWindow({ start: Math.min(anchor, at), end: Math.max(anchor, at) }, domain));
    }
  };
  const onPointerUp = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (d?.pointerId !== e.pointerId) return;
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    if (onClickAt && !d.moved && (d.mode === 'new' || d.mode === 'band')) onClickAt(xOf(e));
  };
  // The click ending a drag that began on a bar is not a click on the bar.
  const onClickCapture = (e: ReactMouseEvent) => {
    if (!swallowClick.current) return;
    swallowClick.current = false;
    e.stopPropagation();
  };
  return { onHandleKey, svgHandlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onClickCapture } };
}

interface HandleProps {
  which: TL.Handle;
  brush: TL.Brush;
  domain: TimeSpan;
  scale: TL.Scale;
  axisY: number;
  lang: Lang;
  onKeyDown(e: KeyboardEvent): void;
}

/**
 * One end of the window as a slider for the keyboard and assistive technology. It comes before the
 * bars in the document, so Tab reaches the handles first; what the pointer grabs and the eye sees
 * is its HandleGrip, drawn after the bars so it stays on top (CSS lights it on the slider's focus).
 */
export function BrushSlider({ which, brush, domain, scale, axisY, lang, onKeyDown }: HandleProps) {
  const t = useT();
  const x = TL.toX(scale, brush[which]);
  const bounds = TL.handleBounds(brush, which, domain);
  return (
    <g
      className={`tl-slider tl-slider-${which}`}
      role="slider"
      tabIndex={0}
      aria-label={t(which === 'start' ? 'windowStart' : 'windowEnd')}
      aria-orientation="horizontal"
      aria-valuemin={days(bounds.min)}
      aria-valuemax={days(bounds.max)}
      aria-valuenow={days(brush[which])}
      aria-valuetext={TL.handleText(brush, which, lang)}
      onKeyDown={onKeyDown}
    >
      <rect className="tl-slider-box" x={x - 10} y={0} width={20} height={axisY} />
    </g>
  );
}

/** A handle's line and grip, dragged by the pointer. */
export function HandleGrip({ which, brush, scale, axisY }: { which: TL.Handle; brush: TL.Brush; scale: TL.Scale; axisY: number }) {
  const x = TL.toX(scale, brush[which]);
  const gripX = which === 'start' ? x - 9 : x + 1;
  return (
    <g className={`tl-handle tl-handle-${which}`} aria-hidden data-drag={which}>
      <rect className="tl-handle-hit" x={x - 10} y={0} width={20} height={axisY} />
      <line className="tl-handle-line" x1={x} x2={x} y1={2} y2={axisY} />
      <rect className="tl-handle-grip" x={gripX} y={TOP + (axisY - TOP) / 2 - 12} width={8} height={24} rx={2} />
    </g>
  );
}

/** The shade outside the window and the band inside it (dragged to shift the window). */
export function BrushBand({ brush, scale, axisY, active }: { brush: TL.Brush; scale: TL.Scale; axisY: number; active: boolean }) {
  const xs = TL.toX(scale, brush.start);
  const xe = TL.toX(scale, brush.end);
  return (
    <>
      {active ? (
        <>
          <rect className="tl-outside" x={scale.x0} y={0} width={Math.max(0, xs - scale.x0)} height={axisY} />
          <rect className="tl-outside" x={xe} y={0} width={Math.max(0, scale.x1 - xe)} height={axisY} />
        </>
      ) : null}
      <rect className={active ? 'tl-band is-active' : 'tl-band'} data-drag={active ? 'band' : 'new'} x={xs} y={0} width={Math.max(1, xe - xs)} height={axisY} />
    </>
  );
}
