// The tip over a hovered or focused bar or chip: name, kind, the stated date, its reading and basis,
// and on both clocks when it was first reported and the reporting lag.
import { describeDate } from '../../domain/dates';
import { reportingLagDays } from '../../graph/clock';
import { reportedOf } from '../../graph/filter';
import { TIMELINE_CLOCK_STRINGS } from '../../i18n/panels';
import { formatNumber } from '../../i18n/strings';
import type { GraphModel } from '../../graph/model';
import { kindName } from '../../i18n/kinds';
import type { Lang } from '../../i18n/strings';
import { nodeName } from '../names';
import { TIP_ID } from './layout';

export interface Tip {
  id: string;
  left: number;
  top: number;
}

export function Tooltip({ model, id, lang, left, top }: { model: GraphModel; id: string; lang: Lang; left: number; top: number }) {
  const event = model.eventById.get(id);
  if (!event) return null;
  const { date } = event;
  const words = TIMELINE_CLOCK_STRINGS[lang];
  const reported = reportedOf(model).get(id);
  const lag = reportingLagDays(date, reported);
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
      <p className="tl-tip-date">
        {words.happenedTip}: {describeDate(date, lang)}
      </p>
      <p className="tl-tip-reported" data-testid="timeline-tip-reported">
        {words.reportedTip}: {reported ? describeDate(reported, lang) : words.notReported}
        {lag === null ? null : ` (${lag === 0 ? words.sameDay : lag > 0 ? words.lag(formatNumber(lag, lang)) : words.early(formatNumber(-lag, lang))})`}
      </p>
      {date.basis ? (
        <p className="tl-tip-basis" lang="en" dir="ltr">
          {date.basis}
        </p>
      ) : null}
    </div>
  );
}
