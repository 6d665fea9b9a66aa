// Hostile data, round two: names that are Object.prototype members (as ids, roles, kinds, stated
// phrases and text file names) and ids shared across kinds. What the validator lets through must
// draw exactly the model; what it must refuse is refused with the normal message, never a crash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fc from 'fast-check';
import { readDataset } from '../../scripts/lib/read-dataset';
import { toBundle } from '../../src/domain/bundle';
import { importInto, readImport, type ImportFile } from '../../src/domain/import';
import { emptyDataset } from '../../src/domain/merge';
import type { Dataset, Entity, KEvent, Relation } from '../../src/domain/schema';
import { formatIssue, sha256Hex, validateDataset } from '../../src/domain/validate';
import { edgeData, toElements } from '../../src/graph/elements';
import { buildFactRows, shortDate } from '../../src/graph/factRows';
import { buildGraphModel, type GraphModel } from '../../src/graph/model';
import { kindName } from '../../src/i18n/kinds';
import { patchElements } from '../../src/cytoscape/patchElements';

/** Every name Object.prototype answers to, plus the ones JSON and arrays make special. */
const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', '0', 'null', 'nan'];

const mini = join(__dirname, '..', 'fixtures', 'mini');
const miniText = readFileSync(join(mini, 'source.txt'), 'utf8');
const miniDoc = JSON.parse(readFileSync(join(mini, 'document.json'), 'utf8')) as Record<string, unknown>;
const miniFacts = JSON.parse(readFileSync(join(mini, 'facts.json'), 'utf8')) as { entities: Entity[]; events: KEvent[]; relations: Relation[] };
const real = readDataset(join(__dirname, '..', '..', 'data', 'aran-news-baku'));
if (!real.ok) throw new Error(real.issues.map(formatIssue).join('\n'));

/** The mini facts with one id renamed everywhere it is defined or referred to. */
function renamed(from: string, to: string): typeof miniFacts {
  const r = (id: string) => (id === from ? to : id);
  const copy = structuredClone(miniFacts);
  for (const e of copy.entities) {
    e.id = r(e.id);
    if (e.country) e.country = r(e.country);
  }
  for (const e of copy.events) {
    e.id = r(e.id);
    if (e.place) e.place = r(e.place);
    for (const p of e.participants) p.entity = r(p.entity);
  }
  for (const rel of copy.relations) {
    rel.id = r(rel.id);
    rel.source = r(rel.source);
    rel.target = r(rel.target);
  }
  return copy;
}

const validate = (facts: unknown, document: unknown = miniDoc, texts: Record<string, string> = { 'source.txt': miniText }) =>
  validateDataset({ documentFile: 'document.json', document, factsFile: 'facts.json', facts, texts });

/** Draws the model into headless Cytoscape the way the canvas does, twice (mount, then a new list). */
function draw(model: GraphModel) {
  const cy = cytoscape({ headless: true, styleEnabled: false });
  const first = toElements(model) as ElementDefinition[];
  patchElements(cy, null, first, (a, b) => a !== b);
  const second = toElements(model, new Map(model.nodes.map((n, i) => [n.id, [i, i] as [number, number]]))) as ElementDefinition[];
  patchElements(cy, first, second, (a, b) => a !== b);
  const drawn = { nodes: cy.nodes().map((n) => n.id()).sort(), edges: cy.edges().map((e) => e.id()).sort() };
  const ends = cy.edges().map((e) => [e.id(), e.source().id(), e.target().id()]);
  const positioned = cy.nodes().toArray().every((n) => Number.isFinite((n as cytoscape.NodeSingular).position('x')));
  cy.destroy();
  return { ...drawn, ends, positioned };
}

const expected = (model: GraphModel) => ({
  nodes: model.nodes.map((n) => n.id).sort(),
  edges: model.edges.map((e) => e.id).sort(),
  ends: model.edges.map((e) => [e.id, e.source, e.target]),
  positioned: true,
});

