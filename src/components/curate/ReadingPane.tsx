// The reading view with its selection and the buttons that act on it. The selection is this
// pane's own state: moving it re-renders the pane, not the workbench with its forms and lists.
import { memo, useState } from 'react';
import { useCurate } from '../../i18n/curate';
import { ReadingView, type Mark } from './ReadingView';
import { rangeEnd, rangeStart, type TextRange } from './textSelection';

import type { FormKind } from './openForm';

export type { FormKind };

interface Props {
  text: string;
  rtl: boolean;
  marks: readonly Mark[];
  onAct: (kind: FormKind, start: number, end: number) => void;
}

export const ReadingPane = memo(function ReadingPane({ text, rtl, marks, onAct }: Props) {
  const s = useCurate();
  const [selection, setSelection] = useState<TextRange>({ anchor: 0, focus: 0 });
  const start = rangeStart(selection);
  const end = rangeEnd(selection);
  const act = (kind: FormKind) => {
    if (start < end) onAct(kind, start, end);
  };
  const said = start < end ? s.selection(start, end) : s.noSelection;
  return (
    <section className="curate-read" aria-labelledby="curate-read-heading">
      <h3 id="curate-read-heading">{s.reading}</h3>
      <p className="curate-hint" id="curate-read-hint">
        {s.readingHint}
      </p>
      {text ? <ReadingView text={text} rtl={rtl} marks={marks} selection={selection} onSelect={setSelection} onAction={act} label={s.reading} describedBy="curate-read-hint" /> : <p className="empty-hint">{s.noText}</p>}
      <div className="curate-actions" role="group" aria-label={said}>
        <span data-testid="curate-selection">{said}</span>
        {(['e', 'v', 'r', 'a'] as const).map((k) => (
          <button key={k} type="button" disabled={start === end} onClick={() => act(k)} aria-keyshortcuts={k.toUpperCase()}>
            {{ e: s.newEntity, v: s.newEvent, r: s.newRelation, a: s.addEvidence }[k]}
          </button>
        ))}
      </div>
    </section>
  );
});
