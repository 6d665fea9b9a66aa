// A seeded synthetic corpus of MANY documents, for the 100k and 250k benches: a few thousand short
// articles, each about one country's actors (a cast of ~20–40 entities introduced in its text),
// reporting ~30–60 facts. Entities are shared across articles by id, so one entity carries a quote
// from every article that names it, and some events and relations are reported again by later
// articles (corroboration: the same id, one more quote). The result is the app's own bundle shape
// (src/domain/bundle.ts): documents with their texts, and the merged facts, whose quotes are exact
// slices of the text of the document they name. Documents are handed to `emit` as they are made,
// so a writer can stream them to disk; the facts and the layout come at the end. Pure; same seed
// and size, same bytes.
import { sha256Hex } from '../domain/validate';
import {
  EVENT_KINDS,
  EVENT_WORDS,
  KIND_FA,
  RELATION_KINDS,
  ROLES,
  TextBuilder,
  faDigits,
  populateEntities,
  randomDate,
  synthRandom,
  synthSizes,
  type SynthEntity,
  type SynthEvent,
  type SynthRelation,
} from './synth';
import { clusterLayout } from './synthLayout';

export interface MultiSynthOptions {
  /** Roughly how many Cytoscape elements (nodes + edges) the whole corpus should make. */
  elements: number;
  seed?: number;
  /** The corpus id: documents are `<id>-d<n>`. */
  id?: string;
  /** How many documents; by default one per ~100 elements. */
  documents?: number;
}

export interface SynthDocument {
  document: Record<string, unknown> & { id: string };
  text: string;
}

export interface SynthFacts {
  entities: SynthEntity[];
  events: SynthEvent[];
  relations: SynthRelation[];
}

export interface MultiSynthResult {
  facts: SynthFacts;
  layout: { version: 1; positions: Record<string, [number, number]> };
  documents: number;
}

/** Share of a document's fact slots that re-report an earlier event or relation (corroboration). */
const RETELL = { event: 0.3, relation: 0.15 };
/** The most entities one article introduces. */
const MAX_CAST = 40;
/** How far back a retelling looks: recent facts of any country, so retellings stay local in time. */
const RECENT = 600;

export function defaultDocumentCount(elements: number): number {
  return Math.max(2, Math.round(Math.max(60, elements) / 100));
}

