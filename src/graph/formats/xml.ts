// XML text shared by the GraphML, GEXF and SVG writers: escaping, the characters XML 1.0 forbids,
// and GraphML's NMTOKEN ids.
import type { GraphModel } from '../model';

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. With the
// `u` flag a lone surrogate is one code point outside every range, so it goes too.
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 cannot carry at all (controls, U+FFFE/FFFF, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

/** Text for element content: line breaks kept, CR as a reference so parsers do not fold it. */
export function escapeXmlText(value: string | number): string {
  return xmlSafe(String(value)).replace(/[&<>"'\r]/g, (c) => ESCAPES[c] as string);
}

/** Text for an attribute value: also tabs and line breaks as references, which survive normalisation. */
export function escapeXmlAttr(value: string | number): string {
  return xmlSafe(String(value)).replace(/[&<>"'\r\n\t]/g, (c) => ESCAPES[c] as string);
}

/**
 * A GraphML id (xs:NMTOKEN). Kavosh ids are already names except participation edges
 * (`event~entity~0`): `~` becomes `:`, and any other character outside [A-Za-z0-9_-] becomes
 * `.hex.`, so distinct ids stay distinct.
 */
export function nmtoken(id: string): string {
  const token = [...id]
    .map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : c === '~' ? ':' : `.${(c.codePointAt(0) as number).toString(16)}.`))
    .join('');
  return token === '' ? '.0.' : token;
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';

export function graphTitle(model: GraphModel): string {
  return model.dataset.documents.map((d) => d.title.en).join('; ');
}

/** A coordinate or size as XML text: two decimals at most, no exponent (xs:float reads it). */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}
