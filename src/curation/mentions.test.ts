import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { normalizeForSearch } from '../domain/persian';
import { foldWithMap } from './fold';
import { buildMentionIndex, findMentions, findMentionsWith, sameNames, type MentionEntity } from './mentions';

const ZWNJ = '\u200c';
const ent = (id: string, fa: string, en: string, aliases: string[] = []): MentionEntity => ({ id, name: { fa, en }, aliases });
const TURKEY = ent('turkey', 'ترکیه', 'Turkey', ['Türkiye', 'جمهوری ترکیه']);
const AZ = ent('azerbaijan', 'جمهوری آذربایجان', 'Azerbaijan', ['آذربایجان']);
const KARABAKH = ent('karabakh', 'قره‌باغ', 'Karabakh');
const TUESDAY_MAN = ent('ali', 'علی', 'Ali');
const ENTITIES = [TURKEY, AZ, KARABAKH, TUESDAY_MAN];

const spans = (text: string, entities = ENTITIES) => findMentions(text, entities).map((m) => [m.entityId, m.matched, m.start, m.end]);

describe('findMentions', () => {
  it('quotes the stored text exactly, at its UTF-16 offsets', () => {
    const text = 'سفر به ترکیه و جمهوری آذربایجان.';
    const got = findMentions(text, ENTITIES);
    expect(got.map((m) => m.entityId)).toEqual(['turkey', 'azerbaijan']);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.matched);
    expect(got[0]).toMatchObject({ start: 7, end: 12, matched: 'ترکیه', name: 'ترکیه', id: 'mention:turkey:7:12' });
  });

  it('matches Arabic yeh and kaf, and keeps the stored Arabic letters in the quote', () => {
    expect(spans('زيارة تركيه')).toEqual([['turkey', 'تركيه', 6, 11]]);
  });

  it('matches with ZWNJ, a space or nothing inside a name, either way round', () => {
    expect(spans('نبرد قرهباغ')).toEqual([['karabakh', 'قرهباغ', 5, 11]]);
    expect(spans('نبرد قره باغ')).toEqual([['karabakh', 'قره باغ', 5, 12]]);
    expect(spans(`نبرد قره${ZWNJ}باغ`)).toEqual([['karabakh', `قره${ZWNJ}باغ`, 5, 12]]);
    const noZwnj = ent('k2', 'قرهباغ', 'K');
    expect(spans(`نبرد قره${ZWNJ}باغ`, [noZwnj])).toEqual([['k2', `قره${ZWNJ}باغ`, 5, 12]]);
  });

  it('takes in the diacritics of the last letter and is not shifted by marks before the match', () => {
    const text = 'بَه عَلِیّ گفت';
    expect(spans(text)).toEqual([['ali', 'عَلِیّ', 4, 10]]);
    // A lone combining mark at the very start and a hamza on a preceding word do not shift offsets.
    const t2 = '\u064Eمسئله ترکیه';
    expect(spans(t2)).toEqual([['turkey', 'ترکیه', 7, 12]]);
  });

  it('folds Turkish letters and Latin case', () => {
    expect(spans('Visit TÜRKİYE and turkey')).toEqual([
      ['turkey', 'TÜRKİYE', 6, 13],
      ['turkey', 'turkey', 18, 24],
    ]);
  });

  it('matches Persian, Arabic-Indic and Latin digits alike', () => {
    const f16 = ent('f16', 'اف-۱۶', 'F-16');
    expect(spans('خرید F-16 و اف-16 و اف-١٦', [f16]).map((s) => s[1])).toEqual(['F-16', 'اف-16', 'اف-١٦']);
  });

  it('respects word boundaries: no match inside a longer word', () => {
    const turk = ent('turk', 'ترک', 'Turk');
    expect(spans('ترکیه', [turk])).toEqual([]);
    expect(spans('Turkeys and Turkey', [TURKEY])).toEqual([['turkey', 'Turkey', 12, 18]]);
    expect(spans(`پان${ZWNJ}ترکیه`)).toEqual([]);
  });

  it('allows Persian attached suffixes, quoting the name only', () => {
    const a = findMentions(`صنایع ترکیه${ZWNJ}ای`, ENTITIES);
    expect(a.map((m) => [m.matched, m.suffix])).toEqual([['ترکیه', 'ای']]);
    // «ترکیهای» is the adjective with its ZWNJ left out (see the demonym tests below); no other
    // suffix runs on after a joining «ه» without one.
    const b = findMentions('صنایع ترکیهای و ترکیه‌ها و ترکیهها', ENTITIES);
    expect(b.map((m) => [m.matched, m.suffix])).toEqual([['ترکیه', 'ای'], ['ترکیه', 'ها']]);
    const c = findMentions(`ترکیه${ZWNJ}ای${ZWNJ}ها و تركيه‌ایها`, ENTITIES);
    expect(c.map((m) => [m.matched, m.suffix])).toEqual([['ترکیه', `ای${ZWNJ}ها`], ['تركيه', 'ایها']]);
    // Not an arbitrary continuation, and not after a Latin name.
    expect(findMentions('ترکیهستان', ENTITIES)).toEqual([]);
    expect(findMentions('Turkeyی', ENTITIES)).toEqual([]);
    // A two-letter name takes a suffix only after a ZWNJ.
    const iq = ent('iq', 'عق', 'Iq');
    expect(findMentions('عقها', [iq])).toEqual([]);
    expect(findMentions(`عق${ZWNJ}ها`, [iq]).map((m) => m.suffix)).toEqual(['ها']);
  });

  it('needs a word boundary: «آذربایجان» is not in «آذربایجانی», nor «ایران» in «ایرانها»', () => {
    const iran = ent('iran', 'ایران', 'Iran');
    const text = 'نیروهای آذربایجانی به آذربایجان رفتند';
    expect(spans(text)).toEqual([['azerbaijan', 'آذربایجان', 22, 31]]);
    // Arabic yeh in the adjective changes nothing; a digit right after the name is no boundary either.
    expect(spans('نيروهاي آذربايجاني')).toEqual([]);
    expect(spans('آذربایجان۲ و آذربایجان2 و ۲آذربایجان')).toEqual([]);
    expect(spans('ایرانها و ایرانی و ایرانیان', [iran])).toEqual([]);
    // A letter before the name (a prefix, with or without ZWNJ) is no boundary.
    expect(spans(`پان${ZWNJ}ایران و پانایران`, [iran])).toEqual([]);
    // Punctuation, quotes, bidi controls and line ends are boundaries.
    expect(spans('«ایران»، (ایران).\nایران', [iran]).map((x) => x[2])).toEqual([1, 10, 18]);
  });

  it('keeps what Persian writing needs: ZWNJ suffixes, the plural after a non-joining letter, the ezafe after a vowel', () => {
    const iran = ent('iran', 'ایران', 'Iran');
    const europe = ent('europe', 'اروپا', 'Europe');
    const kurds = ent('kurds', 'کرد', 'Kurds');
    const baku = ent('baku', 'باکو', 'Baku');
    const f16 = ent('f16', 'اف-۱۶', 'F-16');
    const got = (text: string, entities: MentionEntity[]) => findMentions(text, entities).map((m) => [m.matched, m.suffix ?? '']);
    // After a ZWNJ: plural, ezafe, adjective, possessive, two in a row; Arabic yeh/kaf alike.
    expect(got(`ایران${ZWNJ}ها، ایران${ZWNJ}های، ایران${ZWNJ}مان، ايران${ZWNJ}هاي`, [iran])).toEqual([
      ['ایران', 'ها'],
      ['ایران', 'های'],
      ['ایران', 'مان'],
      ['ايران', 'هاي'],
    ]);
    expect(got(`ترکیه${ZWNJ}ی امروز، ترکیه${ZWNJ}ای${ZWNJ}ها، تركيه${ZWNJ}ای`, [TURKEY])).toEqual([
      ['ترکیه', 'ی'],
      ['ترکیه', `ای${ZWNJ}ها`],
      ['تركيه', 'ای'],
    ]);
    // After a ZWNJ, only a suffix: «ایران‌شناسی» (Iranian studies) is another word.
    expect(got(`ایران${ZWNJ}شناسی`, [iran])).toEqual([]);
    // The ezafe written as a mark («ترکیهٔ») is quoted with the name, nothing after it.
    const hamza = findMentions('مرزهای ترکیهٔ امروز', [TURKEY]);
    expect(hamza.map((m) => [m.matched, m.start, m.end, m.suffix])).toEqual([['ترکیهٔ', 7, 13, undefined]]);
    // No ZWNJ after a non-joining letter: the plural («کردها», «اروپاها») and, after a vowel, the ezafe.
    expect(got('کردها و کرد‌ها و کردی', [kurds])).toEqual([
      ['کرد', 'ها'],
      ['کرد', 'ها'],
    ]);
    // and the adjective «یی» after a vowel (a demonym, marked as one: see below).
    expect(got('اروپای شرقی، اروپاها، اروپایی، اروپایی‌ها و باکوی امروز', [europe, baku])).toEqual([
      ['اروپا', 'ی'],
      ['اروپا', 'ها'],
      ['اروپا', 'یی'],
      ['اروپا', `یی${ZWNJ}ها`],
      ['باکو', 'ی'],
    ]);
    // A name ending in a digit, Persian or Latin: a ZWNJ suffix, not a letter run on.
    expect(got(`اف-۱۶${ZWNJ}ها، اف-16${ZWNJ}ها، اف-۱۶ها`, [f16])).toEqual([
      ['اف-۱۶', 'ها'],
      ['اف-16', 'ها'],
    ]);
    // Offsets stay exact UTF-16 positions of the stored text.
    const text = `سفر به ایران${ZWNJ}ها و اروپای شرقی`;
    for (const m of findMentions(text, [iran, europe])) expect(text.slice(m.start, m.end)).toBe(m.matched);
    expect(findMentions(text, [iran, europe]).map((m) => [m.start, m.end])).toEqual([
      [7, 12],
      [18, 23],
    ]);
  });

  describe('demonyms and adjectives (issue 17: proposed as mentions, marked as adjectives)', () => {
    const turkey = { ...TURKEY, kind: 'country' as const };
    const az = { ...AZ, kind: 'country' as const };
    const iran = ent('iran', 'ایران', 'Iran');
    const IRAN = { ...iran, kind: 'country' as const };
    const america = { ...ent('us', 'آمریکا', 'United States'), kind: 'country' as const };
    const tehran = { ...ent('tehran', 'تهران', 'Tehran'), kind: 'place' as const };
    const adj = (text: string, entities: MentionEntity[]) => findMentions(text, entities).map((m) => [m.entityId, m.matched, m.suffix ?? '', m.adjective ?? false]);

    it('takes «ترکیه‌ای» with a ZWNJ, without one, and with Arabic yeh/kaf, quoting the name only', () => {
      expect(adj(`هیئتی ترکیه${ZWNJ}ای، هیئتی ترکیهای، هیئتی تركيه${ZWNJ}اي`, [turkey])).toEqual([
        ['turkey', 'ترکیه', 'ای', true],
        ['turkey', 'ترکیه', 'ای', true],
        ['turkey', 'تركيه', 'اي', true],
      ]);
      const text = `مقام${ZWNJ}های ترکیه${ZWNJ}ای`;
      const [m] = findMentions(text, [turkey]);
      expect(m && text.slice(m.start, m.end)).toBe('ترکیه');
      // The ezafe after a ZWNJ and the plain name are no adjective.
      expect(adj(`ترکیه${ZWNJ}ی امروز و ترکیه`, [turkey]).map((x) => x[3])).toEqual([false, false]);
      // A space before «ای» leaves the name a word of its own.
      expect(adj('هیئتی ترکیه ای', [turkey])).toEqual([['turkey', 'ترکیه', '', false]]);
    });

    it('takes the nisba «ی» of a country or place, with Arabic yeh, its plurals, ZWNJ or none', () => {
      expect(adj('نیروهای آذربایجانی و نيروهاي آذربايجاني', [az]).map((x) => [x[1], x[2], x[3]])).toEqual([
        ['آذربایجان', 'ی', true],
        ['آذربايجان', 'ي', true],
      ]);
      expect(adj(`ایرانی، ایرانیان، ایرانی${ZWNJ}ها، ایرانیها`, [IRAN]).map((x) => [x[1], x[2]])).toEqual([
        ['ایران', 'ی'],
        ['ایران', 'یان'],
        ['ایران', `ی${ZWNJ}ها`],
      ]);
      // «آمریکایی» and the hamza spelling «آمریکائی».
      expect(adj(`مقام آمریکایی و آمریکائی${ZWNJ}ها`, [america]).map((x) => [x[2], x[3]])).toEqual([
        ['یی', true],
        [`ئی${ZWNJ}ها`, true],
      ]);
      // A surname made from a place is proposed too, as an adjective (the curator dismisses it).
      expect(adj('آقای تهرانی', [tehran])).toEqual([['tehran', 'تهران', 'ی', true]]);
    });

    it('does not take the nisba for a person, an entity of no kind, a short name, or a longer word', () => {
      const hassan = { ...ent('hassan', 'حسن', 'Hassan'), kind: 'person' as const };
      const rouhani = { ...ent('r', 'روحان', 'R'), kind: 'person' as const };
      expect(adj('آقای حسنی و روحانی', [hassan, rouhani])).toEqual([]);
      // Without a kind (a caller that does not say) the nisba is not taken.
      expect(adj('ایرانی', [iran])).toEqual([]);
      // Three letters: «ترکی» is the language, «چینی» porcelain, «کردی» the adjective of a people.
      const turk = { ...ent('turk', 'ترک', 'Turk'), kind: 'country' as const };
      const china = { ...ent('china', 'چین', 'China'), kind: 'country' as const };
      expect(adj('زبان ترکی و ظروف چینی', [turk, china])).toEqual([]);
      // Not any letters after the nisba, nor a nisba after the name's final «ه» or a vowel.
      expect(adj('ایرانیت و ایرانیگری و ترکیهی و آمریکای', [IRAN, turkey, america]).map((x) => [x[1], x[2], x[3]])).toEqual([['آمریکا', 'ی', false]]);
      // A two-name span keeps the longest: «جمهوری آذربایجانی» is the republic's adjective.
      expect(adj('ارتش جمهوری آذربایجانی', [az]).map((x) => [x[1], x[2]])).toEqual([['جمهوری آذربایجان', 'ی']]);
    });

    it('keeps a place-only nisba to the places among entities sharing a name', () => {
      const province = { ...ent('az-province', 'آذربایجان', 'Azerbaijan (Iran)'), kind: 'place' as const };
      const people = { ...ent('az-people', 'آذربایجان', 'Azerbaijanis'), kind: 'group' as const };
      expect(adj('آذربایجانی', [people, province]).map((x) => x[0])).toEqual(['az-province']);
      expect(adj('آذربایجان', [people, province]).map((x) => x[0])).toEqual(['az-people', 'az-province']);
    });
  });

  it('prefers the longest of overlapping names', () => {
    expect(spans('ارتش جمهوری آذربایجان و آذربایجان')).toEqual([
      ['azerbaijan', 'جمهوری آذربایجان', 5, 21],
      ['azerbaijan', 'آذربایجان', 24, 33],
    ]);
    const staff = ent('staff', 'ستاد کل ارتش جمهوری ترکیه', 'Staff');
    expect(spans('رئیس ستاد کل ارتش جمهوری ترکیه آمد', [staff, TURKEY])).toEqual([['staff', 'ستاد کل ارتش جمهوری ترکیه', 5, 30]]);
  });

  it('gives every entity sharing a name its own mention of the span', () => {
    const province = ent('az-province', 'آذربایجان', 'Azerbaijan (Iran)');
    expect(spans('در آذربایجان', [AZ, province]).map((s) => s[0])).toEqual(['azerbaijan', 'az-province']);
  });

  it('finds names in mixed RTL/LTR text with bidi controls', () => {
    const text = `گزارش \u2067Turkey\u2069 و «ترکیه» (Türkiye).`;
    const got = findMentions(text, ENTITIES);
    expect(got.map((m) => m.matched)).toEqual(['Turkey', 'ترکیه', 'Türkiye']);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.matched);
  });

  it('never spans a line break', () => {
    expect(spans('جمهوری\nآذربایجان').map((s) => s[1])).toEqual(['آذربایجان']);
  });

  it('finds the curated mentions of the built-in article', () => {
    const text = readFileSync('data/aran-news-baku/source.txt', 'utf8');
    const facts = JSON.parse(readFileSync('data/aran-news-baku/facts.json', 'utf8')) as { entities: MentionEntity[] };
    const got = findMentions(text, facts.entities);
    const keys = new Set(got.map((m) => `${m.entityId}@${m.start}`));
    // Every curated quote that is exactly a name of its entity is found, unless a longer name
    // («رکن اطلاعات ستاد کل ارتش جمهوری ترکیه» around «ستاد کل ارتش جمهوری ترکیه») takes it in.
    const expected = facts.entities.flatMap((e) =>
      (e as MentionEntity & { evidence: Array<{ quote: string; start: number; end: number }> }).evidence
        .filter((ev) => [e.name.fa, ...e.aliases].includes(ev.quote))
        .map((ev) => ({ key: `${e.id}@${ev.start}`, start: ev.start, end: ev.end })),
    );
    expect(expected.length).toBeGreaterThan(5);
    let exact = 0;
    for (const ev of expected) {
      if (keys.has(ev.key)) exact++;
      else expect(got.some((m) => m.start <= ev.start && m.end >= ev.end && m.end - m.start > ev.end - ev.start)).toBe(true);
    }
    expect(exact).toBeGreaterThan(expected.length * 0.8);
  });

  it('offsets always satisfy text.slice(start, end) === matched (property)', () => {
    const pieces = ['ترکیه', 'تركيه', 'جمهوری', ' ', 'آذربایجان', ZWNJ, '\u064E', '\u0651', 'ها', 'ای', 'Turkey', 'TÜRKİYE', '۱۴۰۱', '.', '\n', '«', '»', '\u202B', 'عَلِیّ', 'قره', 'باغ', '😀', 'ﻻ'];
    const index = buildMentionIndex(ENTITIES);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const got = findMentionsWith(index, text);
        for (const m of got) {
          expect(text.slice(m.start, m.end)).toBe(m.matched);
          expect(m.start).toBeLessThan(m.end);
          // What was quoted is, folded and without spaces, exactly the name that matched.
          expect(normalizeForSearch(m.matched).replace(/\s+/g, '')).toBe(normalizeForSearch(m.name).replace(/\s+/g, ''));
        }
        // Non-overlapping and in order.
        for (let i = 1; i < got.length; i++) expect((got[i] as { start: number }).start).toBeGreaterThanOrEqual((got[i - 1] as { start: number }).start);
      }),
      { numRuns: 300 },
    );
  });
});

