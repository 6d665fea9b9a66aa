// The tip over a hovered or focused bar or chip: name, kind, the stated date, its reading and basis.
import { describeDate } from '../../domain/dates';
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
