// Names from the data inside the app's own sentences are bidi-isolated (U+2068 FIRST STRONG
// ISOLATE … U+2069 POP DIRECTIONAL ISOLATE): a title holding an unbalanced U+202E (right-to-left
// override) or a Persian name inside an English message then cannot reorder the words around it.
// Isolates work in text nodes, titles and accessible names alike, where <bdi> cannot go.

const FSI = '\u2068';
const PDI = '\u2069';

/** The text, bidi-isolated from what surrounds it. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
