// The timeline under the graph: dated events as bars spanning their period, the undated lane, a
// two-handle brush that sets the store's time window, an undated switch and "play". Geometry and
// time arithmetic are pure (graph/timeline.ts); this file only draws and wires events to the store.
//
// Scale: past TL.DENSITY_THRESHOLD dated events the plot draws one canvas of their density (events
// per column, stacked by kind, the ones the filters hide greyed above) instead of a bar each, and
// the undated lane lists its first UNDATED_MAX chips. The per-dataset work (spans, columns) is
// memoised per model and width; a filter change recounts in O(events) and repaints one canvas.
//
// Direction: time runs left to right in both languages. Years and dates are written in digits,
// which run left to right in Persian too, and a mirrored axis would make the same link look
// different per language. The panel's controls and the undated lane follow the page (RTL in
// Persian); keys mean "earlier/later" the same way on screen: Right and Up are later.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { DAY_MS, describeDate, intersectsWindow, type Calendar, type TimeSpan } from '../domain/dates';
import type { KEvent } from '../domain/schema';
import type { GraphModel } from '../graph/model';
import { EVENT_COLOURS } from '../graph/style';
import * as TL from '../graph/timeline';
import { kindName } from '../i18n/kinds';
import { formatNumber, type Lang } from '../i18n/strings';
import { useT } from '../i18n/useT';
import { appStore, useApp, type AppState } from '../store/store';
import { nodeName } from './names';
import './Timeline.css';
import { TIMELINE_DENSITY_STRINGS } from '../i18n/panels';

const HEIGHT = 120; // the plot's height when its lanes fit
const TOP = 8;
const AXIS = 22; // room under the lanes for ticks and year labels
const PAD_X = 16; // room at both ends for the handles' grips
const LANE_MAX = 18;
const LANE_MIN = 8;
const FRAME_MS = 320; // one step of "play"
const TIP_ID = 'timeline-tip';
const HATCH_ID = 'kavosh-tl-hatch';
const FADE_LTR = 'kavosh-tl-fade-ltr'; // gradients that fade a cut label's end
const FADE_RTL = 'kavosh-tl-fade-rtl';
const DEFAULT_COLOUR = '#eef0f3';
const LABEL_MAX = 180; // px for a narrow bar's label beside it
/** A rough width of a bar label at 10.5px: enough to reserve its lane space; the text is clipped to it. */
const textPx = (text: string) => Math.ceil(text.length * 5.8) + 4;
const labelPx = (text: string) => Math.min(LABEL_MAX, textPx(text));
const UNDATED_MAX = 50; // chips in the undated lane; the fact table lists the rest
const SUMMARY_ID = 'timeline-density-summary';
const DIMMED_FILL = '#c9ced6';
const OUTLINE = '#4b5563';

/** The density view's own words (the shared tables in i18n/ are not this panel's to grow). */
/** A kind's pastel graph colour with `k` times its ink (its distance from white): pastels stacked thin need it. */
function deepen(hex: string, k = 3): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const channel = (h: string) => Math.max(0, 255 - (255 - parseInt(h, 16)) * k);
  return `rgb(${channel(m[1]!)} ${channel(m[2]!)} ${channel(m[3]!)})`;
}

const calendarOf = (lang: Lang): Calendar => (lang === 'fa' ? 'solarHijri' : 'gregorian');
const days = (ms: number) => Math.round(ms / DAY_MS);

/** The event the selection points at: the selected event, or the event of a selected participation edge. */
function eventOf(s: AppState, id: string | null): string | null {
  if (!id || !s.model) return null;
  if (s.model.eventById.has(id)) return id;
  const fact = s.model.edgeById.get(id)?.factId;
  return fact && s.model.eventById.has(fact) ? fact : null;
}
const selectSelectedEvent = (s: AppState) => eventOf(s, s.selectedId);
const selectHoveredEvent = (s: AppState) => eventOf(s, s.hoveredId);
const selectNothing = () => null;

interface Words {
  label: string;
  aria: string;
}

/**
 * Names and spoken dates per model and language, made on first use: describeDate formats through
 * Intl, which for 12,000 events would cost more than the rest of a change. At scale only the chips
 * shown, the tooltip and the selection ask.
 */
