// The plot: the axis, the brush and either a bar per dated event or, at scale, their density.
import { useMemo, useRef } from 'react';
import type { Calendar, TimeSpan } from '../../domain/dates';
import * as TL from '../../graph/timeline';
import { TIMELINE_DENSITY_STRINGS } from '../../i18n/panels';
import { formatNumber, type Lang } from '../../i18n/strings';
import { useT } from '../../i18n/useT';
import { appStore, useApp } from '../../store/store';
import { Axis, AxisGrid } from './Axis';
import { BarDefs, Bars } from './Bars';
import { BrushBand, BrushSlider, HandleGrip, useBrush } from './Brush';
import { DensityCanvas, DensityMarks } from './Density';
import type { Item, ItemHandlers } from './items';
import { AXIS, HEIGHT, LANE_MAX, LANE_MIN, PAD_X, SUMMARY_ID, TOP, labelPx, useWidth } from './layout';

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

export function Plot({ domain, calendar, lang, bars: items, dense, shown, selected, item, labelOf, handlers, tipId, onUserMove }: PlotProps) {
  const t = useT();
  const win = useApp((s) => s.time.window);
  const [plotRef, width] = useWidth();
  const svgRef = useRef<SVGSVGElement>(null);

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

  // A click on the density (not a drag) selects the event under it, as a click on a bar does.
  const onClickAt = placement
    ? (x: number) => {
        const id = TL.eventAt(placement, x, (e) => shown.has(e));
        if (id) appStore.getState().select(id, true);
      }
    : undefined;
  const { onHandleKey, svgHandlers } = useBrush({ domain, calendar, scale, width, svgRef, onUserMove, onClickAt });
  const slider = (which: TL.Handle) => <BrushSlider which={which} brush={brush} domain={domain} scale={scale} axisY={axisY} lang={lang} onKeyDown={onHandleKey(which)} />;

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
          {...svgHandlers}
        >
          <BarDefs />
          <rect className="tl-background" data-drag="new" x={0} y={0} width={width} height={height} />
          <AxisGrid ticks={ticks} scale={scale} axisY={axisY} />
          <BrushBand brush={brush} scale={scale} axisY={axisY} active={win !== null} />
          {density ? <DensityMarks density={density} placement={placement!} at={selected ? columnsOf.get(selected) : undefined} lang={lang} axisY={axisY} /> : null}
          {slider('start')}
          {slider('end')}
          <Bars bars={bars} laneH={laneH} lang={lang} item={item} handlers={handlers} tipId={tipId} />
          <Axis ticks={ticks} scale={scale} axisY={axisY} />
          <HandleGrip which="start" brush={brush} scale={scale} axisY={axisY} />
          <HandleGrip which="end" brush={brush} scale={scale} axisY={axisY} />
        </svg>
      ) : null}
    </div>
  );
}
