// A seeded synthetic corpus in the real schema, for benchmarks: countries, actors, events and
// relations drawn from a fixed vocabulary, each anchored to its own sentence of a generated Persian
// text (quotes are exact slices, offsets in UTF-16 units), plus a cheap deterministic cluster
// layout. Same seed and size, same bytes. Pure: runs in Node and in the browser.
import { sha256Hex, validateDataset, type ValidationResult } from '../domain/validate';
import { clusterLayout } from './synthLayout';

export interface SynthOptions {
  /** Roughly how many Cytoscape elements (nodes + edges) the corpus should make. */
  elements: number;
  seed?: number;
  id?: string;
}

export interface SynthCorpus {
  document: Record<string, unknown>;
  facts: { entities: SynthEntity[]; events: SynthEvent[]; relations: SynthRelation[] };
  text: string;
  /** Cached positions: node id → [x, y], for a `preset` layout. */
  layout: { version: 1; positions: Record<string, [number, number]> };
}

export interface SynthEvidence {
  doc: string;
  quote: string;
  start: number;
  end: number;
  translation: string;
}
export interface Names {
  fa: string;
  en: string;
}
export interface SynthEntity {
  id: string;
  kind: string;
  name: Names;
  aliases: string[];
  country?: string;
  evidence: SynthEvidence[];
}
export interface SynthDate {
  stated?: string;
  precision: 'day' | 'month' | 'year' | 'range' | 'unknown';
  value?: string;
  start?: string;
  end?: string;
  certainty: 'stated' | 'inferred' | 'unknown';
  basis?: string;
}
export interface SynthEvent {
  id: string;
  kind: string;
  label: Names;
  shortLabel: Names;
  participants: Array<{ entity: string; role: string; roleFa: string; evidence: SynthEvidence[] }>;
  place?: string;
  date: SynthDate;
  status: 'happened' | 'ongoing' | 'planned';
  evidence: SynthEvidence[];
}
export interface SynthRelation {
  id: string;
  kind: string;
  source: string;
  target: string;
  date?: SynthDate;
  evidence: SynthEvidence[];
}

