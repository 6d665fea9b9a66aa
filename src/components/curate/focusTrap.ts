// Keeping Tab inside a modal dialog. A native <dialog> opened with showModal() makes the page
// behind it inert, but Tab from its last control still leaves for the browser's own UI (or the
// document itself); the workbench is a whole screen of work, so Tab and Shift+Tab wrap around.

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The elements Tab reaches inside `root`, in document order (enabled, shown, tabindex ≥ 0). */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
  );
}

/** Moves focus around the ends of `root` on Tab / Shift+Tab; other keys, and Tab in the middle, are left to the browser. */
export function wrapTab(root: HTMLElement, e: KeyboardEvent): void {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
  const list = tabbables(root);
  const first = list[0];
  const last = list.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && root.contains(active) && active !== root;
  if (e.shiftKey && (!inside || active === first)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault();
    first.focus();
  }
}
