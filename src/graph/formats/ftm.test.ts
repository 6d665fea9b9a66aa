// The FollowTheMoney export checked against the official model: every line is an entity FtM reads
// back with the same schema and properties, every schema is a concrete (non-abstract) one, every
// entity reference points at an entity in the file and fits the property's range, and edges have
// both ends. Facts keep their sources (proof → Article) and their documents' addresses (sourceUrl).
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/lib/read-dataset';
import { mergeDatasets } from '../../domain/merge';
import { ftmId, ftmModel, toFtmJsonLines } from './ftm';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const merged = [datasetAt('tests/fixtures/second-article'), datasetAt('tests/fixtures/third-article')].reduce(
  (acc, d) => mergeDatasets(acc, d).dataset,
  datasetAt('data/aran-news-baku'),
);
// One document read at an address (a made-up one), the others with none.
const URL = 'https://example.org/made-up/aran-news-baku?id=1';
const corpus = { ...merged, documents: merged.documents.map((d) => (d.id === 'aran-news-baku' ? { ...d, url: URL } : d)) };

type Line = { id: string; schema: string; properties: Record<string, string[]> };
const lines = toFtmJsonLines(corpus, { reliability: { azertac: 'B' }, credibility: { 'baku-intelligence-meeting': 2 } })
  .trimEnd()
  .split('\n')
  .map((l) => JSON.parse(l) as Line);
const byId = new Map(lines.map((l) => [l.id, l]));

describe('FollowTheMoney JSON lines', () => {
  it('writes one entity per document, entity, event, relation, plus links for non-party participants', () => {
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    const n = corpus.documents.length + corpus.entities.length + corpus.events.length + corpus.relations.length;
    expect(lines.length).toBeGreaterThanOrEqual(n);
    expect(lines.filter((l) => l.schema === 'Article')).toHaveLength(3);
  });

  it('uses concrete schemata and properties the model knows, and reads back unchanged', () => {
    for (const line of lines) {
      const schema = ftmModel.getSchema(line.schema);
      expect(schema.abstract, line.schema).toBe(false);
      for (const prop of Object.keys(line.properties)) expect(schema.hasProperty(prop), `${line.schema}.${prop}`).toBe(true);
      const back = ftmModel.getEntity(line).toJSON() as unknown as Line;
      expect(back.schema).toBe(line.schema);
      expect(back.properties).toEqual(line.properties);
    }
  });

  it('points every entity-typed property at an entity in the file that fits its range', () => {
    for (const line of lines) {
      const schema = ftmModel.getSchema(line.schema);
      for (const [name, values] of Object.entries(line.properties)) {
        const prop = schema.getProperty(name);
        if (prop.type.name !== 'entity') continue;
        for (const value of values) {
          const target = byId.get(value);
          expect(target, `${line.id}.${name} → ${value}`).toBeDefined();
          expect(ftmModel.getSchema(target!.schema).isA(prop.getRange()), `${line.id}.${name}: ${target!.schema} is a ${prop.getRange().name}`).toBe(true);
        }
      }
    }
  });

  it('gives edges both ends, and maps people, countries, events and memberships', () => {
    for (const line of lines) {
      const edge = ftmModel.getSchema(line.schema).edge;
      if (!edge) continue;
      expect(line.properties[edge.source], `${line.id} source`).toHaveLength(1);
      expect(line.properties[edge.target], `${line.id} target`).toHaveLength(1);
    }
    expect(byId.get(ftmId('karim-valiyev'))?.schema).toBe('Person');
    expect(byId.get(ftmId('turkey'))?.schema).toBe('PublicBody');
    expect(byId.get(ftmId('turkey'))?.properties.wikidataId).toEqual(['Q43']);
    const meeting = byId.get(ftmId('test-tbilisi-trilateral-meeting'));
    expect(meeting?.schema).toBe('Event');
    expect(meeting?.properties.date).toEqual(['2022']);
    expect(meeting?.properties.involved?.sort()).toEqual([ftmId('azerbaijan'), ftmId('georgia'), ftmId('turkey')].sort());
    expect(byId.get(ftmId('azerbaijan-general-staff-part-of-army'))?.schema).toBe('Membership');
  });

  it('keeps the sources and grades of each fact', () => {
    const baku = byId.get(ftmId('baku-intelligence-meeting'))!;
    expect(baku.properties.proof?.sort()).toEqual(['kavosh-doc-aran-news-baku', 'kavosh-doc-test-third-article']);
    expect(baku.properties.indexText).toContain('به نقل از آذرتاج، کریم ولی اف و اسماعیل گونایدین در باکو دیدار کردند');
    expect(baku.properties.notes).toEqual(['Admiralty grade B2; 2 document(s), 1 independent origin(s)']);
  });

  it('gives a document’s address to its Article and to every fact citing it, as sourceUrl', () => {
    const cites = (evidence: Array<{ doc: string }>) => evidence.some((ev) => ev.doc === 'aran-news-baku');
    expect(byId.get('kavosh-doc-aran-news-baku')?.properties.sourceUrl).toEqual([URL]);
    expect(byId.get('kavosh-doc-test-third-article')?.properties.sourceUrl).toBeUndefined();
    const facts = [...corpus.entities, ...corpus.events, ...corpus.relations];
    const citing = facts.filter((f) => cites(f.evidence));
    expect(citing.length).toBeGreaterThan(0);
    expect(facts.length).toBeGreaterThan(citing.length);
    for (const fact of facts) expect(byId.get(ftmId(fact.id))?.properties.sourceUrl, fact.id).toEqual(cites(fact.evidence) ? [URL] : undefined);
    // Things and Intervals (a relation) both carry it.
    const schemata = new Set(citing.map((f) => byId.get(ftmId(f.id))!.schema));
    expect([...schemata].some((name) => ftmModel.getSchema(name).isA('Interval'))).toBe(true);
    expect([...schemata].some((name) => ftmModel.getSchema(name).isA('Thing'))).toBe(true);
  });
});