function wordsOf(model: GraphModel | null, lang: Lang): (id: string) => Words {
  const cache = new Map<string, Words>();
  return (id) => {
    let words = cache.get(id);
    if (words) return words;
    const event = model?.eventById.get(id);
    if (!event) return { label: id, aria: id };
    const label = lang === 'fa' ? event.label.fa : event.label.en;
    words = { label, aria: `${label}, ${describeDate(event.date, lang)}` };
    cache.set(id, words);
    return words;
  };
}

interface Tip {
  id: string;
  left: number;
  top: number;
}

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/** "Play": steps a window across the domain; stops at the end, on pause and on unmount. */
function usePlayer(domain: TimeSpan | null, calendar: Calendar) {
  const [playing, setPlaying] = useState(false);
  const timer = useRef<number | null>(null);
  const stop = useCallback(() => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    setPlaying(false);
  }, []);
  const play = useCallback(() => {
    if (!domain) return;
    const frames = TL.playFrames(domain, appStore.getState().time.window, calendar);
    const show = (i: number) => appStore.getState().setWindow(TL.windowFromBrush(frames[i]!, domain));
    let i = 0;
    show(0);
    if (frames.length < 2) return;
    setPlaying(true);
    timer.current = window.setInterval(() => {
      i += 1;
      if (i < frames.length) show(i);
      if (i >= frames.length - 1) stop();
    }, FRAME_MS);
  }, [domain, calendar, stop]);
  useEffect(() => stop, [stop]);
  return { playing, play, stop };
}

export function Timeline() {
  const t = useT();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const filters = useApp((s) => s.filters);
  const win = useApp((s) => s.time.window);
  const showUndated = useApp((s) => s.time.showUndated);
  const setShowUndated = useApp((s) => s.setShowUndated);
  const selected = useApp(selectSelectedEvent);
  const rootRef = useRef<HTMLElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const calendar = calendarOf(lang);

  // Once per dataset: spans, domain, and whether there are too many events for a bar each.
  const { dated, undated, domain, dense } = useMemo(() => {
    const split = TL.classifyEvents(model?.dataset.events ?? []);
    return { ...split, domain: TL.timeDomain(split.dated.map((d) => d.span)), dense: split.dated.length > TL.DENSITY_THRESHOLD };
  }, [model]);
  // A graph hover lights a bar up; the density view has none to light, so it does not listen.
  const hovered = useApp(dense ? selectNothing : selectHoveredEvent);
  // Events the other filters (countries, kinds) hide are dimmed; the window is shown by the brush.
  const shown = useMemo(() => (model ? TL.shownEvents(model.dataset.events, filters, model.countryFacts) : new Set<string>()), [model, filters]);
  const { playing, play, stop } = usePlayer(domain, calendar);
  const words = useMemo(() => wordsOf(model, lang), [model, lang]);
  const labelOf = useCallback((id: string) => words(id).label, [words]);
  const chips = useMemo(() => TL.undatedShortList(undated, UNDATED_MAX, selected), [undated, selected]);

  const showTip = useCallback((id: string, el: Element) => {
    const root = rootRef.current;
    if (!root) return;
    const box = root.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const half = Math.min(170, box.width / 2);
    const left = Math.min(box.width - half, Math.max(half, r.left - box.left + r.width / 2));
    setTip({ id, left, top: r.top - box.top });
  }, []);
  const hideTip = useCallback(() => setTip(null), []);

  if (!model) return null;
  const item = (id: string): Item => {
    const event = model.eventById.get(id)!;
    return {
      event,
      label: labelOf(id),
      aria: words(id).aria,
      selected: selected === id,
      hovered: hovered === id,
      dimmed: !shown.has(id),
      outside: win !== null && intersectsWindow(event.date, win) === false,
    };
  };
  const handlers: ItemHandlers = { showTip, hideTip };

  return (
    <section className="timeline" ref={rootRef}>
      <div className="timeline-bar">
        <h2 className="timeline-title">{t('timeline')}</h2>
        <button type="button" className={playing ? 'tl-play is-playing' : 'tl-play'} onClick={playing ? stop : play} disabled={!domain}>
          <svg aria-hidden width="10" height="10" viewBox="0 0 10 10">
            {playing ? <path d="M1 1h3v8H1zM6 1h3v8H6z" /> : <path d="M1.5 0.5 9.5 5 1.5 9.5z" />}
          </svg>
          {playing ? t('pause') : t('play')}
        </button>
        <button
          type="button"
          className="tl-reset"
          disabled={win === null}
          onClick={() => {
            stop();
            appStore.getState().setWindow(null);
          }}
        >
          {t('resetWindow')}
        </button>
        <span className="tl-window" data-testid="timeline-window">
          {win ? TL.windowText(win, lang) : domain ? `${t('resetWindow')}: ${TL.windowText(domain, lang)}` : ''}
        </span>
        <label className="tl-switch">
          <input type="checkbox" role="switch" checked={showUndated} aria-checked={showUndated} onChange={(e) => setShowUndated(e.target.checked)} />
          {t('showUndated')}
        </label>
      </div>
      <div className="timeline-body">
        {domain ? (
          <Plot
            domain={domain}
            calendar={calendar}
            lang={lang}
            bars={dated}
            dense={dense}
            shown={shown}
            selected={selected}
            item={item}
            labelOf={labelOf}
            handlers={handlers}
            tipId={tip?.id}
            onUserMove={stop}
          />
        ) : (
          <div className="timeline-plot" />
        )}
        <UndatedLane
          items={chips.list}
          total={undated.length}
          more={chips.more}
          lang={lang}
          item={item}
          handlers={handlers}
          off={!showUndated}
          tipId={tip?.id}
          title={t('undated')}
        />
      </div>
      {tip ? <Tooltip model={model} id={tip.id} lang={lang} left={tip.left} top={tip.top} /> : null}
    </section>
  );
}

