// Where a context menu opens: beside the pointer on the reading side (to the right in English,
// to the left in Persian), flipped or pushed back when it would leave the window. Pure.

export interface Placement {
  left: number;
  top: number;
}

const MARGIN = 4;

/**
 * The menu's top-left corner for an anchor point, a menu size and the window's size. In RTL the
 * menu's right edge sits at the anchor; it flips to the other side when that side has no room,
 * and is finally clamped inside the window (a menu larger than the window keeps its start edge).
 */
export function placeMenu(
  anchor: { x: number; y: number },
  size: { width: number; height: number },
  view: { width: number; height: number },
  rtl: boolean,
): Placement {
  const fitsRight = anchor.x + size.width <= view.width - MARGIN;
  const fitsLeft = anchor.x - size.width >= MARGIN;
  let left = rtl ? (fitsLeft || !fitsRight ? anchor.x - size.width : anchor.x) : fitsRight || !fitsLeft ? anchor.x : anchor.x - size.width;
  const fitsBelow = anchor.y + size.height <= view.height - MARGIN;
  let top = fitsBelow || anchor.y - size.height < MARGIN ? anchor.y : anchor.y - size.height;
  left = clamp(left, MARGIN, view.width - size.width - MARGIN, rtl);
  top = clamp(top, MARGIN, view.height - size.height - MARGIN, false);
  return { left: Math.round(left), top: Math.round(top) };
}

/** Clamps into [lo, hi]; when the range is empty (menu wider than the window) the start edge wins. */
function clamp(v: number, lo: number, hi: number, endFirst: boolean): number {
  if (hi < lo) return endFirst ? hi : lo;
  return Math.min(hi, Math.max(lo, v));
}
