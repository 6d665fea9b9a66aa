// GraphML and GEXF exports validate with xmllint (schemas vendored in tests/schemas/, see its
// README) for the real data, a filtered view, a merged two-article dataset and a hostile dataset
// whose names carry &<>"', bidi controls and characters XML 1.0 cannot hold, each with node
// positions. GraphML: the published graphml.xsd. GEXF 1.3 with viz data: the published, normative
// gexf.rng unchanged, and the 1.3 XSD with its viz namespace corrected. Values come back out of the
// XML exactly (minus the illegal characters), so escaping loses nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { readDataset } from '../../scripts/lib/read-dataset';
import { mergeDatasets } from '../../src/domain/merge';
import type { Dataset, Evidence } from '../../src/domain/schema';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../../src/graph/filter';
import { parsePositions, structureKey } from '../../src/cytoscape/positions';
import { serialise, toGexf, toGraphml, toSvg, xmlSafe, type Positions } from '../../src/graph/formats';
import { buildGraphModel, type GraphModel } from '../../src/graph/model';
import { cli } from './cli';

const GRAPHML_XSD = 'tests/schemas/graphml/graphml.xsd';
const GEXF_XSD = 'tests/schemas/gexf/viz-corrected/gexf.xsd';
const GEXF_RNG = 'tests/schemas/gexf/gexf.rng';
const PUBLISHED_GEXF_XSD = 'tests/schemas/gexf/gexf.xsd';
const dir = mkdtempSync(join(tmpdir(), 'kavosh-xsd-'));

function xmllint(args: string[]): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--nonet', ...args], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is needed for these tests (Debian: libxml2-utils; run scripts/install-test-deps.sh): ${run.error.message}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function validate(xml: string, xsd: string, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, xml);
  const { status, output } = xmllint(['--noout', '--schema', xsd, file]);
  expect(status, output).toBe(0);
  expect(output).toContain('validates');
  return file;
}

/** GEXF: the corrected XSD and the published RNG must both accept it. */
function validateGexf(xml: string, name: string): string {
  const file = validate(xml, GEXF_XSD, name);
  const { status, output } = xmllint(['--noout', '--relaxng', GEXF_RNG, file]);
  expect(status, output).toBe(0);
  return file;
}

// xmllint ends its --xpath output with one newline of its own.
const xpath = (file: string, expr: string) => execFileSync('xmllint', ['--nonet', '--xpath', expr, file], { encoding: 'utf8' }).replace(/\n$/, '');

// Hostile text: markup characters, bidi overrides and isolates, ZWNJ, an astral emoji (all legal),
// and C0 controls, U+FFFE and a lone surrogate (illegal in XML 1.0, so dropped).
const HOSTILE = `Tom & "Jerry" <b>'s</b> ]]> \u202Eevil\u202C \u2067فارسی\u2069 گفت\u200cوگو 😀 \u0001\u000b\uFFFE\uD800 end`;
const HOSTILE_ID = 'hostile';

function hostileDataset(): Dataset {
  const text = `${HOSTILE} — the only text`;
  const ev = (quote: string): Evidence => ({ doc: 'h-doc', quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, translation: `${HOSTILE} (en)` });
  return {
    documents: [
      {
        id: 'h-doc',
        title: { fa: HOSTILE, en: HOSTILE },
        language: 'fa',
        outlet: { fa: HOSTILE, en: HOSTILE },
        citationChain: [],
        published: { precision: 'unknown', certainty: 'unknown' },
        textFile: 'source.txt',
        sha256: '0'.repeat(64),
        uncoveredSentences: [],
      },
    ],
    texts: { 'h-doc': text },
    entities: [
      { id: HOSTILE_ID, kind: 'country', name: { fa: HOSTILE, en: HOSTILE }, aliases: [HOSTILE, '=cmd|calc'], wikidata: 'Q1', description: HOSTILE, descriptionFa: HOSTILE, evidence: [ev('Tom')] },
      { id: 'other', kind: 'person', name: { fa: 'دیگر', en: 'Other\r\nline\ttab' }, aliases: [], country: HOSTILE_ID, evidence: [ev('end')] },
    ],
    events: [
      {
        id: 'h-event',
        kind: 'meeting',
        label: { fa: HOSTILE, en: HOSTILE },
        shortLabel: { fa: HOSTILE, en: HOSTILE },
        participants: [
          { entity: HOSTILE_ID, role: `host ${HOSTILE}`, roleFa: `میزبان ${HOSTILE}`, evidence: [ev('Tom')] },
          { entity: 'other', role: 'guest', roleFa: 'مهمان', evidence: [ev('end')] },
        ],
        place: HOSTILE_ID,
        date: { stated: HOSTILE, precision: 'range', start: '2020-02', end: '2021', certainty: 'stated' },
        status: 'happened',
        evidence: [ev('Jerry')],
      },
    ],
    relations: [
      { id: 'h-rel', kind: 'supports', source: 'other', target: HOSTILE_ID, label: HOSTILE, labelFa: HOSTILE, date: { precision: 'day', value: '2024-02-29', certainty: 'stated' }, evidence: [ev('evil')] },
    ],
  };
}

