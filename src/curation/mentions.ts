// Mentions of known entities in a new text, proposed to the curator (never added silently). One
// pass over the folded text (fold.ts) with a character trie of every folded name: cost grows with
// the text, not with text × names. Offsets are exact UTF-16 positions of the stored text.
//
// Matching rules (what a curator would call "the same name"):
// - Spelling is folded as search folds it: Arabic yeh/kaf, diacritics, ZWNJ, digits, Turkish
//   letters, case. Spaces inside a name are optional and may be a ZWNJ or nothing: «قره‌باغ»,
//   «قره باغ» and «قرهباغ» are one name. A name never spans a line break.
// - A match starts at the start of a word and ends at the end of one: «ترک» is not found in
//   «ترکیه». No attached prefix is taken (Persian nouns take none in current orthography).
// - A match needs a word boundary at both ends of the folded text: a letter or digit right before
//   or after it means no match («آذربایجان» is not in «آذربایجانی», the adjective; «ایرانها» is
//   not taken either). What Persian writing needs is kept, in Arabic script only:
//   - After a ZWNJ, attached suffixes are allowed: plural and ezafe («ها», «های», «هایی», «ی»:
//     «ایران‌ها», «ترکیه‌ی»), adjective and indefinite («ای», «یی», «ایی»: «ترکیه‌ای»),
//     possessive («ام», «ات», «اش», «مان», «تان», «شان») and comparative («تر», «ترین»), one or two
//     in a row («ترکیه‌ای‌ها»). A name ending in a digit takes them too («اف-۱۶‌ها»).
//   - With no ZWNJ, only where none is ever written: after a letter that never joins the next
//     (ا آ د ذ ر ز ژ و), the plural («کردها», «اروپاها») looks the same with or without one; after
//     the vowels «ا» and «و», the ezafe «ی» («اروپای شرقی», «باکوی امروز»). Not the adjective
//     «یی» («اروپایی», «آمریکایی‌ها» are not mentions of Europe or America), and not a «ی» after a
//     consonant («کردی» is the adjective).
//   - The ezafe written as a mark («ترکیهٔ») folds away and is quoted with the name.
// - Demonyms and adjectives of a known name are mentions of it, marked `adjective` so the list says
//   so (decided for issue 17: «مقام ترکیه‌ای», «نیروهای آذربایجانی» name the state's agents, which
//   is what a curator quotes as evidence; a suggestion is one key to dismiss, a missed one is a
//   quote found by hand). The forms taken, each at the word's end or before a ZWNJ and another suffix:
//   - after a ZWNJ, «ای», «یی», «ایی» as above («ترکیه‌ای»; «ی» after a ZWNJ is the ezafe);
//   - with no ZWNJ after «ا» or «و», «یی» or «ئی» («اروپایی», «آمریکائی‌ها»);
//   - with no ZWNJ after a final «ه», «ای» («ترکیهای», the ZWNJ left out);
//   - the nisba «ی» after any other letter, and its plural «یان» («آذربایجانی», «ایرانیان»), only
//     for a country or a place (a person's name takes «ی» as a surname: «حسنی», «اسدی») whose
//     name has at least four letters («ترکی» is the language, «کردی», «چینی» other words).
//   Surnames made from places («تهرانی») are still proposed, as adjectives: the curator dismisses.
//   Without a ZWNJ the name must be at least three letters, so a two-letter name does not
//   swallow the start of another word. The mention quotes the name only; `suffix` says what
//   followed.
// - On overlap the longest match wins («جمهوری آذربایجان» over «آذربایجان»); ties go to the
//   earlier one. When one name belongs to several entities, each gets a mention of the same span
//   (the curator picks).
import type { Entity } from '../domain/schema';
import { foldWithMap, type FoldedText } from './fold';
import { normalizeForSearch } from '../domain/persian';

export interface Mention {
  /** Stable id for accepting or dismissing this suggestion. */
  id: string;
  entityId: string;
  start: number;
  end: number;
  /** Always text.slice(start, end). */
  matched: string;
  /** The entity's name or alias (as written in the entity) that matched. */
  name: string;
  /** A Persian suffix attached after the name («ای» in «ترکیه‌ای»), if any. */
  suffix?: string;
  /** The name's adjective or demonym («ترکیه‌ای», «آذربایجانی»), not the name itself. */
  adjective?: true;
}

/** An entity's names; its kind, when given, lets a place's name take the nisba «ی» («ایرانی»). */
export type MentionEntity = Pick<Entity, 'id' | 'name' | 'aliases'> & { kind?: Entity['kind'] };

interface Hit {
  entityId: string;
  name: string;
  place: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: Hit[] | null;
}

/** Kinds whose names take the nisba «ی» as their adjective (see the head of the file). */
const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'place']);
/** The nisba needs a name of this many folded letters (without spaces) at least. */
const NISBA_MIN = 4;

