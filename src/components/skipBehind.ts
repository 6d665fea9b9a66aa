// The views behind the open curation workbench (a full-window, opaque modal dialog) are not
// rendered: content-visibility skips them, so a frame of a key typed in the workbench paints none
// of them (visibility: hidden alone still had them painted at every frame: paint 1.10/1.11 ->
// 0.47/0.40 ms per key, the key's frame 2.88/3.02 -> 2.44/1.95 ms; curation-keypath.ts, paced
// typing in the Persian title of a 50,000-character article, 2 A/B pairs, load 9-12).
// A skipped box is sized as if empty, which would collapse the page grid's auto rows (the
// timeline's) and resize the graph: each view is given the size it has now as its intrinsic size
// first, so nothing moves, and content-visibility keeps their rendering state for the close.
import { useLayoutEffect, type RefObject } from 'react';

export function useSkipBehind(app: RefObject<HTMLElement | null>, open: boolean) {
  useLayoutEffect(() => {
    const root = app.current;
    if (!root || !open) return;
    const parts = [...root.children].filter((el): el is HTMLElement => el instanceof HTMLElement && !el.classList.contains('app-header'));
    // Read every size before writing any (one layout). The intrinsic size is the content box's.
    const px = (cs: CSSStyleDeclaration, ...props: string[]) => props.reduce((sum, p) => sum + (parseFloat(cs.getPropertyValue(p)) || 0), 0);
    const sizes = parts.map((el) => {
      const box = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const w = box.width - px(cs, 'padding-left', 'padding-right', 'border-left-width', 'border-right-width');
      const h = box.height - px(cs, 'padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width');
      return `${Math.max(0, w)}px ${Math.max(0, h)}px`;
    });
    parts.forEach((el, i) => {
      el.style.containIntrinsicSize = sizes[i] ?? '';
    });
    root.setAttribute('data-behind', 'skipped');
    return () => {
      root.removeAttribute('data-behind');
      for (const el of parts) el.style.containIntrinsicSize = '';
    };
  }, [app, open]);
}