describe('item 1: Object.prototype names as ids', () => {
  it.each(PROTO_NAMES)('%s as an entity id is drawn with its edges, or refused at the id', (name) => {
    const result = validate(renamed('valiyev', name));
    if (!result.ok) {
      // Not a lowercase id: refused by the schema at that id, with the id message.
      expect(result.issues.map((i) => i.rule)).toContain('schema');
      expect(result.issues.some((i) => i.path === 'entities[3].id' && /an id of lowercase letters/.test(i.message))).toBe(true);
      return;
    }
    const model = buildGraphModel(result.dataset);
    expect(model.nodeById.get(name)?.type).toBe('entity');
    expect(draw(model)).toEqual(expected(model));
  });

  it.each(PROTO_NAMES)('%s as an event id is drawn with its edges, or refused at the id', (name) => {
    const result = validate(renamed('meeting', name));
    if (!result.ok) {
      expect(result.issues.some((i) => i.path === 'events[0].id' && i.rule === 'schema')).toBe(true);
      return;
    }
    const model = buildGraphModel(result.dataset);
    expect(model.nodeById.get(name)?.type).toBe('event');
    expect(draw(model)).toEqual(expected(model));
  });

  it('an entity called constructor imports into the built-in article and is drawn', () => {
    const files: ImportFile[] = [
      { name: 'document.json', text: JSON.stringify(miniDoc) },
      { name: 'facts.json', text: JSON.stringify(renamed('valiyev', 'constructor')) },
      { name: 'source.txt', text: miniText },
    ];
    const outcome = importInto(real.ok ? real.dataset : null, files);
    expect(outcome.ok ? [] : outcome.issues.map(formatIssue)).toEqual([]);
    if (!outcome.ok) return;
    const model = buildGraphModel(outcome.dataset);
    expect(model.nodeById.has('constructor')).toBe(true);
    expect(draw(model)).toEqual(expected(model));
  });
});

describe('item 3: Object.prototype names as roles, kinds and stated phrases', () => {
  it.each(PROTO_NAMES)('%s as a role is shown as written, in both languages', (name) => {
    const facts = structuredClone(miniFacts);
    facts.events[0]!.participants[0]!.role = name;
    facts.events[0]!.participants[0]!.roleFa = name;
    const result = validate(facts);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const model = buildGraphModel(result.dataset);
    const edge = model.edges.find((e) => e.factId === 'meeting' && e.kind === name);
    expect(edge).toBeDefined();
    const data = edgeData(edge!);
    expect(data.label).toBe(name);
    expect(data.labelFa).toBe(name); // its Persian role word, as written
    expect(kindName(name, 'en')).toBe(name.replaceAll('_', ' '));
    expect(kindName(name, 'fa')).toBe(name.replaceAll('_', ' '));
  });

  it.each(PROTO_NAMES)('%s as a kind is refused at the kind', (name) => {
    const facts = structuredClone(miniFacts) as unknown as { entities: Array<{ kind: string }>; relations: Array<{ kind: string }> };
    facts.entities[0]!.kind = name;
    facts.relations[0]!.kind = name;
    const result = validate(facts);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.filter((i) => /expected one of/.test(i.message)).map((i) => i.path);
    expect(paths).toEqual(['entities[0].kind', 'relations[0].kind']);
  });

  it.each(PROTO_NAMES)('%s as a stated date phrase is shown as written', (name) => {
    const facts = structuredClone(miniFacts);
    facts.events[0]!.date = { stated: name, precision: 'unknown', certainty: 'unknown' };
    const result = validate(facts);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const date = result.dataset.events[0]!.date;
    expect(shortDate(date, 'en')).toBe(`“${name}”`);
    expect(shortDate(date, 'fa')).toBe(name);
    const rows = buildFactRows(buildGraphModel(result.dataset), 'en');
    const row = rows.find((r) => r.id === 'meeting');
    expect(row?.dateShort).toBe(`“${name}”`);
    expect(row?.dateText).toContain(name);
  });
});

describe('item 6: Object.prototype names as the text file', () => {
  it.each(PROTO_NAMES)('textFile %s without such a file gives the "not found beside the document" message', (name) => {
    const result = validate(miniFacts, { ...miniDoc, textFile: name }, { 'source.txt': miniText });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.rule])).toEqual([['textFile', 'text-present']]);
    expect(result.ok ? '' : result.issues[0]?.message).toContain(`source text file "${name}" beside the document`);
  });

  it.each(['constructor', '__proto__', 'toString'])('an import naming textFile %s reports the missing text, not an internal failure', (name) => {
    const read = readImport([
      { name: 'document.json', text: JSON.stringify({ ...miniDoc, textFile: name }) },
      { name: 'facts.json', text: JSON.stringify(miniFacts) },
    ]);
    expect(read.ok ? [] : read.issues.map((i) => i.rule)).toEqual(['text-present']);
  });

  it('a text file that really is called __proto__ is read as its text', () => {
    const texts = JSON.parse(`{"__proto__": ${JSON.stringify(miniText)}}`) as Record<string, string>;
    expect(validate(miniFacts, { ...miniDoc, textFile: '__proto__' }, texts).ok).toBe(true);
  });
});

