// The timeline under the graph: dated events as bars spanning their period, the undated lane, a
// two-handle brush that sets the store's time window, an undated switch and "play". Geometry and
// time arithmetic are pure (graph/timeline.ts, and graph/clock.ts for the happened/reported clocks); the parts in this folder only draw and wire events
// to the store: layout.ts (sizes, helpers), Axis, Bars, Brush, Density, usePlayer, UndatedLane, Tooltip.
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
import { useCallback, useMemo, useRef, useState } from 'react';
import { intersectsWindow } from '../../domain/dates';
import { CLOCKS, dateOn, type Clock } from '../../graph/clock';
import { reportedOf } from '../../graph/filter';
import * as TL from '../../graph/timeline';
import { TIMELINE_CLOCK_STRINGS } from '../../i18n/panels';
import { useReach } from '../../i18n/reach';
import { useT } from '../../i18n/useT';
import { appStore, useApp } from '../../store/store';
import { selectHoveredEvent, selectNothing, selectSelectedEvent, wordsOf, type Item, type ItemHandlers } from './items';
import { UNDATED_MAX, calendarOf } from './layout';
import { Plot } from './Plot';
import { Tooltip, type Tip } from './Tooltip';
import { UndatedLane } from './UndatedLane';
import { SPEEDS, usePlayer, type Speed } from './usePlayer';
import './Timeline.css';

export function Timeline() {
  const t = useT();
  const reach = useReach();
  const model = useApp((s) => s.model);
  const lang = useApp((s) => s.lang);
  const filters = useApp((s) => s.filters);
  const win = useApp((s) => s.time.window);
  const showUndated = useApp((s) => s.time.showUndated);
  const setShowUndated = useApp((s) => s.setShowUndated);
  const clock = useApp((s) => s.time.clock ?? 'happened');
  const selected = useApp(selectSelectedEvent);
  const rootRef = useRef<HTMLElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const calendar = calendarOf(lang);

  // Once per dataset and clock: each event's date on that clock, spans, domain, and whether there
  // are too many events for a bar each.
  const { dated, undated, domain, dense, dateOf } = useMemo(() => {
    const reported = model && clock === 'reported' ? reportedOf(model) : new Map();
    const events = (model?.dataset.events ?? []).map((e) => (clock === 'happened' ? e : { id: e.id, kind: e.kind, date: dateOn(clock, e, reported)! }));
    const byId = new Map(events.map((e) => [e.id, e.date]));
    const split = TL.classifyEvents(events);
    return { ...split, domain: TL.timeDomain(split.dated.map((d) => d.span)), dense: split.dated.length > TL.DENSITY_THRESHOLD, dateOf: (id: string) => byId.get(id)! };
  }, [model, clock]);
  // A graph hover lights a bar up; the density view has none to light, so it does not listen.
  const hovered = useApp(dense ? selectNothing : selectHoveredEvent);
  // Events the other filters (countries, kinds) hide are dimmed; the window is shown by the brush.
  const shown = useMemo(() => (model ? TL.shownEvents(model.dataset.events, filters, model.countryFacts) : new Set<string>()), [model, filters]);
  const { playing, play, stop, speed, setSpeed } = usePlayer(domain, calendar);
  const words = useMemo(() => wordsOf(model, lang), [model, lang]);
  const labelOf = useCallback((id: string) => words(id).short, [words]);
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
      label: words(id).label,
      short: labelOf(id),
      aria: words(id).aria,
      selected: selected === id,
      hovered: hovered === id,
      dimmed: !shown.has(id),
      outside: win !== null && intersectsWindow(dateOf(id), win) === false,
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
        <select className="tl-speed" aria-label={reach.speed} value={speed} onChange={(e) => setSpeed(e.target.value as Speed)} disabled={!domain}>
          {(Object.keys(SPEEDS) as Speed[]).map((s) => (
            <option key={s} value={s}>
              {reach[s]}
            </option>
          ))}
        </select>
        <div className="tl-clock" role="radiogroup" aria-label={TIMELINE_CLOCK_STRINGS[lang].clock} data-testid="timeline-clock">
          {CLOCKS.map((c: Clock) => (
            <label key={c} className={c === clock ? 'tl-clock-option is-on' : 'tl-clock-option'}>
              <input type="radio" name="tl-clock" value={c} checked={c === clock} onChange={() => appStore.getState().setClock(c)} />
              {TIMELINE_CLOCK_STRINGS[lang][c]}
            </label>
          ))}
        </div>
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
