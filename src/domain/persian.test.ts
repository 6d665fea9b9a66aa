import fc from 'fast-check';
import {
  allowedEdits,
  boundedEditDistance,
  matchScore,
  normalizeForSearch as norm,
  SCORE,
  searchIndex,
  toLatinDigits,
  toPersianDigits,
} from './persian';

const ZWNJ = '\u200c';

describe('normalizeForSearch', () => {
  it('removes ZWNJ so گفت‌وگو equals the corpus spelling گفتوگو', () => {
    expect(norm(`گفت${ZWNJ}وگو`)).toBe('گفتوگو');
    expect(norm(`سه${ZWNJ}شنبه`)).toBe(norm('سهشنبه'));
  });

  it('removes ZWJ, zero-width spaces, bidi controls, BOM and tatweel', () => {
    expect(norm('قره\u200dباغ')).toBe('قرهباغ');
    for (const c of ['\u200b', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufeff'])
      expect(norm(`با${c}کو`)).toBe('باکو');
    expect(norm('تهـــران')).toBe('تهران');
  });

  it('maps Arabic yeh and kaf to Persian', () => {
    expect(norm('علي')).toBe(norm('علی'));
    expect(norm('موسى')).toBe('موسی');
    expect(norm('كان')).toBe(norm('کان'));
    expect(norm('كان')).toBe('کان');
  });

  it('folds teh marbuta, alef variants, hamza carriers and lone hamza', () => {
    expect(norm('مدرسة')).toBe('مدرسه');
    expect(norm('خانۀ')).toBe('خانه');
    expect(norm('آذرتاج')).toBe(norm('اذرتاج'));
    expect(norm('أحمد')).toBe('احمد');
    expect(norm('إسلام')).toBe('اسلام');
    expect(norm('ٱلله')).toBe('الله');
    expect(norm('مؤسسه')).toBe('موسسه');
    expect(norm('مسئول')).toBe('مسیول');
    expect(norm('اجزاء')).toBe('اجزا');
  });

  it('strips Arabic diacritics and superscript alef', () => {
    expect(norm('مُحَمَّد')).toBe('محمد');
    expect(norm('كِتَابٌ')).toBe('کتاب');
    expect(norm('رحمٰن')).toBe('رحمن');
  });

  it('folds Persian, Arabic-Indic and Latin digits to ASCII', () => {
    expect(norm('۲۰۲۰')).toBe('2020');
    expect(norm('٢٠٢٠')).toBe('2020');
    expect(norm('۲۰۲۰')).toBe(norm('٢٠٢٠'));
  });

  it('folds Arabic presentation forms (NFKC-ish)', () => {
    expect(norm('\ufefb')).toBe('لا'); // lam-alef ligature
    expect(norm('\ufe91\ufe8e\ufedc\ufeee')).toBe('باکو'); // isolated/medial forms
  });

  it('lower-cases Latin and strips its diacritics, including Turkish and Azerbaijani letters', () => {
    expect(norm('Güneydin')).toBe('guneydin');
    expect(norm('İsmail')).toBe('ismail');
    expect(norm('İSMAİL DEMİR')).toBe('ismail demir');
    expect(norm('Bayraktar TB2')).toBe('bayraktar tb2');
    expect(norm('Iğdır')).toBe('igdir');
    expect(norm('Əliyev')).toBe('eliyev');
    expect(norm('ŞÇĞÖÜ şçğöü')).toBe('scgou scgou');
    expect(norm('Gülen')).toBe('gulen');
    expect(norm('Café')).toBe('cafe');
  });

  it('collapses whitespace and trims', () => {
    expect(norm('  Recep \t Tayyip\n\u00a0Erdoğan ')).toBe('recep tayyip erdogan');
    expect(norm('')).toBe('');
    expect(norm(' \u200c ')).toBe('');
  });

  it('keeps vowel differences: Gunaydin and Güneydin still differ', () => {
    expect(norm('Gunaydin')).not.toBe(norm('Güneydin'));
  });

  it('is idempotent and never throws, for any string', () => {
    const anyString = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom(...'يىكةأإآٱؤئءۀ۰۹٠٩ıİəƏşŞçÇğĞüÜ \t\u200c\u200d\u200b\u202b\u2067\ufeff\u0640\u064e\u0651\u0670a1') }),
    );
    fc.assert(
      fc.property(anyString, (s) => {
        const once = norm(s);
        expect(norm(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores a ZWNJ inserted anywhere', () => {
    const persian = fc.string({ unit: fc.constantFrom(...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ '), minLength: 1 });
    fc.assert(
      fc.property(persian, fc.nat(), (s, n) => {
        const i = n % (s.length + 1);
        expect(norm(s.slice(0, i) + ZWNJ + s.slice(i))).toBe(norm(s));
      }),
    );
  });
});

describe('digits', () => {
  it('converts to Persian digits', () => {
    expect(toPersianDigits('2020')).toBe('۲۰۲۰');
    expect(toPersianDigits('٢٠٢٠')).toBe('۲۰۲۰');
    expect(toPersianDigits('18 Dey 1401')).toBe('۱۸ Dey ۱۴۰۱');
  });

  it('converts to Latin digits', () => {
    expect(toLatinDigits('۲۰۲۰')).toBe('2020');
    expect(toLatinDigits('٢٠٢٠')).toBe('2020');
    expect(toLatinDigits('۱۸ دی ۱۴۰۱')).toBe('18 دی 1401');
  });

  it('round-trips any ASCII digit string', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d*$/), (s) => {
        expect(toLatinDigits(toPersianDigits(s))).toBe(s);
      }),
    );
  });
});

describe('boundedEditDistance', () => {
  it('counts edits and adjacent transpositions', () => {
    expect(boundedEditDistance('gunaydin', 'guneydin', 2)).toBe(1);
    expect(boundedEditDistance('valiev', 'valiyev', 2)).toBe(1);
    expect(boundedEditDistance('demir', 'deimr', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('', 'abc', 5)).toBe(3);
  });

  it('stops at max + 1', () => {
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('is symmetric and zero only for equal strings', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = boundedEditDistance(a, b, 10);
        expect(boundedEditDistance(b, a, 10)).toBe(d);
        expect(d === 0).toBe(a === b);
      }),
    );
  });

  it('agrees with a plain full-table OSA distance, capped at max + 1', () => {
    const osa = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_unused, j) => (i === 0 ? j : j === 0 ? i : 0)));
      const get = (i: number, j: number) => d[i]?.[j] ?? Infinity;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          let v = Math.min(get(i - 1, j) + 1, get(i, j - 1) + 1, get(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, get(i - 2, j - 2) + 1);
          d[i]![j] = v;
        }
      return get(a.length, b.length);
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('allows more edits for longer words', () => {
    expect([3, 4, 6, 7, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('matchScore', () => {
  it('ranks exact > prefix > word prefix > substring > fuzzy', () => {
    const exact = matchScore('baku', 'Baku');
    const prefix = matchScore('baku', 'Baku Olympic Stadium');
    const word = matchScore('baku', 'Greater Baku');
    const sub = matchScore('aku', 'Baku');
    const fuzzy = matchScore('baku', 'Bako');
    expect([exact, prefix, word, sub, fuzzy]).toEqual([SCORE.exact, SCORE.prefix, SCORE.wordPrefix, SCORE.substring, SCORE.fuzzy - 5]);
    expect(exact).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(word);
    expect(word).toBeGreaterThan(sub);
    expect(sub).toBeGreaterThan(fuzzy);
    expect(fuzzy).toBeGreaterThan(0);
  });

  it('returns 0 for no match and for empty input', () => {
    expect(matchScore('tehran', 'Baku')).toBe(0);
    expect(matchScore('', 'Baku')).toBe(0);
    expect(matchScore('baku', '')).toBe(0);
  });

  it('finds Güneydin from Gunaydin and Valiyev from valiev', () => {
    expect(matchScore('Gunaydin', 'Güneydin')).toBe(SCORE.fuzzy - 5);
    expect(matchScore('valiev', 'Valiyev')).toBe(SCORE.fuzzy - 5);
    expect(matchScore('valiev', 'Ramil Valiyev')).toBe(SCORE.fuzzy - 5);
  });

  it('keeps fuzzy matching tight for short words', () => {
    expect(matchScore('iran', 'Oman')).toBe(0); // 2 edits in 4 letters
    expect(matchScore('ab', 'ac')).toBe(0); // no fuzzy pass below 3 characters
    expect(matchScore('kan', 'KAAN')).toBe(0); // 3 letters: prefix only
  });

  it('matches Persian spellings with or without spaces and ZWNJ', () => {
    expect(matchScore(`گفت${ZWNJ}وگو`, 'گفتوگو')).toBe(SCORE.exact);
    expect(matchScore('گفت وگو', 'گفتوگو')).toBe(SCORE.exactIgnoringSpaces);
    expect(matchScore('گفتوگو', 'گفت وگو')).toBe(SCORE.exactIgnoringSpaces);
    expect(matchScore('قره باغ', 'جنگ قرهباغ')).toBe(SCORE.substringIgnoringSpaces);
    expect(matchScore('علي', 'علی')).toBe(SCORE.exact);
    expect(matchScore('۲۰۲۰', 'year 2020')).toBe(SCORE.wordPrefix);
  });

  it('matches every query word as a word prefix, in any order', () => {
    expect(matchScore('demir ism', 'İsmail Demir')).toBe(SCORE.allWordsPrefix);
    expect(matchScore('demr ismail', 'İsmail Demir')).toBe(SCORE.fuzzy - 5);
    expect(matchScore('demir tehran', 'İsmail Demir')).toBe(0);
  });
});

describe('searchIndex', () => {
  it('prepares its keys on the first search, not when it is made (every new dataset makes one)', () => {
    let asked = 0;
    const index = searchIndex(['Tehran', 'Baku'], (name) => (asked++, [name]));
    expect(asked).toBe(0);
    expect(index.search('bak').map((h) => h.item)).toEqual(['Baku']);
    expect(asked).toBe(2);
    expect(index.search('teh').map((h) => h.item)).toEqual(['Tehran']);
    expect(asked).toBe(2);
  });

  interface Entity {
    id: string;
    fa: string;
    en: string;
    aliases: string[];
  }
  const entities: Entity[] = [
    { id: 'baku-stadium', fa: 'ورزشگاه المپیک باکو', en: 'Baku Olympic Stadium', aliases: [] },
    { id: 'baku', fa: 'باکو', en: 'Baku', aliases: ['Bakı'] },
    { id: 'greater-baku', fa: 'باکوی بزرگ', en: 'Greater Baku', aliases: [] },
    { id: 'guneydin', fa: 'گونیدین', en: 'Güneydin', aliases: [] },
    { id: 'valiyev', fa: 'رامیل ولییف', en: 'Ramil Valiyev', aliases: [] },
    { id: 'talks', fa: 'گفتوگو', en: 'Talks', aliases: [] },
    { id: 'kaan', fa: 'کان', en: 'KAAN', aliases: ['TF-X'] },
  ];
  const index = searchIndex(entities, (e) => [e.en, e.fa, ...e.aliases]);

  it('sorts by score, then by shorter matched key', () => {
    const hits = index.search('baku');
    expect(hits.map((h) => h.item.id)).toEqual(['baku', 'baku-stadium', 'greater-baku']);
    expect(hits.map((h) => h.score)).toEqual([SCORE.exact, SCORE.prefix, SCORE.wordPrefix]);
    expect(hits[0]?.matched).toBe('Baku');
  });

  it('reports the shorter key among equally good ones', () => {
    const hits = searchIndex([{ keys: ['Bakuuuuu', 'Bakuu'] }], (x) => x.keys).search('bak');
    expect(hits[0]?.matched).toBe('Bakuu');
  });

  it('finds by Persian name with Arabic letters, ZWNJ or digits', () => {
    expect(index.search(`گفت${ZWNJ}وگو`)[0]?.item.id).toBe('talks');
    expect(index.search('كان')[0]).toMatchObject({ score: SCORE.exact, matched: 'کان' });
    expect(index.search('Baki')[0]?.item.id).toBe('baku');
  });

  it('finds fuzzy matches', () => {
    expect(index.search('Gunaydin')[0]).toMatchObject({ matched: 'Güneydin', score: SCORE.fuzzy - 5 });
    expect(index.search('valiev')[0]?.item.id).toBe('valiyev');
  });

  it('respects the limit and ignores empty queries', () => {
    expect(index.search('baku', 2)).toHaveLength(2);
    expect(index.search('baku', 0)).toEqual([]);
    expect(index.search('  \u200c')).toEqual([]);
    expect(index.search('zzzzzz')).toEqual([]);
  });

  it('finds the right item among 50k (timings live in npm run bench, not here)', () => {
    const syllables = ['ba', 'ku', 'te', 'hr', 'an', 'zer', 'ba', 'yev', 'gun', 'ey', 'din', 'ali', 'mir', 'ka'];
    const rand = fc.sample(fc.array(fc.nat(syllables.length - 1), { minLength: 3, maxLength: 6 }), { numRuns: 50_000, seed: 42 });
    const items = rand.map((ix, i) => ({ i, name: ix.map((k) => syllables[k]).join(''), fa: `نام ${i}` }));
    const big = searchIndex(items, (x) => [x.name, x.fa]);
    expect(big.search('نام ۱۲۳۴۵')[0]?.item.i).toBe(12345);
    expect(big.search('نام 12345')[0]?.item.i).toBe(12345);
  });
});