describe('item 2: ids are unique across entities, events, relations and documents', () => {
  const base = real.ok ? real.dataset : emptyDataset();
  const files = (facts: unknown, doc: Record<string, unknown> = miniDoc): ImportFile[] => [
    { name: 'document.json', text: JSON.stringify(doc) },
    { name: 'facts.json', text: JSON.stringify(facts) },
    { name: 'source.txt', text: miniText },
  ];
  const anEvent = base.events[0]!;
  const anEntity = base.entities.find((e) => e.kind === 'person')!;
  const aRelation = base.relations[0]!;

  it.each([
    ['an entity', 'valiyev', anEvent.id, 'entity', 'event', anEvent.label.en],
    ['an event', 'meeting', anEntity.id, 'event', 'entity', anEntity.name.en],
    ['a relation', 'baku-in-az', anEntity.id, 'relation', 'entity', anEntity.name.en],
    ['an event', 'meeting', aRelation.id, 'event', 'relation', aRelation.label ?? aRelation.kind],
    ['an entity', 'valiyev', base.documents[0]!.id, 'entity', 'document', base.documents[0]!.title.en],
  ])('%s with the id of a loaded %s is refused, naming both', (_what, from, to, incomingKind, existingKind, existingName) => {
    const outcome = importInto(base, files(renamed(from, to)));
    expect(outcome.ok).toBe(false);
    const issues = outcome.ok ? [] : outcome.issues;
    expect(issues.map((i) => i.rule)).toEqual(['unique-id']);
    expect(issues[0]?.message).toContain(`the ${incomingKind} "`);
    expect(issues[0]?.message).toContain(`has the id "${to}" of the ${existingKind} "${existingName}"`);
  });

  it('a document id equal to one of its own entities is refused', () => {
    const read = readImport(files(renamed('valiyev', 'mini')));
    expect(read.ok ? [] : read.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('the entity "Karim Valiyev" has the id "mini" of the document "Test"'),
    ]);
  });

  it('two documents of one bundle whose facts share an id across kinds are refused', () => {
    const second = { ...miniDoc, id: 'mini-two' };
    // In the second document, the guest is "gx" and its meeting takes the id "guneydin",
    // which is the first document's entity for him.
    const facts2 = structuredClone(renamed('guneydin', 'gx'));
    facts2.events[0]!.id = 'guneydin';
    for (const section of [facts2.entities, facts2.events, facts2.relations]) for (const f of section) for (const ev of f.evidence) ev.doc = 'mini-two';
    for (const e of facts2.events) for (const p of e.participants) for (const ev of p.evidence ?? []) ev.doc = 'mini-two';
    const bundle = {
      kavoshBundle: 1,
      documents: [
        { document: miniDoc, text: miniText, facts: miniFacts },
        { document: second, text: miniText, facts: { entities: [], events: facts2.events, relations: [] } },
      ],
    };
    bundle.documents[1]!.facts = { entities: facts2.entities, events: facts2.events, relations: [] };
    const read = readImport([{ name: 'b.json', text: JSON.stringify(bundle) }]);
    expect(read.ok).toBe(false);
    // The meeting takes an entity's id: refused, naming both. "support" is the same event under
    // the same id in both documents: not a clash but corroboration (the corpus issue), so only
    // the cross-kind clash is reported.
    expect(read.ok ? [] : read.issues.map(formatIssue)).toEqual([
      expect.stringContaining(
        `b.json at documents[1]: expected ids unique across entities, events, relations and documents, but the event "Meeting in Baku" has the id "guneydin" of the entity "${miniFacts.entities.find((e) => e.id === 'guneydin')!.name.en}"`,
      ),
    ]);
  });

  it('the same article imported again is still accepted, and the state it leaves exports and re-imports', () => {
    const once = importInto(base, files(miniFacts));
    expect(once.ok).toBe(true);
    if (!once.ok) return;
    const twice = importInto(once.dataset, files(miniFacts));
    expect(twice.ok && twice.dataset.events.length).toBe(once.dataset.events.length);
    const bundle = toBundle(once.dataset);
    const back = importInto(null, [{ name: 'kavosh.json', text: JSON.stringify(bundle) }]);
    expect(back.ok ? [] : back.issues.map(formatIssue)).toEqual([]);
  });
});