interface Item {
  event: KEvent;
  label: string;
  aria: string;
  selected: boolean;
  hovered: boolean;
  dimmed: boolean;
  outside: boolean;
}
interface ItemHandlers {
  showTip(id: string, el: Element): void;
  hideTip(): void;
}

/** Pointer, focus and key wiring shared by bars and chips: hover/focus show the tip, Enter selects. */
function itemProps(id: string, tipId: string | undefined, { showTip, hideTip }: ItemHandlers) {
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

function itemClass(base: string, it: Item, extra = ''): string {
  const flags = [base, extra, it.selected && 'is-selected', it.hovered && 'is-hovered', it.dimmed && 'is-dimmed', it.outside && 'is-outside'];
  return flags.filter(Boolean).join(' ');
}

type DragMode = 'start' | 'end' | 'band' | 'new';
interface Drag {
  mode: DragMode;
  pointerId: number;
  x: number;
  origin: TL.Brush;
  moved: boolean;
}

interface PlotProps {
  domain: TimeSpan;
  calendar: Calendar;
  lang: Lang;
  bars: TL.DatedItem[];
  /** Draw the density of `bars` instead of a bar each. */
  dense: boolean;
  shown: ReadonlySet<string>;
  selected: string | null;
  item(id: string): Item;
  labelOf(id: string): string;
  handlers: ItemHandlers;
  tipId: string | undefined;
  onUserMove(): void;
}

function Plot({ domain, calendar, lang, bars: items, dense, shown, selected, item, labelOf, handlers, tipId, onUserMove }: PlotProps) {
  const t = useT();
  const win = useApp((s) => s.time.window);
  const [plotRef, width] = useWidth();
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<Drag | null>(null);
  const frame = useRef<number | null>(null);
  const pending = useRef<{ window: TimeSpan | null } | null>(null);

  const scale = useMemo<TL.Scale>(() => ({ domain, x0: PAD_X, x1: Math.max(PAD_X + 1, width - PAD_X) }), [domain, width]);
  const { bars, lanes } = useMemo(
    () => (dense ? { bars: [], lanes: 0 } : TL.layoutBars(items, scale, { labelWidth: (d) => labelPx(labelOf(d.id)) })),
    [dense, items, scale, labelOf],
  );
  // The density's columns once per dataset and width; its counts once per filter change.
  const placement = useMemo(() => (dense ? TL.placeDensity(items, scale) : null), [dense, items, scale]);
  const density = useMemo(() => (placement ? TL.densityCounts(placement, (id) => shown.has(id)) : null), [placement, shown]);
  const columnsOf = useMemo(() => new Map(placement?.ids.map((id, i) => [id, i])), [placement]);
  const ticks = useMemo(() => TL.axisTicks(scale, calendar, lang), [scale, calendar, lang]);
  const brush = TL.brushFromWindow(win, domain);
  const laneH = Math.max(LANE_MIN, Math.min(LANE_MAX, (HEIGHT - TOP - AXIS) / Math.max(1, lanes)));
  const height = Math.max(HEIGHT, TOP + lanes * laneH + AXIS);
  const axisY = height - AXIS;

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
    const target = (e.target as Element).closest('[data-drag]');
    const mode = target?.getAttribute('data-drag') as DragMode | null | undefined;
    if (!mode) return;
    onUserMove();
    e.preventDefault();
    if (mode === 'start' || mode === 'end') (target as SVGGElement).focus();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { mode, pointerId: e.pointerId, x: xOf(e), origin: current(), moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const x = xOf(e);
    if (!d.moved && Math.abs(x - d.x) < 3) return;
    d.moved = true;
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
    // A click on the density (not a drag) selects the event under it, as a click on a bar does.
    if (placement && !d.moved && (d.mode === 'new' || d.mode === 'band')) {
      const id = TL.eventAt(placement, xOf(e), (x) => shown.has(x));
      if (id) appStore.getState().select(id, true);
    }
  };

  const xs = TL.toX(scale, brush.start);
  const xe = TL.toX(scale, brush.end);
  const handle = (which: TL.Handle) => {
    const x = which === 'start' ? xs : xe;
    const bounds = TL.handleBounds(brush, which, domain);
    const gripX = which === 'start' ? x - 9 : x + 1;
    return (
      <g
        className={`tl-handle tl-handle-${which}`}
        role="slider"
        tabIndex={0}
        aria-label={t(which === 'start' ? 'windowStart' : 'windowEnd')}
        aria-orientation="horizontal"
        aria-valuemin={days(bounds.min)}
        aria-valuemax={days(bounds.max)}
        aria-valuenow={days(brush[which])}
        aria-valuetext={TL.handleText(brush, which, lang)}
        data-drag={which}
        onKeyDown={onHandleKey(which)}
      >
        <rect className="tl-handle-hit" x={x - 10} y={0} width={20} height={axisY} />
        <line className="tl-handle-line" x1={x} x2={x} y1={2} y2={axisY} />
        <rect className="tl-handle-grip" x={gripX} y={TOP + (axisY - TOP) / 2 - 12} width={8} height={24} rx={2} />
      </g>
    );
  };

  return (
    <div className="timeline-plot" ref={plotRef}>
      {width > 0 && density && placement ? (
        <>
          <DensityCanvas density={density} placement={placement} width={width} top={TOP} height={axisY - TOP} />
          <p id={SUMMARY_ID} className="visually-hidden">
            {TIMELINE_DENSITY_STRINGS[lang].summary(formatNumber(density.total, lang), TL.windowText(domain, lang), formatNumber(density.shownTotal, lang))}
          </p>
        </>
      ) : null}
      {width > 0 ? (
        <svg
          ref={svgRef}
          className={density ? 'is-dense' : undefined}
          role="group"
          aria-label={t('timeline')}
          aria-describedby={density ? SUMMARY_ID : undefined}
          viewBox={`0 0 ${width} ${height}`}
          height={height}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
        >
          <defs>
            <pattern id={HATCH_ID} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="5" className="tl-hatch-line" />
            </pattern>
            <linearGradient id={FADE_LTR}>
              <stop offset="0.82" stopColor="#fff" />
              <stop offset="1" stopColor="#000" />
            </linearGradient>
            <linearGradient id={FADE_RTL}>
              <stop offset="0" stopColor="#000" />
              <stop offset="0.18" stopColor="#fff" />
            </linearGradient>
          </defs>
          <rect className="tl-background" data-drag="new" x={0} y={0} width={width} height={height} />
          {ticks.map((tick) =>
            tick.major ? <line key={`g${tick.ms}`} className="tl-grid" x1={TL.toX(scale, tick.ms)} x2={TL.toX(scale, tick.ms)} y1={TOP - 4} y2={axisY} /> : null,
          )}
          {win ? (
            <>
              <rect className="tl-outside" x={scale.x0} y={0} width={Math.max(0, xs - scale.x0)} height={axisY} />
              <rect className="tl-outside" x={xe} y={0} width={Math.max(0, scale.x1 - xe)} height={axisY} />
            </>
          ) : null}
          <rect className={win ? 'tl-band is-active' : 'tl-band'} data-drag={win ? 'band' : 'new'} x={xs} y={0} width={Math.max(1, xe - xs)} height={axisY} />
          {density ? <DensityMarks density={density} placement={placement!} at={selected ? columnsOf.get(selected) : undefined} lang={lang} axisY={axisY} /> : null}
          {bars.map((bar) => {
            const it = item(bar.id);
            const y = TOP + bar.lane * laneH + 1;
            const h = laneH - 2;
            const label = barLabel(bar, h, it.label, lang);
            return (
              <g
                key={bar.id}
                className={itemClass('tl-event', it, `tl-${bar.style}`)}
                role="button"
                tabIndex={0}
                aria-label={it.aria}
                aria-current={it.selected ? 'true' : undefined}
                transform={`translate(${bar.x} ${y})`}
                {...itemProps(bar.id, tipId, handlers)}
              >
                <rect className="tl-bar" width={bar.width} height={h} rx={2} fill={EVENT_COLOURS[bar.kind] ?? DEFAULT_COLOUR} />
                {bar.style !== 'stated' ? <rect className="tl-hatch" width={bar.width} height={h} rx={2} fill={`url(#${HATCH_ID})`} /> : null}
                {label}
              </g>
            );
          })}
          <line className="tl-axis" x1={scale.x0} x2={scale.x1} y1={axisY} y2={axisY} />
          {ticks.map((tick) => {
            const x = TL.toX(scale, tick.ms);
            return (
              <g key={tick.ms} className={tick.major ? 'tl-tick is-major' : 'tl-tick'}>
                <line x1={x} x2={x} y1={axisY} y2={axisY + (tick.major ? 6 : 3)} />
                {tick.label ? (
                  <text x={x} y={axisY + 17} textAnchor="middle">
                    {tick.label}
                  </text>
                ) : null}
              </g>
            );
          })}
          {handle('start')}
          {handle('end')}
        </svg>
      ) : null}
    </div>
  );
}

/**
 * A bar's label, clipped by a nested <svg>: inside a wide bar, beside a narrow one. It is anchored
 * where it starts reading (left in English, right in Persian), so a cut falls on its end, which
 * fades out. The whole text stays in the DOM (no "…"): what shows is part of the bar's name.
 */
function barLabel(bar: TL.EventBar, h: number, text: string, lang: Lang) {
  if (bar.label === 'none' || h < 10) return null;
  const rtl = lang === 'fa';
  const width = Math.max(0, bar.label === 'inside' ? bar.width - 2 : labelPx(text));
  const x = bar.label === 'inside' ? 0 : bar.label === 'after' ? bar.width + 4 : -4 - width;
  const cut = textPx(text) > width;
  const fade = `tl-fade-${bar.id}`;
  return (
    <svg className={`tl-label tl-label-${bar.label}`} x={x} y={0} width={width} height={h} aria-hidden>
      {/* A label beside a narrow bar is part of its target: a 4 px day is hard to hit. */}
      {bar.label === 'inside' ? null : <rect className="tl-label-hit" width={width} height={h} />}
      {cut ? (
        <mask id={fade} maskUnits="userSpaceOnUse" x={0} y={0} width={width} height={h}>
          <rect width={width} height={h} fill={`url(#${rtl ? FADE_RTL : FADE_LTR})`} />
        </mask>
      ) : null}
      <text x={rtl ? width - 3 : 3} y={h / 2} dominantBaseline="central" direction={rtl ? 'rtl' : 'ltr'} textAnchor="start" mask={cut ? `url(#${fade})` : undefined}>
        {text}
      </text>
    </svg>
  );
}

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

function UndatedLane({ items, total, more, lang, item, handlers, off, tipId, title }: UndatedProps) {
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
        {title} <span className="tl-count">{total}</span>
      </h3>
      <ul ref={listRef}>
        {items.map((u) => {
          const it = item(u.id);
          return (
            <li key={u.id}>
              <button type="button" className={itemClass('tl-chip', it)} aria-label={it.aria} aria-current={it.selected ? 'true' : undefined} {...itemProps(u.id, tipId, handlers)}>
                <span className="tl-swatch" aria-hidden style={{ background: EVENT_COLOURS[u.kind] ?? DEFAULT_COLOUR }} />
                <span className="tl-chip-label">{it.label}</span>
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

/**
 * The density: for each column, the events the filters show stacked by kind (most frequent at the
 * bottom) in their graph colours under a dark outline, and above them, grey, the events the
 * filters hide. One canvas, redrawn only when the counts or the size change.
 */
const DensityCanvas = memo(function DensityCanvas({ density, placement, width, top, height }: { density: TL.Density; placement: TL.DensityPlacement; width: number; top: number; height: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    drawDensity(ctx, density, placement, height);
  }, [density, placement, width, height]);
  return <canvas ref={ref} className="tl-density" aria-hidden style={{ top, width, height }} />;
});

function drawDensity(ctx: CanvasRenderingContext2D, d: TL.Density, p: TL.DensityPlacement, height: number) {
  if (d.max === 0) return;
  const { columns, kinds } = d;
  const perEvent = height / d.max;
  const y = (n: number) => height - Math.round(n * perEvent); // rounded stacks leave no seams
  const fills = kinds.map(() => new Path2D());
  const grey = new Path2D();
  const outline = new Path2D();
  for (let c = 0; c < columns; c++) {
    const x = p.x0 + c * p.binPx;
    let sum = 0;
    for (let k = 0; k < kinds.length; k++) {
      const n = d.shown[k * columns + c]!;
      if (n === 0) continue;
      fills[k]!.rect(x, y(sum + n), p.binPx, y(sum) - y(sum + n));
      sum += n;
    }
    const top = y(sum);
    if (c === 0) outline.moveTo(x, top);
    else outline.lineTo(x, top);
    outline.lineTo(x + p.binPx, top);
    let hidden = 0;
    for (let k = 0; k < kinds.length; k++) hidden += d.dimmed[k * columns + c]!;
    if (hidden > 0) grey.rect(x, y(sum + hidden), p.binPx, top - y(sum + hidden));
  }
  kinds.forEach((kind, k) => {
    ctx.fillStyle = deepen(EVENT_COLOURS[kind] ?? DEFAULT_COLOUR);
    ctx.fill(fills[k]!);
  });
  ctx.fillStyle = DIMMED_FILL;
  ctx.fill(grey);
  ctx.strokeStyle = OUTLINE;
  ctx.lineWidth = 1;
  ctx.stroke(outline);
}

/** Over the density: its scale (the tallest column) and where the selected event lies. */
function DensityMarks({ density, placement, at, lang, axisY }: { density: TL.Density; placement: TL.DensityPlacement; at: number | undefined; lang: Lang; axisY: number }) {
  const from = at === undefined ? 0 : placement.from[at]!;
  const to = at === undefined ? 0 : placement.to[at]!;
  return (
    <g aria-hidden className="tl-density-marks">
      <text className="tl-density-peak" x={placement.x0 + 3} y={TOP + 9}>
        {TIMELINE_DENSITY_STRINGS[lang].peak(formatNumber(density.max, lang))}
      </text>
      {at === undefined ? null : (
        <rect className="tl-density-selected" x={placement.x0 + from * placement.binPx - 1.5} y={TOP - 3} width={(to - from) * placement.binPx + 3} height={axisY - TOP + 3} rx={2} />
      )}
    </g>
  );
}

function Tooltip({ model, id, lang, left, top }: { model: GraphModel; id: string; lang: Lang; left: number; top: number }) {
  const event = model.eventById.get(id);
  if (!event) return null;
  const { date } = event;
  return (
    <div id={TIP_ID} role="tooltip" className="timeline-tip" style={{ left, top }}>
      <p className="tl-tip-title">
        <strong>{nodeName(model, id, lang)}</strong> <span className="tl-tip-kind">{kindName(event.kind, lang)}</span>
      </p>
      {date.stated ? (
        <p className="tl-tip-stated" dir="rtl" lang="fa">
          «{date.stated}»
        </p>
      ) : null}
      <p className="tl-tip-date">{describeDate(date, lang)}</p>
      {date.basis ? (
        <p className="tl-tip-basis" lang="en" dir="ltr">
          {date.basis}
        </p>
      ) : null}
    </div>
  );
}