const real = buildGraphModel(loadAllDatasets('data'));
const second = readDataset('tests/fixtures/second-article');
if (!second.ok) throw new Error('the second-article fixture must be valid');
const merged = buildGraphModel(mergeDatasets(real.dataset, second.dataset).dataset);
const hostile = buildGraphModel(hostileDataset());
const filtered = computeVisibility(real, { ...EMPTY_FILTERS, countries: ['pakistan'], hiddenEntityKinds: ['person'] }, NO_TIME_FILTER);

// The app's cached layout of the real data (read from the file: the data engineer may refresh it),
// and made-up positions, negative and fractional, for the others.
const cachedLayouts = JSON.parse(readFileSync('src/cytoscape/cachedLayouts.json', 'utf8')) as Record<string, unknown>;
const realPositions = parsePositions({ version: 1, positions: cachedLayouts[structureKey(real, 'fcose')] });
if (!realPositions) throw new Error('src/cytoscape/cachedLayouts.json has no layout of data/: run scripts/bench/cache-layouts.ts');
const madeUp = (model: GraphModel): Positions => new Map(model.nodes.map((n, i) => [n.id, [i * 37.25 - 500, -(i % 7) * 91.5 + 0.125]]));

const cases: Array<[string, GraphModel, ReturnType<typeof computeVisibility> | undefined, Positions]> = [
  ['the real data', real, undefined, realPositions],
  ['a filtered view of the real data', real, filtered, realPositions],
  ['two merged articles', merged, undefined, madeUp(merged)],
  ['a hostile dataset', hostile, undefined, madeUp(hostile)],
];

describe('GraphML export against graphml.xsd', () => {
  it.each(cases)('%s validates', (name, model, visible, positions) => {
    const file = validate(toGraphml(model, visible, positions), GRAPHML_XSD, `${name.replaceAll(' ', '-')}.graphml`);
    expect(Number(xpath(file, 'count(//*[local-name()="node"][*[@key="n_viz_x"]][*[@key="n_viz_r"]])'))).toBe(visible?.nodes.size ?? model.nodes.length);
  });

  it('keeps hostile text exactly, minus the characters XML 1.0 forbids', () => {
    const file = validate(toGraphml(hostile), GRAPHML_XSD, 'hostile-check.graphml');
    const label = xpath(file, `string(//*[local-name()="node"][@id="${HOSTILE_ID}"]/*[@key="n_label"])`);
    expect(label).toBe(xmlSafe(HOSTILE));
    expect(label).toContain('\u202Eevil\u202C');
    expect(label).toContain('😀');
    for (const illegal of ['\u0001', '\u000b', '\uFFFE', '\uD800']) expect(label).not.toContain(illegal);
    const other = xpath(file, 'string(//*[local-name()="node"][@id="other"]/*[@key="n_label"])');
    expect(other).toBe('Other\r\nline\ttab');
  });

  it('writes participation edge ids as name tokens and keeps edges between exported nodes', () => {
    const file = validate(toGraphml(real, filtered), GRAPHML_XSD, 'ids.graphml');
    const ids = xpath(file, '//*[local-name()="edge"]/@id');
    expect(ids).not.toContain('~');
    expect(Number(xpath(file, 'count(//*[local-name()="edge"])'))).toBe(filtered.edges.size);
    expect(Number(xpath(file, 'count(//*[local-name()="node"])'))).toBe(filtered.nodes.size);
  });
});

