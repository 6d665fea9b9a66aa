// The dated events, a bar each spanning its period in its lane, with its label inside or beside it.
import { EVENT_COLOURS } from '../../graph/style';
import type * as TL from '../../graph/timeline';
import type { Lang } from '../../i18n/strings';
import { itemClass, itemProps, type Item, type ItemHandlers } from './items';
import { DEFAULT_COLOUR, FADE_LTR, FADE_RTL, HATCH_ID, TOP, labelPx, textPx } from './layout';

/** Patterns and gradients the bars refer to by id. */
export function BarDefs() {
  return (
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
  );
}

interface BarsProps {
  bars: TL.EventBar[];
  laneH: number;
  lang: Lang;
  item(id: string): Item;
  handlers: ItemHandlers;
  tipId: string | undefined;
}

export function Bars({ bars, laneH, lang, item, handlers, tipId }: BarsProps) {
  return bars.map((bar) => {
    const it = item(bar.id);
    const y = TOP + bar.lane * laneH + 1;
    const h = laneH - 2;
    const label = barLabel(bar, h, it.short, lang);
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
  });
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
