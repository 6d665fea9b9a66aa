// How strongly an edge is drawn for how many independent origins support its fact: one origin is
// the ordinary line; each further origin adds width, up to a cap so a well-sourced fact stays a
// line, not a band. The canvas reads the width from the element's data (style.ts). Pure.

/** The ordinary edge width (style.ts), for a fact one origin supports. */
export const BASE_WIDTH = 1.2;
/** Added per further independent origin. */
export const WIDTH_PER_ORIGIN = 1.1;
/** The widest an edge is drawn, at four or more origins. */
export const MAX_WIDTH = BASE_WIDTH + 3 * WIDTH_PER_ORIGIN;

/** The edge width for a fact supported by `origins` independent origins (0 or 1: the ordinary width). */
export function corroborationWidth(origins: number): number {
  const extra = Math.max(0, Math.floor(origins) - 1);
  return Math.round(Math.min(MAX_WIDTH, BASE_WIDTH + extra * WIDTH_PER_ORIGIN) * 100) / 100;
}