describe('foldWithMap', () => {
  it('grows past characters that expand into many (ﷺ), each mapping to its whole source', () => {
    const text = `${'\uFDFA'.repeat(5)} ترکیه`;
    const f = foldWithMap(text);
    expect(f.folded.length).toBeGreaterThan(text.length + 16);
    expect(f.start.length).toBe(f.folded.length);
    expect(f.start[f.folded.length - 1]).toBe(text.length - 1);
    expect(findMentions(text, ENTITIES).map((m) => [m.matched, m.start])).toEqual([['ترکیه', 6]]);
  });

  it('maps each folded character back to its stored range', () => {
    const text = `عَلي${ZWNJ}ها ۱۲`;
    const f = foldWithMap(text);
    expect(f.folded).toBe('علیها 12');
    expect([...f.start]).toEqual([0, 2, 3, 5, 6, 7, 8, 9]);
    expect([...f.end]).toEqual([2, 3, 4, 6, 7, 8, 9, 10]);
    expect(f.joinerBefore[3]).toBe(1);
  });
});

describe('sameNames', () => {
  it('is true for new arrays of the same names, false when an id, a name or an alias differs', () => {
    expect(sameNames([TURKEY, AZ], [{ ...TURKEY }, { ...AZ, aliases: [...AZ.aliases] }])).toBe(true);
    expect(sameNames([TURKEY, AZ], [TURKEY])).toBe(false);
    expect(sameNames([TURKEY, AZ], [AZ, TURKEY])).toBe(false);
    expect(sameNames([TURKEY], [{ ...TURKEY, name: { ...TURKEY.name, fa: 'تركيه' } }])).toBe(false);
    expect(sameNames([TURKEY], [{ ...TURKEY, name: { ...TURKEY.name, en: 'Türkiye' } }])).toBe(false);
    expect(sameNames([TURKEY], [{ ...TURKEY, aliases: ['Türkiye'] }])).toBe(false);
    expect(sameNames([TURKEY], [{ ...TURKEY, aliases: ['Türkiye', 'ترکیه'] }])).toBe(false);
  });
});
