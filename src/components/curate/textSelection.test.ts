// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { moveSelection, paragraphStep, pointOffset, sentenceAround, step } from './textSelection';

describe('reading-view offsets', () => {
  it('maps DOM points in segments to UTF-16 offsets of the text', () => {
    const text = 'سه\u200Cشنبه «ترکیه» 😀 end';
    const root = document.createElement('div');
    const cuts = [0, 5, 9, 16, text.length];
    for (let i = 0; i < cuts.length - 1; i++) {
      const span = document.createElement('span');
      span.dataset.s = String(cuts[i]);
      span.textContent = text.slice(cuts[i], cuts[i + 1]);
      root.append(span);
    }
    const second = root.children[1]!;
    expect(pointOffset(root, second.firstChild!, 2, text.length)).toBe(7);
    expect(pointOffset(root, root, 2, text.length)).toBe(9);
    expect(pointOffset(root, root, 4, text.length)).toBe(text.length);
    expect(pointOffset(root, second, 1, text.length)).toBe(9);
    expect(pointOffset(root, document.body, 0, text.length)).toBeNull();
  });
  it('moves by characters, never splitting a surrogate pair, and by words in either direction', () => {
    const text = 'a😀b';
    expect(step(text, 1, true)).toBe(3);
    expect(step(text, 3, false)).toBe(1);
    const fa = 'دیدار در باکو';
    // Left goes forward in RTL; Shift keeps the anchor.
    expect(moveSelection(fa, { anchor: 0, focus: 0 }, 'ArrowLeft', { shift: true, ctrl: false, rtl: true })).toEqual({ anchor: 0, focus: 1 });
    expect(moveSelection(fa, { anchor: 0, focus: 0 }, 'ArrowLeft', { shift: true, ctrl: true, rtl: true })).toEqual({ anchor: 0, focus: 5 });
    expect(moveSelection(fa, { anchor: 3, focus: 3 }, 'ArrowRight', { shift: false, ctrl: false, rtl: false })).toEqual({ anchor: 4, focus: 4 });
    expect(moveSelection(fa, { anchor: 3, focus: 3 }, 'End', { shift: true, ctrl: false, rtl: true })).toEqual({ anchor: 3, focus: fa.length });
  });
});

describe('reading-view segments', () => {
  it('cuts the text at every mark end in one sweep, each piece with the kinds over it', async () => {
    const { segments } = await import('./ReadingView');
    const segs = segments('abcdefghij', [
      { start: 1, end: 5, type: 'event' },
      { start: 2, end: 4, type: 'entity' },
      { start: 8, end: 12, type: 'suggestion' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.types.sort().join('+')])).toEqual([
      [0, 1, ''],
      [1, 2, 'event'],
      [2, 4, 'entity+event'],
      [4, 5, 'event'],
      [5, 8, ''],
      [8, 10, 'suggestion'],
    ]);
  });

  it('moves by paragraph with Ctrl+Down/Up, over blank lines, keeping the anchor with Shift', () => {
    const text = 'یک دو.\n\n  سه چهار.\nپنج';
    const third = text.indexOf('پنج');
    const second = text.indexOf('سه');
    expect(paragraphStep(text, 0, true)).toBe(second);
    expect(paragraphStep(text, second, true)).toBe(third);
    expect(paragraphStep(text, third, true)).toBe(text.length);
    expect(paragraphStep(text, third + 2, false)).toBe(third);
    expect(paragraphStep(text, third, false)).toBe(second);
    expect(paragraphStep(text, second, false)).toBe(0);
    expect(paragraphStep(text, 0, false)).toBe(0);
    expect(moveSelection(text, { anchor: 1, focus: 1 }, 'ArrowDown', { shift: true, ctrl: true, rtl: true })).toEqual({ anchor: 1, focus: second });
    // Without Ctrl, Up and Down are left to the browser (they scroll the view).
    expect(moveSelection(text, { anchor: 1, focus: 1 }, 'ArrowDown', { shift: false, ctrl: false, rtl: true })).toBeNull();
  });

  it('finds the sentence around an offset, as the coverage counts sentences', () => {
    const text = 'به گزارش نمونه، هیئتی از ترکیه دیدار کرد. دو طرف گفت‌وگو کردند.\nپایان';
    const first = text.indexOf('.') + 1;
    expect(sentenceAround(text, 3)).toEqual({ start: 0, end: first });
    expect(sentenceAround(text, first)).toEqual({ start: first + 1, end: text.indexOf('\n') });
    expect(sentenceAround(text, text.length)).toEqual({ start: text.indexOf('پایان'), end: text.length });
    expect(sentenceAround('', 0)).toBeNull();
  });
});
