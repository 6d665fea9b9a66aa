// One tab stop per group of checkboxes (each fieldset): Tab enters a group at its last-focused box,
// arrows move inside it (Home/End to its ends), Space still toggles. Works on the DOM the group
// renders, so the panel keeps plain checkboxes.
import { useEffect, type RefObject } from 'react';

const BOXES = 'input[type="checkbox"]';
const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREV = new Set(['ArrowUp', 'ArrowLeft']);

function settle(group: Element, current: HTMLInputElement | null) {
  const boxes = [...group.querySelectorAll<HTMLInputElement>(BOXES)];
  const stop = current && boxes.includes(current) ? current : boxes[0];
  for (const box of boxes) {
    const tabIndex = box === stop ? 0 : -1;
    // Written only when it changes: this runs after every render of the panel.
    if (box.tabIndex !== tabIndex) box.tabIndex = tabIndex;
  }
}

export function useRovingGroups(ref: RefObject<HTMLElement | null>) {
  // After every render (boxes come and go with the data), one tab stop per group.
  useEffect(() => {
    for (const group of ref.current?.querySelectorAll('fieldset') ?? []) {
      const current = [...group.querySelectorAll<HTMLInputElement>(BOXES)].find((b) => b.tabIndex === 0) ?? null;
      settle(group, current);
    }
  });
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const onKey = (e: KeyboardEvent) => {
      const box = e.target as HTMLElement;
      const group = box.closest('fieldset');
      if (!group || !box.matches(BOXES)) return;
      const boxes = [...group.querySelectorAll<HTMLInputElement>(BOXES)];
      const at = boxes.indexOf(box as HTMLInputElement);
      let next = -1;
      // Left and Right follow the page: in Persian (RTL) Left is "next".
      const rtl = getComputedStyle(group).direction === 'rtl';
      const key = rtl && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') ? (e.key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft') : e.key;
      if (NEXT.has(key)) next = (at + 1) % boxes.length;
      else if (PREV.has(key)) next = (at - 1 + boxes.length) % boxes.length;
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = boxes.length - 1;
      if (next < 0) return;
      e.preventDefault();
      settle(group, boxes[next]!);
      boxes[next]!.focus();
    };
    const onFocus = (e: FocusEvent) => {
      const box = e.target as HTMLElement;
      const group = box.closest('fieldset');
      if (group && box.matches(BOXES)) settle(group, box as HTMLInputElement);
    };
    root.addEventListener('keydown', onKey);
    root.addEventListener('focusin', onFocus);
    return () => {
      root.removeEventListener('keydown', onKey);
      root.removeEventListener('focusin', onFocus);
    };
    // No deps: the panel renders nothing until the data is loaded, so the root comes later.
  });
}