/** mulberry32: small, fast, good enough for test data, identical in every JS engine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYLLABLES: Array<[string, string]> = [
  ['ka', 'کا'], ['ra', 'را'], ['na', 'نا'], ['sa', 'سا'], ['ta', 'تا'], ['ma', 'ما'], ['da', 'دا'],
  ['la', 'لا'], ['ba', 'با'], ['ri', 'ری'], ['zi', 'زی'], ['mi', 'می'], ['ni', 'نی'], ['ro', 'رو'],
  ['do', 'دو'], ['mo', 'مو'], ['ko', 'کو'], ['sha', 'شا'], ['van', 'وان'], ['dar', 'دار'],
  ['bor', 'بر'], ['tan', 'تان'], ['gol', 'گل'], ['far', 'فر'], ['ja', 'جا'], ['ha', 'ها'],
];
const DIGITS_FA = '۰۱۲۳۴۵۶۷۸۹';

export const ENTITY_MIX: Array<[string, number]> = [
  ['person', 0.42], ['organisation', 0.24], ['place', 0.12], ['weapon', 0.08], ['media', 0.06], ['group', 0.08],
];
export const EVENT_KINDS = [
  'meeting', 'agreement', 'conflict', 'exercise', 'arrest', 'statement', 'invitation', 'support', 'delivery',
  'cooperation', 'diplomatic_process',
] as const;
export const EVENT_WORDS: Record<(typeof EVENT_KINDS)[number], [string, string, string]> = {
  meeting: ['دیدار', 'met', 'Meeting'],
  agreement: ['توافق', 'signed an agreement', 'Agreement'],
  conflict: ['درگیری', 'clashed', 'Clash'],
  exercise: ['رزمایش', 'held an exercise', 'Exercise'],
  arrest: ['بازداشت', 'made arrests', 'Arrests'],
  statement: ['بیانیه', 'issued a statement', 'Statement'],
  invitation: ['دعوت', 'sent an invitation', 'Invitation'],
  support: ['حمایت', 'gave support', 'Support'],
  delivery: ['تحویل', 'made a delivery', 'Delivery'],
  cooperation: ['همکاری', 'agreed to cooperate', 'Cooperation'],
  diplomatic_process: ['گفتوگو', 'held talks', 'Talks'],
};
export const ROLES: ReadonlyArray<readonly [string, string]> = [
  ['party', 'طرف'],
  ['participant', 'شرکت‌کننده'],
  ['host', 'میزبان'],
  ['guest', 'مهمان'],
  ['subject', 'موضوع'],
  ['partner', 'شریک'],
  ['speaker', 'گوینده'],
  ['recipient', 'دریافت‌کننده'],
  ['signatory', 'امضاکننده'],
];
export const RELATION_KINDS: Array<[string, string, string]> = [
  ['member_of', 'عضو', 'is a member of'],
  ['leads', 'رهبر', 'leads'],
  ['part_of', 'بخشی از', 'is part of'],
  ['located_in', 'واقع در', 'is located in'],
  ['supports', 'حامی', 'supports'],
  ['opposes', 'مخالف', 'opposes'],
  ['cites', 'ناقل', 'cites'],
  ['develops', 'سازنده', 'develops'],
  ['supplies', 'تامینکننده', 'supplies'],
  ['affiliated_with', 'وابسته به', 'is affiliated with'],
];
export const KIND_FA: Record<string, string> = {
  country: 'کشور', person: 'شخص', organisation: 'سازمان', place: 'مکان', weapon: 'سامانه', media: 'رسانه', group: 'گروه',
};

export function faDigits(n: number): string {
  return String(n).replace(/\d/g, (d) => DIGITS_FA[Number(d)] ?? d);
}

/** Text built sentence by sentence; each sentence's UTF-16 offsets become its facts' evidence. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private inParagraph = 0;
  constructor(private readonly docId: string) {}
  sentence(fa: string, en: string): SynthEvidence {
    const sep = this.length === 0 ? '' : this.inParagraph >= 8 ? '\n\n' : ' ';
    this.inParagraph = sep === '\n\n' ? 1 : this.inParagraph + 1;
    this.parts.push(sep, fa);
    const start = this.length + sep.length;
    this.length = start + fa.length;
    return { doc: this.docId, quote: fa, start, end: this.length, translation: en };
  }
  toString(): string {
    return `${this.parts.join('')}\n`;
  }
}

/** A made-up name for an entity of `kind`, in both languages, from the seeded syllables. */
export function entityName(kind: string, word: (n: number) => Names, int: (lo: number, hi: number) => number): Names {
  const base = word(int(2, 3));
  if (kind === 'person') {
    const last = word(int(2, 3));
    return { en: `${base.en} ${last.en}`, fa: `${base.fa} ${last.fa}` };
  }
  if (kind === 'organisation') return { en: `${base.en} Council`, fa: `شورای ${base.fa}` };
  if (kind === 'weapon') {
    const n = int(1, 99);
    return { en: `${base.en}-${n}`, fa: `${base.fa}-${faDigits(n)}` };
  }
  if (kind === 'media') return { en: `${base.en} News`, fa: `خبرگزاری ${base.fa}` };
  if (kind === 'group') return { en: `${base.en} Movement`, fa: `جنبش ${base.fa}` };
  return base;
}

