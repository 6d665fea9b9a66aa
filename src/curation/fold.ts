// The text as search sees it, with a map back to the text as stored. Suggestions (mentions, date
// phrases) are found in the folded form — Arabic yeh/kaf as Persian, ZWNJ and diacritics dropped,
// every digit ASCII, lower case — but a suggestion must quote the stored text exactly, so every
// folded character remembers the UTF-16 range of the stored text it came from. Pure.
import { normalizeForSearch } from '../domain/persian';

export interface FoldedText {
  /** The folded text. Whitespace is kept one for one (a newline stays a newline). */
  folded: string;
  /** For each folded character, where its source character starts in the stored text. */
  start: Int32Array;
  /** For each folded character, where its source ends, taking in the marks that follow it. */
  end: Int32Array;
  /** 1 where an invisible joiner control (ZWNJ and the like) was dropped just before this character. */
  joinerBefore: Uint8Array;
  /** 1 where the folded character is a letter or digit (a word character), for cheap boundary tests. */
  word: Uint8Array;
}

/**
 * Dropped characters that are boundaries rather than parts of the letter before them: ZWNJ, ZWJ,
 * zero-width space, bidi controls, BOM, soft hyphen, word joiners. A match never takes these in.
 * Other dropped characters (harakat, hamza above, shadda, tatweel, a lone hamza) belong to the
 * letter before, so a match that ends on that letter takes them in too: «عَلِیّ» is quoted whole.
 */
const BOUNDARY = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const WHITESPACE = /\s/;

const cache = new Map<string, string>();

/** One character (a whole code point) folded exactly as normalizeForSearch folds it in a string. */
export function foldChar(c: string): string {
  let out = cache.get(c);
  if (out === undefined) {
    // Some code points fold to a space inside (e.g. ligatures of two words): keep them compact.
    out = WHITESPACE.test(c) ? c : normalizeForSearch(c).replace(/\s+/g, '');
    if (cache.size < 20_000) cache.set(c, out);
  }
  return out;
}

let lastText: string | undefined;
let lastFold: FoldedText | undefined;

/**
 * Folds `text` one code point at a time, recording where each folded character came from. The
 * last text's fold is kept: the mention and date finders run on the same text one after the
 * other. Treat the result as read-only.
 */
export function foldWithMap(text: string): FoldedText {
  if (text === lastText && lastFold) return lastFold;
  lastFold = fold(text);
  lastText = text;
  return lastFold;
}

function fold(text: string): FoldedText {
  // Typed arrays sized for the common case (one folded character per stored one), grown when NFKD
  // expands a character into many (ﷺ into 18 letters).
  let capacity = text.length + 16;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let joinerBefore = new Uint8Array(capacity);
  const parts: string[] = [];
  let n = 0;
  let joiner = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const c = width === 2 ? text.slice(i, i + 2) : (text[i] as string);
    const f = foldChar(c);
    if (f === '') {
      if (BOUNDARY.test(c)) joiner = 1;
      else if (n > 0 && joiner === 0) end[n - 1] = i + width;
    } else {
      if (n + f.length > capacity) {
        capacity = 2 * (n + f.length);
        const grow = <T extends Int32Array | Uint8Array>(a: T, make: (k: number) => T): T => {
          const b = make(capacity);
          b.set(a);
          return b;
        };
        start = grow(start, (k) => new Int32Array(k));
        end = grow(end, (k) => new Int32Array(k));
        joinerBefore = grow(joinerBefore, (k) => new Uint8Array(k));
      }
      // Each folded character of an expansion maps to the whole source character, so a match can
      // never cut a stored character in two.
      for (let k = 0; k < f.length; k++) {
        start[n] = i;
        end[n] = i + width;
        joinerBefore[n] = k === 0 ? joiner : 0;
        n++;
      }
      parts.push(f);
      joiner = 0;
    }
    i += width;
  }
  const folded = parts.join('');
  const word = new Uint8Array(folded.length);
  for (let k = 0; k < folded.length; k++) {
    const code = folded.charCodeAt(k);
    // ASCII fast path; otherwise the Unicode test (cached per character).
    word[k] = code < 128 ? (((code | 32) >= 97 && (code | 32) <= 122) || (code >= 48 && code <= 57) ? 1 : 0) : isWordCode(folded[k] as string);
  }
  return { folded, start: start.subarray(0, n), end: end.subarray(0, n), joinerBefore: joinerBefore.subarray(0, n), word };
}

/** Letters and digits of any script (the folded text has no marks left). */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

const wordCache = new Map<string, 0 | 1>();
function isWordCode(c: string): 0 | 1 {
  let w = wordCache.get(c);
  if (w === undefined) {
    w = WORD_CHAR.test(c) ? 1 : 0;
    wordCache.set(c, w);
  }
  return w;
}

/** The stored-text range of folded characters [from, to). */
export function originalRange(f: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: f.start[from] as number, end: f.end[to - 1] as number };
}