describe('GEXF 1.3 export against gexf.rng and the viz-corrected gexf.xsd', () => {
  it.each(cases)('%s validates', (name, model, visible, positions) => {
    const file = validateGexf(toGexf(model, visible, positions), `${name.replaceAll(' ', '-')}.gexf`);
    const vizNodes = 'count(//*[local-name()="node"][*[local-name()="position" and namespace-uri()="http://gexf.net/1.3/viz"]][*[local-name()="color"]][*[local-name()="size"]])';
    expect(Number(xpath(file, vizNodes))).toBe(visible?.nodes.size ?? model.nodes.length);
  });

  it('differs from the published 1.3 XSD only in the viz namespace', () => {
    const xml = toGexf(real, undefined, realPositions);
    const file = join(dir, 'published.gexf');
    writeFileSync(file, xml);
    const published = xmllint(['--noout', '--schema', PUBLISHED_GEXF_XSD, file]);
    expect(published.status).not.toBe(0);
    expect(published.output).toContain("Element '{http://gexf.net/1.3/viz}color': This element is not expected");
    // Without its viz elements the same file is valid against the published XSD as it stands.
    const bare = xml.replace(/^\s*<viz:[^>]*\/>\n/gm, '').replace(' xmlns:viz="http://gexf.net/1.3/viz"', '');
    expect(bare).not.toContain('viz:');
    validate(bare, PUBLISHED_GEXF_XSD, 'published-bare.gexf');
    // And viz elements in the main namespace, which the published XSD expects, the RNG refuses.
    const mainNs = join(dir, 'main-ns.gexf');
    writeFileSync(mainNs, xml.replace('xmlns:viz="http://gexf.net/1.3/viz"', 'xmlns:viz="http://gexf.net/1.3"'));
    expect(xmllint(['--noout', '--relaxng', GEXF_RNG, mainNs]).status).not.toBe(0);
    expect(xmllint(['--noout', '--schema', GEXF_XSD, mainNs]).status).not.toBe(0);
  });

  it('is dynamic, with inclusive date intervals from the event dates', () => {
    const file = validateGexf(toGexf(merged), 'dynamic.gexf');
    expect(xpath(file, 'string(//*[local-name()="graph"]/@mode)')).toBe('dynamic');
    expect(xpath(file, 'string(//*[local-name()="graph"]/@timeformat)')).toBe('date');
    const node = (id: string, attr: string) => xpath(file, `string(//*[local-name()="node"][@id="${id}"]/@${attr})`);
    expect([node('second-karabakh-war', 'start'), node('second-karabakh-war', 'end')]).toEqual(['2020-01-01', '2020-12-31']);
    expect([node('demir-fighter-invitation', 'start'), node('demir-fighter-invitation', 'end')]).toEqual(['2023-01-08', '2023-01-08']);
    expect([node('turkey-azerbaijan-exercises', 'start'), node('turkey-azerbaijan-exercises', 'end')]).toEqual(['2020-05-01', '2024-03-19']);
    expect([node('test-tbilisi-trilateral-meeting', 'start'), node('test-tbilisi-trilateral-meeting', 'end')]).toEqual(['2022-01-01', '2022-12-31']);
    // Undated events and entities have no interval: they exist throughout the timeline.
    expect(node('baku-intelligence-meeting', 'start')).toBe('');
    expect(node('turkey', 'start')).toBe('');
    const edgeStart = xpath(file, 'string(//*[local-name()="edge"][@source="second-karabakh-war"][1]/@start)');
    expect(edgeStart).toBe('2020-01-01');
  });

  it('keeps hostile attribute values exactly, minus the characters XML 1.0 forbids', () => {
    const file = validateGexf(toGexf(hostile), 'hostile-check.gexf');
    const value = xpath(file, `string(//*[local-name()="node"][@id="${HOSTILE_ID}"]//*[local-name()="attvalue"][@for="labelFa"]/@value)`);
    expect(value).toBe(xmlSafe(HOSTILE));
    const range = xpath(file, 'concat(//*[local-name()="node"][@id="h-event"]/@start, " ", //*[local-name()="node"][@id="h-event"]/@end)');
    expect(range).toBe('2020-02-01 2021-12-31');
  });
});

// Each run starts a node process (tests/unit/cli.ts), which takes seconds on a busy machine.
const CLI_TIMEOUT = 120_000;

describe('`npm run export` writes valid files', () => {
  it.each([
    ['graphml', [['--schema', GRAPHML_XSD]]],
    ['gexf', [['--schema', GEXF_XSD], ['--relaxng', GEXF_RNG]]],
  ])(
    '--format %s validates',
    (format, schemas) => {
      const out = join(dir, `cli.${format}`);
      execFileSync(...cli('export', '--format', format, '--out', out), { stdio: 'pipe' });
      for (const schema of schemas) {
        const { status, output } = xmllint(['--noout', ...schema, out]);
        expect(status, output).toBe(0);
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'an unknown format is refused with the list of formats',
    () => {
      const run = spawnSync(...cli('export', '--format', 'pdf', '--out', join(dir, 'x.pdf')), { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('cyjs, graphml, gexf, csv, json');
    },
    CLI_TIMEOUT,
  );
});

describe('SVG drawing', () => {
  it('is well-formed XML with hostile labels escaped', () => {
    const svg = toSvg({
      box: { x1: 0, y1: 0, w: 100, h: 50 },
      background: '#fff',
      fontFamily: 'Vazirmatn, "Noto Sans"',
      rtl: false,
      nodes: [{ x: 10, y: 10, w: 20, h: 20, shape: 'round-diamond', fill: 'rgb(0,114,178)', stroke: '#fff', strokeWidth: 1.5, opacity: 1, label: HOSTILE, fontSize: 11, color: '#111' }],
      edges: [{ points: [{ x: 0, y: 0 }, { x: 50, y: 5 }, { x: 90, y: 40 }], curved: true, color: '#999', width: 1.2, arrow: true, opacity: 0.5, label: HOSTILE, fontSize: 8, labelColor: '#666', mid: { x: 45, y: 20 } }],
    });
    const file = join(dir, 'hostile.svg');
    writeFileSync(file, svg);
    const { status, output } = xmllint(['--noout', file]);
    expect(status, output).toBe(0);
    expect(xpath(file, 'string((//*[local-name()="text"])[2])')).toBe(xmlSafe(HOSTILE));
  });

  it('serialise offers every CLI format', () => {
    for (const format of ['cyjs', 'graphml', 'gexf', 'csv', 'json'] as const) expect(serialise(hostile, format).length).toBeGreaterThan(0);
  });
});