/** The seeded random draws both generators make, in one place so their order is the same. */
export interface SynthRandom {
  rand: () => number;
  pick: <T>(list: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  /** A made-up word of `n` syllables, in both languages. */
  word: (n: number) => Names;
}

export function synthRandom(seed: number): SynthRandom {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const word = (n: number): Names => {
    let en = '';
    let fa = '';
    for (let i = 0; i < n; i++) {
      const [e, f] = pick(SYLLABLES);
      en += e;
      fa += f;
    }
    return { en: en.charAt(0).toUpperCase() + en.slice(1), fa };
  };
  return { rand, pick, int, word };
}

/** How many facts of each kind make about `elements` elements: nodes ≈ 40%, edges ≈ 60% (about
 * 1.5 edges per node, as in the real data). Both generators use it, so both sizes agree. */
export function synthSizes(elements: number) {
  const total = Math.max(60, elements);
  const countryCount = Math.max(4, Math.min(60, Math.round(Math.sqrt(total) / 4)));
  return {
    total,
    countryCount,
    entityCount: Math.max(countryCount + 8, Math.round(total * 0.16)),
    eventCount: Math.max(6, Math.round(total * 0.24)),
    relationCount: Math.max(4, Math.round(total * 0.06)),
  };
}

export interface SynthPopulation {
  entities: SynthEntity[];
  countries: SynthEntity[];
  /** Each country's id → the country and the entities affiliated with it. */
  byCountry: Map<string, SynthEntity[]>;
  unaffiliated: SynthEntity[];
}

/** Quotes for a newly made entity; called right after it is drawn, so the random order holds. */
export interface PopulationEvidence {
  country: (country: SynthEntity) => SynthEvidence[];
  entity: (entity: SynthEntity, country: SynthEntity | undefined) => SynthEvidence[];
}

/** The countries, then the other entities (kind by ENTITY_MIX, 92% affiliated with a country).
 * Evidence is left empty unless `evidence` supplies it (the one-document corpus quotes each entity
 * once; the many-document one adds a quote per article that introduces it). */
export function populateEntities(
  { rand, pick, int, word }: SynthRandom,
  countryCount: number,
  entityCount: number,
  evidence?: PopulationEvidence,
): SynthPopulation {
  const entities: SynthEntity[] = [];
  const countries: SynthEntity[] = [];
  const byCountry = new Map<string, SynthEntity[]>();
  for (let i = 0; i < countryCount; i++) {
    const base = word(2);
    const name = { en: `${base.en}ia`, fa: `${base.fa}یه` };
    const country: SynthEntity = { id: `c-${i}`, kind: 'country', name, aliases: [`Republic of ${name.en}`], evidence: [] };
    if (evidence) country.evidence = evidence.country(country);
    countries.push(country);
    entities.push(country);
    byCountry.set(country.id, [country]);
  }
  const unaffiliated: SynthEntity[] = [];
  for (let i = entities.length; i < entityCount; i++) {
    let r = rand();
    let kind = 'person';
    for (const [k, share] of ENTITY_MIX) {
      if ((r -= share) < 0) {
        kind = k;
        break;
      }
    }
    const country = rand() < 0.92 ? pick(countries) : undefined;
    const name = entityName(kind, word, int);
    const entity: SynthEntity = { id: `e-${i}`, kind, name, aliases: rand() < 0.2 ? [name.en.toLowerCase()] : [], ...(country ? { country: country.id } : {}), evidence: [] };
    if (evidence) entity.evidence = evidence.entity(entity, country);
    entities.push(entity);
    if (country) byCountry.get(country.id)?.push(entity);
    else unaffiliated.push(entity);
  }
  return { entities, countries, byCountry, unaffiliated };
}

export function generateCorpus({ elements, seed = 1, id = `synth-${elements}` }: SynthOptions): SynthCorpus {
  const random = synthRandom(seed);
  const { rand, pick, int } = random;
  const text = new TextBuilder(id);
  const { countryCount, entityCount, eventCount, relationCount } = synthSizes(elements);
  const { entities, countries, byCountry, unaffiliated } = populateEntities(random, countryCount, entityCount, {
    country: (c) => [text.sentence(`کشور ${c.name.fa} یکی از طرفهای این گزارش است.`, `The country ${c.name.en} is one of the parties in this report.`)],
    entity: (e, country) => {
      const cn = country?.name ?? { en: 'no country', fa: 'بیکشور' };
      return [text.sentence(`${e.name.fa} یک ${KIND_FA[e.kind] ?? e.kind} از ${cn.fa} است.`, `${e.name.en} is a ${e.kind} of ${cn.en}.`)];
    },
  });
  const places = entities.filter((e) => e.kind === 'place');
  // Actors mostly interact within their country, sometimes across: clusters with bridges.
  const localActor = (home: SynthEntity[]) => (rand() < 0.75 ? pick(home) : pick(entities));

  const events: SynthEvent[] = [];
  for (let i = 0; i < eventCount; i++) {
    const kind = pick(EVENT_KINDS);
    const [faWord, enVerb, enNoun] = EVENT_WORDS[kind];
    const home = byCountry.get(pick(countries).id) ?? entities;
    const n = rand() < 0.12 ? 1 : rand() < 0.8 ? 2 : 3;
    const actors: SynthEntity[] = [];
    while (actors.length < n) {
      const a = localActor(home);
      if (!actors.includes(a)) actors.push(a);
    }
    const place = places.length > 0 && rand() < 0.25 ? pick(places) : undefined;
    const date = randomDate(rand, int, pick);
    const namesFa = actors.map((a) => a.name.fa).join(' و ');
    const namesEn = actors.map((a) => a.name.en).join(' and ');
    const where = place ? { fa: ` در ${place.name.fa}`, en: ` in ${place.name.en}` } : { fa: '', en: '' };
    // The one sentence names every actor, so it is each participation's evidence too.
    const sentence = text.sentence(`${namesFa}${where.fa} ${faWord} کردند.`, `${namesEn} ${enVerb}${where.en}.`);
    events.push({
      id: `ev-${i}`,
      kind,
      label: { fa: `${faWord} ${actors[0]?.name.fa ?? ''}`, en: `${enNoun}: ${actors[0]?.name.en ?? ''}` },
      shortLabel: { fa: faWord, en: enNoun },
      participants: actors.map((a) => {
        const [role, roleFa] = pick(ROLES);
        return { entity: a.id, role, roleFa, evidence: [sentence] };
      }),
      ...(place ? { place: place.id } : {}),
      date,
      status: rand() < 0.8 ? 'happened' : rand() < 0.5 ? 'ongoing' : 'planned',
      evidence: [sentence],
    });
  }

  const relations: SynthRelation[] = [];
  for (let i = 0; i < relationCount; i++) {
    const [kind, faWord, enWord] = pick(RELATION_KINDS);
    const home = byCountry.get(pick(countries).id) ?? entities;
    const source = localActor(home);
    let target = localActor(home);
    if (target === source) target = pick(countries);
    if (target === source) target = entities[(entities.indexOf(source) + 1) % entities.length] as SynthEntity;
    relations.push({
      id: `r-${i}`,
      kind,
      source: source.id,
      target: target.id,
      ...(rand() < 0.3 ? { date: randomDate(rand, int, pick) } : {}),
      evidence: [text.sentence(`${source.name.fa} ${faWord} ${target.name.fa} است.`, `${source.name.en} ${enWord} ${target.name.en}.`)],
    });
  }

  const body = text.toString();
  const document = {
    id,
    title: { fa: `پیکره ساختگی ${faDigits(elements)} عنصری`, en: `Synthetic corpus of about ${elements} elements` },
    language: 'fa',
    outlet: { fa: 'مولد ساختگی کاوش', en: 'Kavosh synthetic generator' },
    citationChain: [],
    published: { stated: '', precision: 'unknown', certainty: 'unknown' },
    textFile: 'source.txt',
    sha256: sha256Hex(body),
    uncoveredSentences: [],
  };
  return {
    document,
    facts: { entities, events, relations },
    text: body,
    layout: { version: 1, positions: clusterLayout(entities, events, unaffiliated, rand) },
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function randomDate(rand: () => number, int: (lo: number, hi: number) => number, pick: <T>(l: readonly T[]) => T): SynthDate {
  const y = int(2012, 2025);
  const m = int(1, 12);
  const d = int(1, 28);
  const r = rand();
  const certainty = rand() < 0.85 ? 'stated' : 'inferred';
  const basis = certainty === 'inferred' ? { basis: 'Synthetic: resolved against the neighbouring sentences.' } : {};
  if (r < 0.4) return { stated: `${faDigits(d)}/${faDigits(m)}/${faDigits(y)}`, precision: 'day', value: `${y}-${pad(m)}-${pad(d)}`, certainty, ...basis };
  if (r < 0.6) return { stated: `${faDigits(m)}/${faDigits(y)}`, precision: 'month', value: `${y}-${pad(m)}`, certainty, ...basis };
  if (r < 0.8) return { stated: faDigits(y), precision: 'year', value: String(y), certainty, ...basis };
  if (r < 0.9) {
    const y2 = Math.min(2025, y + int(0, 3));
    return { stated: `${faDigits(y)} تا ${faDigits(y2)}`, precision: 'range', start: String(y), end: String(y2), certainty, ...basis };
  }
  return { stated: pick(['اخیرا', 'سال گذشته', 'روز سهشنبه']), precision: 'unknown', certainty: 'unknown' };
}

/** Validates a generated corpus with the same rules as any dataset (JSON round trip included). */
export function validateCorpus(corpus: SynthCorpus): ValidationResult {
  return validateDataset({
    documentFile: 'document.json',
    document: JSON.parse(JSON.stringify(corpus.document)),
    factsFile: 'facts.json',
    facts: JSON.parse(JSON.stringify(corpus.facts)),
    texts: { 'source.txt': corpus.text },
  });
}