export interface MentionIndex {
  root: TrieNode;
  names: number;
}

const SUFFIXES = ['هایی', 'های', 'ها', 'ترین', 'تر', 'ایی', 'ای', 'یی', 'ی', 'ام', 'ات', 'اش', 'مان', 'تان', 'شان'].map(normalizeForSearch);
/** Names shorter than this (folded, without spaces) are not searched: one letter matches anything. */
const MIN_NAME = 2;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;
/** Folded letters that never join the letter after them: no ZWNJ is ever needed (or seen) after them. */
const NON_JOINING = new Set([...'اآأإدذرزژوؤ'].map(normalizeForSearch));
/** Folded vowel letters after which the ezafe is written as a letter («اروپای», «باکوی»). */
const EZAFE_AFTER = new Set([...'او'].map(normalizeForSearch));
/** Suffixes written with no ZWNJ after a non-joining letter: the plural (the ezafe «ی» after a vowel, see suffixAt). */
const PLURALS = ['هایی', 'های', 'ها'].map(normalizeForSearch);
const EZAFE = normalizeForSearch('ی');

// Folded names, kept across index builds: the workspace changes one entity at a time, and folding
// (NFKD twice and several replaces) is most of the cost of rebuilding the index.
const foldedNames = new Map<string, string>();
function foldName(name: string): string {
  let key = foldedNames.get(name);
  if (key === undefined) {
    key = normalizeForSearch(name).replace(/\s+/g, '');
    if (foldedNames.size >= 50_000) foldedNames.clear();
    foldedNames.set(name, key);
  }
  return key;
}

/** The trie of every name and alias of the entities, folded, spaces removed. */
export function buildMentionIndex(entities: readonly MentionEntity[]): MentionIndex {
  const root: TrieNode = { next: new Map(), hits: null };
  let names = 0;
  for (const entity of entities) {
    for (const name of [entity.name.fa, entity.name.en, ...(entity.aliases ?? [])]) {
      const key = foldName(name);
      if (key.length < MIN_NAME) continue;
      let node = root;
      for (const c of key) {
        let child = node.next.get(c);
        if (!child) {
          child = { next: new Map(), hits: null };
          node.next.set(c, child);
        }
        node = child;
      }
      node.hits ??= [];
      if (!node.hits.some((h) => h.entityId === entity.id)) {
        node.hits.push({ entityId: entity.id, name, place: PLACE_KINDS.has(entity.kind ?? '') });
        names++;
      }
    }
  }
  return { root, names };
}

const indexCache = new WeakMap<readonly MentionEntity[], MentionIndex>();

/**
 * Every mention of every entity's names (fa, en) and aliases in `text`, in text order. The index
 * is built once per entities array (kept while the array lives), so calling again with the same
 * array costs only the scan.
 */
export function findMentions(text: string, entities: readonly MentionEntity[]): Mention[] {
  let index = indexCache.get(entities);
  if (!index) {
    index = buildMentionIndex(entities);
    indexCache.set(entities, index);
  }
  return findMentionsWith(index, text);
}

interface Candidate {
  from: number;
  /** Folded index just past the name's last character. */
  to: number;
  hits: Hit[];
  suffix: string;
  adjective: boolean;
}

interface Suffix {
  suffix: string;
  adjective: boolean;
  /** Only a place's name takes it (the nisba). */
  placeOnly?: true;
}

const ADJECTIVES = ['ای', 'یی', 'ایی'].map(normalizeForSearch);
/** The adjective «یی» after «ا»/«و», also written with a hamza seat («آمریکائی»). */
const VOWEL_ADJECTIVES = ['یی', 'ئی'].map(normalizeForSearch);
const FINAL_HEH = normalizeForSearch('ه');
const HEH_ADJECTIVE = normalizeForSearch('ای');
const NISBA = [normalizeForSearch('یان'), EZAFE];

/**
 * What may follow a name that ends at folded position `at` (the name has `length` letters): ''
 * at a word boundary, an allowed Persian suffix, or null (the name is only the start of a word).
 */
