// Text offsets for the reading view. The view shows the text as flat segments, each a span whose
// `data-s` is the UTF-16 offset of its first character and whose only child is its text, so a DOM
// point (a text node and an offset in it, or an element and a child index) maps to an exact offset
// of the stored text. Keyboard moves step over whole surrogate pairs. Pure apart from DOM reads.
import { sentenceSpans } from '../../curation/sentences';

export interface TextRange {
  anchor: number;
  focus: number;
}

export const rangeStart = (r: TextRange) => Math.min(r.anchor, r.focus);
export const rangeEnd = (r: TextRange) => Math.max(r.anchor, r.focus);

function segmentStart(el: Element): number | null {
  const s = (el as HTMLElement).dataset?.s;
  return s === undefined ? null : Number(s);
}

/** The text offset of a DOM selection point inside `root`, or null when it is outside. */
export function pointOffset(root: Element, node: Node, offset: number, textLength: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const span = node.parentElement?.closest('[data-s]');
    const start = span ? segmentStart(span) : null;
    return start === null ? null : start + offset;
  }
  const el = node as Element;
  const own = segmentStart(el);
  if (own !== null && el !== root) return offset === 0 ? own : own + (el.textContent?.length ?? 0);
  // An element holding segments: `offset` counts its children; take the start of the next segment.
  const children = [...el.childNodes];
  for (const child of children.slice(offset)) {
    const first = child instanceof Element ? (child.matches('[data-s]') ? child : child.querySelector('[data-s]')) : null;
    const start = first ? segmentStart(first) : null;
    if (start !== null) return start;
  }
  return textLength;
}

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** One character forward or back from `at`, never into the middle of a surrogate pair. */
export function step(text: string, at: number, forward: boolean): number {
  if (forward) {
    if (at >= text.length) return text.length;
    return isLow(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  }
  if (at <= 0) return 0;
  return isLow(text.charCodeAt(at - 1)) && at >= 2 ? at - 2 : at - 1;
}

const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;

/** To the end of the next word (forward) or the start of the previous one (back). */
export function wordStep(text: string, at: number, forward: boolean): number {
  let i = at;
  if (forward) {
    while (i < text.length && !WORD.test(text.charAt(i))) i++;
    while (i < text.length && WORD.test(text.charAt(i))) i++;
  } else {
    while (i > 0 && !WORD.test(text.charAt(i - 1))) i--;
    while (i > 0 && WORD.test(text.charAt(i - 1))) i--;
  }
  return i;
}

/** Start and end of the line holding `at`. */
export function lineBounds(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return [start, nl === -1 ? text.length : nl];
}

/**
 * To the start of the next paragraph (a line with text after a line break), or back to the start
 * of this one, or of the one before when already there (Ctrl+Down / Ctrl+Up, as in word
 * processors). Without it a curator reached the third paragraph of the walkthrough's article with
 * some forty Ctrl+arrow presses.
 */
export function paragraphStep(text: string, at: number, forward: boolean): number {
  const blank = (i: number) => /\s/.test(text.charAt(i));
  if (forward) {
    const nl = text.indexOf('\n', at);
    if (nl === -1) return text.length;
    let i = nl + 1;
    while (i < text.length && blank(i)) i++;
    return i;
  }
  let start = lineBounds(text, at)[0];
  while (start < at && blank(start)) start++;
  if (start < at) return start;
  // Already at this paragraph's start: the previous paragraph's start, over blank lines.
  let i = start - 1;
  while (i > 0 && blank(i - 1)) i--;
  if (i <= 0) return 0;
  start = lineBounds(text, i - 1)[0];
  while (start < i && blank(start)) start++;
  return start;
}

/** The sentence holding `at` (or the next one after it), as sentences.ts bounds them; null when the text has none. */
export function sentenceAround(text: string, at: number): { start: number; end: number } | null {
  const spans = sentenceSpans(text);
  return spans.find((x) => at < x.end) ?? spans.at(-1) ?? null;
}

/** The next selection for a key, or null when the key does not move the caret. */
export function moveSelection(text: string, range: TextRange, key: string, opts: { shift: boolean; ctrl: boolean; rtl: boolean }): TextRange | null {
  let focus: number;
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    // In a right-to-left text the left arrow goes forward through the text.
    const forward = (key === 'ArrowLeft') === opts.rtl;
    focus = opts.ctrl ? wordStep(text, range.focus, forward) : step(text, range.focus, forward);
  } else if ((key === 'ArrowDown' || key === 'ArrowUp') && opts.ctrl) focus = paragraphStep(text, range.focus, key === 'ArrowDown');
  else if (key === 'Home') focus = opts.ctrl ? 0 : lineBounds(text, range.focus)[0];
  else if (key === 'End') focus = opts.ctrl ? text.length : lineBounds(text, range.focus)[1];
  else return null;
  return opts.shift ? { anchor: range.anchor, focus } : { anchor: focus, focus };
}
