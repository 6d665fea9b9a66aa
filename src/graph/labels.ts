// What the canvas writes beside a node. Events carry a curated short label (2–4 words) for the
// canvas; where a dataset has none, the full title is cut at a word boundary so that a long title
// never turns into a five-line block over its neighbours (the panels keep the full wording).

/** Longest fallback canvas label, in characters. */
export const CANVAS_LABEL_MAX = 28;

export function shortenLabel(text: string, max = CANVAS_LABEL_MAX): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.search(/\s\S*$/);
  // A first word longer than the limit is cut inside the word rather than left whole.
  const head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '');
  return `${head}…`;
}

/** An event's canvas label in one language: its short label, else its title shortened. */
export function eventCanvasLabel(short: string | undefined, full: string): string {
  return short?.trim() ? short.trim() : shortenLabel(full);
}
