// Search over Persian, Arabic-script, Turkish/Azerbaijani and English names. The same word reaches
// us in several spellings (Arabic vs Persian yeh and kaf, with or without ZWNJ, diacritics, three
// digit sets, İ/ı/ə), so both sides are folded to one form and near misses are caught by a cheap,
// bounded edit distance. Pure: runs in the browser and in Node.

/** Zero-width and bidi controls, soft hyphen, Arabic letter mark, BOM, tatweel, lone hamza. */
const INVISIBLE = /[\u00AD\u061C\u0621\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Combining marks (Latin accents, Arabic harakat, hamza/madda above) and Quranic annotation signs. */
const MARKS = /[\p{Mn}\u06D6-\u06ED]/gu;

const LETTER_MAP: Readonly<Record<string, string>> = {
  // Arabic letters to their Persian counterparts. Hamza-carrying letters mostly arrive decomposed
  // (NFKD splits أ into ا + hamza above), but keep them here for safety.
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ې': 'ی', 'ۍ': 'ی',
  'ك': 'ک', 'ڪ': 'ک',
  'ة': 'ه', 'ۃ': 'ه', 'ە': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ۂ': 'ه', 'ھ': 'ه',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ؤ': 'و',
  // Persian and Arabic-Indic digits.
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  // Latin letters that NFKD does not decompose.
  'ı': 'i', 'ə': 'e', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ł': 'l', 'ħ': 'h',
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'g');

/**
 * Folds a string for search. Lower-cases, decomposes compatibility forms (Arabic presentation
 * forms, ligatures, full-width letters), drops combining marks and invisible characters (ZWNJ
 * included, so `گفت‌وگو` becomes `گفتوگو`), maps Arabic letters to Persian ones and every digit to
 * ASCII, and collapses whitespace. Idempotent.
 */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LETTERS, (c) => LETTER_MAP[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** ASCII and Arabic-Indic digits to Persian digits; everything else unchanged. */
export function toPersianDigits(s: string): string {
  return s.replace(/[0-9\u0660-\u0669]/g, (c) => {
    const code = c.charCodeAt(0);
    return PERSIAN_DIGITS.charAt(code >= 0x0660 ? code - 0x0660 : code - 48);
  });
}

/** Persian and Arabic-Indic digits to ASCII digits; everything else unchanged. */
export function toLatinDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (c) => {
    const code = c.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

// Score tiers: a better kind of match always outranks a worse one.
export const SCORE = {
  exact: 100,
  exactIgnoringSpaces: 95,
  prefix: 80,
  wordPrefix: 70,
  substring: 60,
  substringIgnoringSpaces: 55,
  allWordsPrefix: 50,
  /** Fuzzy matches score this minus 5 per edit. */
  fuzzy: 40,
} as const;

/** Edits tolerated in a word of this length: none below 4, one for 4–6, two from 7 on. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/** Minimum length of a query before the fuzzy pass runs. */
const FUZZY_MIN_LENGTH = 3;

interface Prepared {
  norm: string;
  compact: string;
  tokens: string[];
}

function prepare(s: string): Prepared {
  const norm = normalizeForSearch(s);
  return { norm, compact: norm.replace(/ /g, ''), tokens: norm === '' ? [] : norm.split(' ') };
}

function scorePrepared(q: Prepared, c: Prepared): number {
  if (q.norm === '' || c.norm === '') return 0;
  if (c.norm === q.norm) return SCORE.exact;
  if (c.compact === q.compact) return SCORE.exactIgnoringSpaces;
  if (c.norm.startsWith(q.norm)) return SCORE.prefix;
  const at = c.norm.indexOf(q.norm);
  if (at > 0) return c.norm.charCodeAt(at - 1) === 32 ? SCORE.wordPrefix : SCORE.substring;
  if (c.compact.includes(q.compact)) return SCORE.substringIgnoringSpaces;
  if (q.compact.length < FUZZY_MIN_LENGTH) return 0;
  return fuzzyScore(q, c);
}

function fuzzyScore(q: Prepared, c: Prepared): number {
  let best = 0;
  // Spaces-removed forms catch "گفت وگو" vs "گفتوگوها"; for one word each the loop below suffices.
  if (q.tokens.length > 1 || c.tokens.length > 1) {
    const max = allowedEdits(q.compact.length);
    const whole = boundedEditDistance(q.compact, c.compact, max);
    if (whole <= max) best = SCORE.fuzzy - 5 * whole;
  }

  // Every query word must match some candidate word: exactly, as a prefix, or within its edits.
  let total = 0;
  for (const word of q.tokens) {
    const max = allowedEdits(word.length);
    let wordBest = max + 1;
    for (const token of c.tokens) {
      if (token.startsWith(word)) {
        wordBest = 0;
        break;
      }
      if (max > 0) wordBest = Math.min(wordBest, boundedEditDistance(word, token, max));
    }
    if (wordBest > max) return best;
    total += wordBest;
  }
  const tokenScore = total === 0 ? SCORE.allWordsPrefix : SCORE.fuzzy - 5 * total;
  return Math.max(best, tokenScore, 1);
}

// Three DP rows reused across calls: the fuzzy pass may run on every key of a large index.
let rows = new Int32Array(96);

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up as
 * soon as it must exceed `max`: then it returns `max + 1`. Only the diagonal band of width
 * 2·max+1 is computed. Compares UTF-16 code units.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  const over = max + 1;
  if (Math.abs(n - m) > max) return over;
  if (n === 0 || m === 0) return Math.min(Math.max(n, m), over);
  const width = m + 2;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  const r = rows;
  let before = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= m + 1; j++) r[prev + j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    r[cur + lo - 1] = lo === 1 ? Math.min(i, over) : over;
    r[cur + hi + 1] = over;
    let rowMin = over;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(cell(r, prev + j) + 1, cell(r, cur + j - 1) + 1, cell(r, prev + j - 1) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        v = Math.min(v, cell(r, before + j - 2) + 1);
      if (v > over) v = over;
      r[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(cell(r, prev + m), over);
}

function cell(row: Int32Array, i: number): number {
  return row[i] ?? Number.POSITIVE_INFINITY;
}

/**
 * How well `candidate` answers `query`, both folded by `normalizeForSearch`: 0 for no match,
 * otherwise one of the `SCORE` tiers (exact > prefix > substring > fuzzy).
 */
export function matchScore(query: string, candidate: string): number {
  return scorePrepared(prepare(query), prepare(candidate));
}

export interface SearchHit<T> {
  item: T;
  score: number;
  /** The key (as given, not normalised) that matched best. */
  matched: string;
}

export interface SearchIndex<T> {
  search(query: string, limit?: number): Array<SearchHit<T>>;
}

/**
 * Builds a search index. Keys are normalised once here, so a search costs one normalisation of
 * the query plus cheap string tests per key; the edit-distance pass only runs for queries of 3+
 * characters and skips words whose lengths already differ by more than the allowed edits.
 * Results: best score first, then shorter matched key, then input order.
 */
export function searchIndex<T>(items: readonly T[], keys: (item: T) => readonly string[]): SearchIndex<T> {
  // Prepared on the first search, not when the index is made: the index is made with every new
  // dataset, and normalising ~40k names there cost ~0.5 s of a 100k graph's first paint, for a
  // search box nobody has typed in yet.
  let prepared: Array<{ item: T; keys: Array<{ raw: string; prepared: Prepared }> }> | null = null;
  const entriesOf = () =>
    (prepared ??= items.map((item) => ({
      item,
      keys: keys(item)
        .map((raw) => ({ raw, prepared: prepare(raw) }))
        .filter((k) => k.prepared.norm !== ''),
    })));

  return {
    search(query, limit = 20) {
      const q = prepare(query);
      if (q.norm === '' || limit <= 0) return [];
      const entries = entriesOf();
      const hits: Array<SearchHit<T>> = [];
      for (const entry of entries) {
        let score = 0;
        let matched = '';
        for (const key of entry.keys) {
          const s = scorePrepared(q, key.prepared);
          if (s > score || (s === score && s > 0 && key.raw.length < matched.length)) {
            score = s;
            matched = key.raw;
          }
        }
        if (score > 0) hits.push({ item: entry.item, score, matched });
      }
      hits.sort((a, b) => b.score - a.score || a.matched.length - b.matched.length);
      return hits.slice(0, limit);
    },
  };
}