/** Generates the corpus, handing each document to `emit` as soon as its text is complete. */
export function generateDocuments(
  { elements, seed = 1, id = `synth-${elements}`, documents }: MultiSynthOptions,
  emit: (doc: SynthDocument, index: number) => void,
): MultiSynthResult {
  const random = synthRandom(seed);
  const { rand, pick, int } = random;

  // The same sizes as the one-document corpus (synth.ts), so both make about `elements` elements.
  const { countryCount, entityCount, eventCount, relationCount } = synthSizes(elements);
  const docCount = Math.max(1, Math.min(documents ?? defaultDocumentCount(elements), entityCount));

  // The entities first, without quotes: each gains one from every article that introduces it.
  const { entities, countries, byCountry, unaffiliated } = populateEntities(random, countryCount, entityCount);

  // Every entity is introduced by at least one article: its "home" article, one of those about its
  // country (article d is about country d mod countryCount), so no entity is left without a quote.
  const homeOf = (d: number) => countries[d % countryCount] as SynthEntity;
  const assigned: SynthEntity[][] = Array.from({ length: docCount }, () => []);
  for (const country of countries) {
    const docs: number[] = [];
    for (let d = countries.indexOf(country); d < docCount; d += countryCount) docs.push(d);
    const members = (byCountry.get(country.id) ?? []).slice(1);
    // A country with no article of its own (more countries than articles) lends its actors to any.
    // Dealt round the country's articles, so no article has to introduce many more than its share.
    members.forEach((e, i) => (assigned[docs.length > 0 ? (docs[i % docs.length] as number) : Math.floor(rand() * docCount)] as SynthEntity[]).push(e));
    (assigned[docs[0] ?? Math.floor(rand() * docCount)] as SynthEntity[]).push(country);
  }
  for (const e of unaffiliated) (assigned[Math.floor(rand() * docCount)] as SynthEntity[]).push(e);

  const events: SynthEvent[] = [];
  const relations: SynthRelation[] = [];
  const quota = (count: number, d: number) => Math.floor(((d + 1) * count) / docCount) - Math.floor((d * count) / docCount);

  for (let d = 0; d < docCount; d++) {
    const docId = `${id}-d${d + 1}`;
    const text = new TextBuilder(docId);
    const home = homeOf(d);
    const cluster = byCountry.get(home.id) ?? entities;
    // The cast: the entities this article must introduce, its country, and more of that country's
    // actors (three in four) or anyone's, up to 20–32; retellings may name a few more, up to 40.
    const cast: SynthEntity[] = [];
    const inCast = new Set<string>();
    const join = (e: SynthEntity) => {
      if (inCast.has(e.id)) return;
      inCast.add(e.id);
      cast.push(e);
    };
    join(home);
    for (const e of assigned[d] as SynthEntity[]) join(e);
    const size = int(20, 32);
    for (let tries = 0; cast.length < size && tries < size * 4; tries++) join(rand() < 0.75 ? pick(cluster) : pick(entities));
    // Introduced where the article first names them: one sentence each, that entity's quote here.
    const introduced = new Set<string>();
    const introduce = (e: SynthEntity) => {
      if (introduced.has(e.id)) return;
      introduced.add(e.id);
      const cn = e.kind !== 'country' && e.country ? (entities[entityIndex(e.country)]?.name ?? null) : null;
      e.evidence.push(
        e.kind === 'country'
          ? text.sentence(`کشور ${e.name.fa} یکی از طرفهای این گزارش است.`, `The country ${e.name.en} is one of the parties in this report.`)
          : text.sentence(`${e.name.fa} یک ${KIND_FA[e.kind] ?? e.kind} از ${cn?.fa ?? 'بیکشور'} است.`, `${e.name.en} is a ${e.kind} of ${cn?.en ?? 'no country'}.`),
      );
    };
    for (const e of cast) introduce(e);
    const places = cast.filter((e) => e.kind === 'place');

    const newEvents = quota(eventCount, d);
    const retold = Math.round(newEvents * RETELL.event);
    for (let k = 0; k < newEvents + retold; k++) {
      const earlier = k >= newEvents && events.length > 0 ? (events[events.length - 1 - Math.floor(rand() * Math.min(RECENT, events.length))] as SynthEvent) : null;
      const retelling = earlier?.participants.map((p) => entities[entityIndex(p.entity)] as SynthEntity);
      if (earlier && retelling && introduced.size + retelling.filter((a) => !introduced.has(a.id)).length <= MAX_CAST) {
        // Another article reports the same event: its actors are introduced, one more quote each.
        const actors = retelling;
        actors.forEach(introduce);
        const [faWord, enVerb] = EVENT_WORDS[earlier.kind as (typeof EVENT_KINDS)[number]];
        const sentence = text.sentence(
          `به گزارش این رسانه ${actors.map((a) => a.name.fa).join(' و ')} ${faWord} کردند.`,
          `This outlet reports that ${actors.map((a) => a.name.en).join(' and ')} ${enVerb}.`,
        );
        earlier.evidence.push(sentence);
        for (const p of earlier.participants) p.evidence.push(sentence);
        continue;
      }
      // A retelling that would crowd the article past MAX_CAST is left out.
      if (k >= newEvents) continue;
      const kind = pick(EVENT_KINDS);
      const [faWord, enVerb, enNoun] = EVENT_WORDS[kind];
      const n = rand() < 0.12 ? 1 : rand() < 0.8 ? 2 : 3;
      const actors: SynthEntity[] = [];
      for (let tries = 0; actors.length < n && tries < 20; tries++) {
        const a = pick(cast);
        if (!actors.includes(a)) actors.push(a);
      }
      const place = places.length > 0 && rand() < 0.25 ? pick(places) : undefined;
      const date = randomDate(rand, int, pick);
      const where = place ? { fa: ` در ${place.name.fa}`, en: ` in ${place.name.en}` } : { fa: '', en: '' };
      // The one sentence names every actor, so it is each participation's evidence too.
      const sentence = text.sentence(
        `${actors.map((a) => a.name.fa).join(' و ')}${where.fa} ${faWord} کردند.`,
        `${actors.map((a) => a.name.en).join(' and ')} ${enVerb}${where.en}.`,
      );
      events.push({
        id: `ev-${events.length}`,
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

    const newRelations = quota(relationCount, d);
    const retoldRelations = Math.round(newRelations * RETELL.relation);
    for (let k = 0; k < newRelations + retoldRelations; k++) {
      const earlier = k >= newRelations && relations.length > 0 ? (relations[relations.length - 1 - Math.floor(rand() * Math.min(RECENT, relations.length))] as SynthRelation) : null;
      if (earlier && [earlier.source, earlier.target].filter((e) => !introduced.has(e)).length + introduced.size > MAX_CAST) continue;
      const [kind, faWord, enWord] = earlier ? (RELATION_KINDS.find(([k2]) => k2 === earlier.kind) as [string, string, string]) : pick(RELATION_KINDS);
      const source = earlier ? (entities[entityIndex(earlier.source)] as SynthEntity) : pick(cast);
      let target = earlier ? (entities[entityIndex(earlier.target)] as SynthEntity) : pick(cast);
      if (target === source) target = target === home ? (cast[1] ?? pick(countries)) : home;
      if (target === source) target = entities[(entities.indexOf(source) + 1) % entities.length] as SynthEntity;
      introduce(source);
      introduce(target);
      const evidence = text.sentence(`${source.name.fa} ${faWord} ${target.name.fa} است.`, `${source.name.en} ${enWord} ${target.name.en}.`);
      if (earlier) earlier.evidence.push(evidence);
      else
        relations.push({
          id: `r-${relations.length}`,
          kind,
          source: source.id,
          target: target.id,
          ...(rand() < 0.3 ? { date: randomDate(rand, int, pick) } : {}),
          evidence: [evidence],
        });
    }

    const body = text.toString();
    emit(
      {
        document: {
          id: docId,
          title: { fa: `مقاله ساختگی ${faDigits(d + 1)} درباره ${home.name.fa}`, en: `Synthetic article ${d + 1} about ${home.name.en}` },
          language: 'fa',
          outlet: { fa: 'مولد ساختگی کاوش', en: 'Kavosh synthetic generator' },
          citationChain: [],
          published: { stated: '', precision: 'unknown', certainty: 'unknown' },
          textFile: 'source.txt',
          sha256: sha256Hex(body),
          uncoveredSentences: [],
        },
        text: body,
      },
      d,
    );
  }
  return { facts: { entities, events, relations }, layout: { version: 1, positions: clusterLayout(entities, events, unaffiliated, rand) }, documents: docCount };
}

/** `c-3` is entities[3], `e-17` entities[17]: ids are positions, so no lookup table is needed. */
function entityIndex(id: string): number {
  return Number(id.slice(2));
}

/** The whole corpus in memory, in the bundle's shape (for tests and small corpora). */
export function generateMultiCorpus(options: MultiSynthOptions): MultiSynthResult & { docs: SynthDocument[] } {
  const docs: SynthDocument[] = [];
  const result = generateDocuments(options, (doc) => docs.push(doc));
  return { ...result, docs };
}

/** The bundle file (`"kavoshBundle": 1`) for a generated corpus: what Export writes and `?data=` reads. */
export function toSynthBundle(corpus: { docs: SynthDocument[]; facts: SynthFacts }): { kavoshBundle: 1; documents: SynthDocument[]; facts: SynthFacts } {
  return { kavoshBundle: 1, documents: corpus.docs, facts: corpus.facts };
}