/**
 * Structurally valid datasets (every reference resolves, ids unique across kinds) whose ids come
 * from a pool holding every Object.prototype name. The graph draws exactly the model.
 */
describe('property: the graph draws exactly the model, whatever the ids', () => {
  const pool = [...new Set([...PROTO_NAMES, '__proto__', 'constructor', 'a', 'b', 'c', 'd', 'e-1', 'f_2', 'g', 'h', 'i', 'j'])];
  const evidence = [{ doc: 'd0', quote: 'q', start: 0, end: 1, translation: 't' }];
  const arbitraryDataset = fc
    .uniqueArray(fc.constantFrom(...pool), { minLength: 2, maxLength: pool.length })
    .chain((ids) => {
      const cut = Math.max(1, Math.ceil(ids.length / 2));
      const entityIds = ids.slice(0, cut);
      const rest = ids.slice(cut);
      return fc.record({
        entityIds: fc.constant(entityIds),
        events: fc.array(fc.array(fc.constantFrom(...entityIds), { minLength: 1, maxLength: 4 }), { minLength: rest.length, maxLength: rest.length }),
        split: fc.nat(rest.length),
        relations: fc.array(fc.tuple(fc.constantFrom(...entityIds), fc.constantFrom(...entityIds)), { minLength: rest.length, maxLength: rest.length }),
        rest: fc.constant(rest),
        roles: fc.array(fc.constantFrom(...pool), { minLength: 4, maxLength: 4 }),
      });
    })
    .map(({ entityIds, events, split, relations, rest, roles }): Dataset => ({
      documents: [],
      texts: {},
      entities: entityIds.map((id) => ({ id, kind: 'person', name: { fa: id, en: id }, aliases: [], evidence })),
      events: rest.slice(0, split).map((id, i) => ({
        id,
        kind: 'meeting',
        label: { fa: id, en: id },
        shortLabel: { fa: id, en: id },
        participants: (events[i] ?? []).map((entity, j) => {
          const role = roles[j % roles.length] ?? 'x';
          return { entity, role, roleFa: role, evidence };
        }),
        date: { precision: 'unknown', certainty: 'unknown' },
        status: 'happened',
        evidence,
      })),
      relations: rest.slice(split).map((id, i) => ({
        id,
        kind: 'supports',
        source: relations[i]?.[0] ?? entityIds[0]!,
        target: relations[i]?.[1] ?? entityIds[0]!,
        evidence,
      })),
    }));

  it('draws every node and edge of the model, at the right ends', () => {
    fc.assert(
      fc.property(arbitraryDataset, (dataset) => {
        const model = buildGraphModel(dataset);
        expect(draw(model)).toEqual(expected(model));
      }),
      { numRuns: 150 },
    );
  });
});

it('sha256Hex stays the hash of the decoded text (sanity for the fixtures above)', () => {
  expect(sha256Hex(miniText)).toBe(miniDoc.sha256);
});

describe('item 1: layouts with an id of constructor', () => {
  it.each(['fcose', 'grid', 'concentric', 'breadthfirst'] as const)('%s lays out a graph holding "constructor" and "__proto__"', async (name) => {
    // runLayout sends such graphs here (it measures labels with the page's fonts afterwards, which
    // needs a browser: tests/e2e/hostile-data.e2e.ts covers the whole path).
    const { runOnRenamedCopy } = await import('../../src/cytoscape/layouts');
    if (name === 'fcose') cytoscape.use((await import('cytoscape-fcose')).default);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...['constructor', '__proto__', 'tostring', 'a'].map((id) => ({ group: 'nodes' as const, data: { id } })),
        { group: 'edges', data: { id: 'x', source: 'constructor', target: 'a' } },
        { group: 'edges', data: { id: 'y', source: '__proto__', target: 'constructor' } },
      ],
    });
    await runOnRenamedCopy(cy, cy.elements(), name);
    const points = cy.nodes().map((n) => n.position());
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(4);
    cy.destroy();
  });
});
