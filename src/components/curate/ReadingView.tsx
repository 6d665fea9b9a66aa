// The draft's text as the article view shows a text (right to left for Persian), with the facts'
// quotes and the suggestions marked, and a selection made with the mouse or with the keyboard
// (arrows move a caret, Shift+arrows extend it, Ctrl steps by words). E, V, R and A act on it.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { moveSelection, pointOffset, rangeEnd, rangeStart, sentenceAround, type TextRange } from './textSelection';

export interface Mark {
  start: number;
  end: number;
  /** entity, event, relation or suggestion. */
  type: string;
}

interface Props {
  text: string;
  rtl: boolean;
  marks: readonly Mark[];
  selection: TextRange;
  onSelect: (range: TextRange) => void;
  onAction: (key: 'e' | 'v' | 'r' | 'a') => void;
  label: string;
  describedBy: string;
}

interface Segment {
  start: number;
  end: number;
  types: string[];
}

/**
 * The text cut at every mark's ends, each piece with the kinds of marks over
 * it: one sweep over the sorted ends (a long article has thousands of marks; a pass per piece over
 * every mark would cost seconds per key).
 */
export function segments(text: string, marks: readonly Mark[]): Segment[] {
  const delta = new Map<number, Map<string, number>>();
  const bump = (at: number, type: string, by: number) => {
    const at0 = Math.max(0, Math.min(text.length, at));
    let m = delta.get(at0);
    if (!m) delta.set(at0, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + by);
  };
  for (const m of marks) {
    if (m.end <= m.start) continue;
    bump(m.start, m.type, 1);
    bump(m.end, m.type, -1);
  }
  const cuts = [...new Set([0, text.length, ...delta.keys()])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const open = new Map<string, number>();
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    for (const [type, by] of delta.get(start) ?? []) open.set(type, (open.get(type) ?? 0) + by);
    if (start === end) continue;
    const types = [...open].filter(([, n]) => n > 0).map(([t]) => t);
    out.push({ start, end, types });
  }
  return out;
}

const Text = memo(function Text({ text, segs }: { text: string; segs: Segment[] }) {
  return (
    <>
      {segs.map((seg) => (
        <span key={seg.start} data-s={seg.start} className={seg.types.map((t) => `m-${t}`).join(' ') || undefined}>
          {text.slice(seg.start, seg.end)}
        </span>
      ))}
    </>
  );
});

/** The DOM point of a text offset: the segment holding it (binary search) and the offset inside. */
function domPoint(root: HTMLElement, segs: readonly Segment[], offset: number): [Node, number] | null {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid] as Segment).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  const node = seg ? root.querySelector(`[data-s="${seg.start}"]`)?.firstChild : null;
  return seg && node ? [node, Math.min(offset, seg.end) - seg.start] : null;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
const highlights = (): HighlightRegistry | null => (typeof CSS !== 'undefined' && 'highlights' in CSS ? (CSS as unknown as { highlights: HighlightRegistry }).highlights : null);

export const ReadingView = memo(function ReadingView({ text, rtl, marks, selection, onSelect, onAction, label, describedBy }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const caret = useRef<HTMLSpanElement>(null);
  const start = rangeStart(selection);
  const end = rangeEnd(selection);
  // The text's spans depend on the marks only. The selection is painted over them with the CSS
  // Custom Highlight API and a positioned caret, so moving it re-renders none of a long text.
  const segs = useMemo(() => segments(text, marks), [text, marks]);

  useLayoutEffect(() => {
    const el = root.current;
    const mark = caret.current;
    if (!el || !mark) return;
    const a = domPoint(el, segs, start);
    const b = domPoint(el, segs, end);
    const registry = highlights();
    if (!a || !b) return;
    const range = document.createRange();
    range.setStart(...a);
    range.setEnd(...b);
    if (registry && start < end) registry.set('curate-sel', new (window as unknown as { Highlight: new (r: Range) => unknown }).Highlight(range));
    else registry?.delete('curate-sel');
    // The caret at the focus end, placed where the browser lays that offset out. Every read of
    // the layout comes before any write, and the caret moves by transform: writing a position and
    // then reading a scroll offset made the browser lay out the whole 50,000-character text again
    // on every Shift+arrow (the profile's largest cost); a transform needs no layout at all.
    const at = document.createRange();
    at.setStart(...((selection.focus === start ? a : b) as [Node, number]));
    const rect = at.getClientRects()[0] ?? at.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const x = rect.left - box.left + el.scrollLeft - el.clientLeft;
    const y = rect.top - box.top + el.scrollTop - el.clientTop;
    const height = rect.height || 16;
    mark.style.transform = `translate(${x}px, ${y}px)`;
    const h = `${height}px`;
    if (mark.style.height !== h) mark.style.height = h;
    // Keep the caret in view while the keyboard moves it (scrollIntoView would lay out again).
    if (document.activeElement === el) {
      const top = rect.top - box.top - el.clientTop;
      if (top < 0) el.scrollTop += top;
      else if (top + height > el.clientHeight) el.scrollTop += top + height - el.clientHeight;
    }
  }, [segs, start, end, selection.focus]);
  useEffect(() => () => highlights()?.delete('curate-sel'), []);

  const readDomSelection = () => {
    const el = root.current;
    const sel = window.getSelection();
    if (!el || !sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return;
    const anchor = pointOffset(el, sel.anchorNode, sel.anchorOffset, text.length);
    const focus = pointOffset(el, sel.focusNode, sel.focusOffset, text.length);
    if (anchor === null || focus === null) return;
    onSelect({ anchor, focus });
    // The selection is drawn by the view from here on (the DOM one would be lost on re-render).
    sel.removeAllRanges();
    el.focus({ preventScroll: true });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = moveSelection(text, selection, e.key, { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, rtl });
    if (next) {
      e.preventDefault();
      onSelect(next);
      return;
    }
    if (e.key === 'Escape' && start !== end) {
      e.preventDefault();
      e.stopPropagation();
      onSelect({ anchor: selection.focus, focus: selection.focus });
      return;
    }
    const key = e.key.toLowerCase();
    // S selects the sentence the caret is in: a fact's quote is most often one sentence.
    if (!e.ctrlKey && !e.metaKey && !e.altKey && key === 's') {
      const sentence = sentenceAround(text, start);
      if (sentence) {
        e.preventDefault();
        onSelect({ anchor: sentence.start, focus: sentence.end });
      }
      return;
    }
    if (!e.ctrlKey && !e.metaKey && !e.altKey && (key === 'e' || key === 'v' || key === 'r' || key === 'a') && start !== end) {
      e.preventDefault();
      onAction(key);
    }
  };

  return (
    <div
      ref={root}
      className="curate-reading article-text"
      dir={rtl ? 'rtl' : 'ltr'}
      lang={rtl ? 'fa' : undefined}
      tabIndex={0}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={label}
      aria-describedby={describedBy}
      data-testid="curate-reading"
      data-sel-start={start}
      data-sel-end={end}
      onMouseUp={readDomSelection}
      onKeyDown={onKeyDown}
    >
      <Text text={text} segs={segs} />
      <span ref={caret} className="curate-caret" aria-hidden />
    </div>
  );
});
