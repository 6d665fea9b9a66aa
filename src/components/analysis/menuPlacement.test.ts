import { describe, expect, it } from 'vitest';
import { placeMenu } from './menuPlacement';

const view = { width: 1000, height: 800 };
const size = { width: 200, height: 150 };

describe('placeMenu', () => {
  it('opens to the right and below in LTR, to the left in RTL', () => {
    expect(placeMenu({ x: 300, y: 200 }, size, view, false)).toEqual({ left: 300, top: 200 });
    expect(placeMenu({ x: 300, y: 200 }, size, view, true)).toEqual({ left: 100, top: 200 });
  });
  it('flips to the other side when the reading side has no room', () => {
    expect(placeMenu({ x: 900, y: 200 }, size, view, false)).toEqual({ left: 700, top: 200 });
    expect(placeMenu({ x: 50, y: 200 }, size, view, true)).toEqual({ left: 50, top: 200 });
    expect(placeMenu({ x: 300, y: 750 }, size, view, false)).toEqual({ left: 300, top: 600 });
  });
  it('stays inside the window whatever the anchor', () => {
    for (const rtl of [false, true])
      for (const x of [-50, 0, 3, 150, 500, 990, 1200])
        for (const y of [-10, 0, 100, 700, 799, 900]) {
          const p = placeMenu({ x, y }, size, view, rtl);
          expect(p.left).toBeGreaterThanOrEqual(4);
          expect(p.left + size.width).toBeLessThanOrEqual(view.width - 4);
          expect(p.top).toBeGreaterThanOrEqual(4);
          expect(p.top + size.height).toBeLessThanOrEqual(view.height - 4);
        }
  });
  it('keeps the start edge of a menu wider than a phone', () => {
    expect(placeMenu({ x: 100, y: 100 }, { width: 400, height: 100 }, { width: 360, height: 740 }, false).left).toBe(4);
    expect(placeMenu({ x: 100, y: 100 }, { width: 400, height: 100 }, { width: 360, height: 740 }, true).left).toBe(360 - 400 - 4);
  });
});