function suffixAt(f: FoldedText, at: number, length: number, place: boolean): Suffix | null {
  const s = f.folded;
  if (at >= s.length || f.word[at] !== 1) return { suffix: '', adjective: false };
  const last = s[at - 1] ?? '';
  const digit = f.word[at - 1] === 1 && /\d/.test(last);
  if (f.joinerBefore[at] === 1) {
    if (!ARABIC_SCRIPT.test(last) && !digit) return null;
    // One suffix, or two in a row («ترکیه‌ای‌ها»: adjective then plural, «کشورهایشان»).
    for (const first of SUFFIXES) {
      if (!s.startsWith(first, at)) continue;
      const adjective = ADJECTIVES.includes(first);
      const after = at + first.length;
      if (f.word[after] !== 1) return { suffix: first, adjective };
      for (const second of SUFFIXES) if (s.startsWith(second, after) && f.word[after + second.length] !== 1) return { suffix: first + second, adjective };
    }
    return null;
  }
  // No ZWNJ: only where Persian never writes one (see the rules at the top), and the adjectives.
  if (length < 3) return null;
  // A word's end, or a ZWNJ and one more suffix («اروپایی‌ها»).
  const ends = (x: string) => {
    if (!s.startsWith(x, at)) return false;
    const after = at + x.length;
    return f.word[after] !== 1 || (f.joinerBefore[after] === 1 && SUFFIXES.some((y) => s.startsWith(y, after) && f.word[after + y.length] !== 1));
  };
  const upTo = (x: string) => x + (f.word[at + x.length] === 1 ? (SUFFIXES.find((y) => s.startsWith(y, at + x.length) && f.word[at + x.length + y.length] !== 1) ?? '') : '');
  if (EZAFE_AFTER.has(last)) {
    const adjective = VOWEL_ADJECTIVES.find(ends);
    if (adjective) return { suffix: upTo(adjective), adjective: true };
  }
  if (NON_JOINING.has(last)) {
    const plural = PLURALS.find((x) => s.startsWith(x, at) && f.word[at + x.length] !== 1);
    if (plural) return { suffix: plural, adjective: false };
    if (EZAFE_AFTER.has(last) && s.startsWith(EZAFE, at) && f.word[at + EZAFE.length] !== 1) return { suffix: EZAFE, adjective: false };
  }
  if (last === FINAL_HEH && ends(HEH_ADJECTIVE)) return { suffix: upTo(HEH_ADJECTIVE), adjective: true };
  if (place && length >= NISBA_MIN && !EZAFE_AFTER.has(last) && last !== FINAL_HEH) {
    const nisba = NISBA.find(ends);
    if (nisba) return { suffix: upTo(nisba), adjective: true, placeOnly: true };
  }
  return null;
}

export function findMentionsWith(index: MentionIndex, text: string): Mention[] {
  const f = foldWithMap(text);
  const s = f.folded;
  const candidates: Candidate[] = [];
  for (let i = 0; i < s.length; i++) {
    // A word start: a letter after a non-letter. After a dropped ZWNJ the letter before is still
    // there in the folded text, so «پان‌ترکیه» holds no word «ترکیه».
    if (f.word[i] !== 1 || (i > 0 && f.word[i - 1] === 1)) continue;
    let node: TrieNode | undefined = index.root;
    let letters = 0;
    let best: Candidate | null = null;
    for (let j = i; j < s.length; j++) {
      const c = s[j] as string;
      if (c === ' ' || c === '\t' || c === '\u00a0' || c === '\u202f') continue;
      if (c === '\n' || c === '\r' || /\s/.test(c)) break;
      node = node.next.get(c);
      if (!node) break;
      letters++;
      if (node.hits) {
        const found = suffixAt(f, j + 1, letters, node.hits.some((h) => h.place));
        if (found) best = { from: i, to: j + 1, hits: found.placeOnly ? node.hits.filter((h) => h.place) : node.hits, suffix: found.suffix, adjective: found.adjective };
      }
    }
    if (best) candidates.push(best);
  }
  // Longest first (ties: earlier first); keep a candidate only if none of its letters is taken.
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Uint8Array(s.length);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let free = true;
    for (let k = c.from; k < c.to && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, c.from, c.to);
    kept.push(c);
  }
  kept.sort((a, b) => a.from - b.from);
  const mentions: Mention[] = [];
  for (const c of kept) {
    const start = f.start[c.from] as number;
    const end = f.end[c.to - 1] as number;
    const matched = text.slice(start, end);
    for (const hit of c.hits) {
      const mention: Mention = { id: `mention:${hit.entityId}:${start}:${end}`, entityId: hit.entityId, start, end, matched, name: hit.name };
      if (c.suffix) mention.suffix = text.slice(end, f.end[c.to - 1 + c.suffix.length] as number).replace(/^[\u200c\u200d]/, '');
      if (c.adjective) mention.adjective = true;
      mentions.push(mention);
    }
  }
  return mentions;
}

/**
 * Whether two entity lists would find the same mentions (same ids, kinds, names and aliases, in order).
 * The workspace hands the workbench a new entities array at each of the draft's saves, almost
 * always with the same names: the workbench keeps the old array then, and with it the mentions
 * and the reading view's marks (a new scan of a 50,000-character article cost tens of ms).
 */
export function sameNames(a: readonly MentionEntity[], b: readonly MentionEntity[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as MentionEntity;
    const y = b[i] as MentionEntity;
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind || x.name.fa !== y.name.fa || x.name.en !== y.name.en || x.aliases.length !== y.aliases.length) return false;
    if (x.aliases.some((alias, j) => alias !== y.aliases[j])) return false;
  }
  return true;
}
