// The time axis: grid lines at major ticks (drawn under the bars) and the axis line with its ticks
// and date labels (drawn over them).
import * as TL from '../../graph/timeline';
import { TOP } from './layout';

export function AxisGrid({ ticks, scale, axisY }: { ticks: TL.Tick[]; scale: TL.Scale; axisY: number }) {
  return ticks.map((tick) =>
    tick.major ? <line key={`g${tick.ms}`} className="tl-grid" x1={TL.toX(scale, tick.ms)} x2={TL.toX(scale, tick.ms)} y1={TOP - 4} y2={axisY} /> : null,
  );
}

export function Axis({ ticks, scale, axisY }: { ticks: TL.Tick[]; scale: TL.Scale; axisY: number }) {
  return (
    <>
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
    </>
  );
}
