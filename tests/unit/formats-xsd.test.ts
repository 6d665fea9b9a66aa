// GraphML and GEXF exports validate against the published XSDs (vendored in tests/schemas/) with
// xmllint, for the real data, a filtered view, a merged two-article dataset and a hostile dataset
// whose names carry &<>"', bidi controls and characters XML 1.0 cannot hold. Values come back
// out of the XML exactly (minus the illegal characters), so escaping loses nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { readDataset } from '../../scripts/lib/read-dataset';
import { mergeDatasets } from '../../src/domain/merge';
import type { Dataset, Evidence } from '../../src/domain/schema';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../../src/graph/filter';
import { serialise, toGexf, toGraphml, toSvg, xmlSafe } from '../../src/graph/formats';
import { buildGraphModel, type GraphModel } from '../../src/graph/model';

const GRAPHML_XSD = 'tests/schemas/graphml/graphml.xsd';
const GEXF_XSD = 'tests/schemas/gexf/gexf.xsd';
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

const cases: Array<[string, GraphModel, ReturnType<typeof computeVisibility> | undefined]> = [
  ['the real data', real, undefined],
  ['a filtered view of the real data', real, filtered],
  ['two merged articles', merged, undefined],
  ['a hostile dataset', hostile, undefined],
];

describe('GraphML export against graphml.xsd', () => {
  it.each(cases)('%s validates', (name, model, visible) => {
    validate(toGraphml(model, visible), GRAPHML_XSD, `${name.replaceAll(' ', '-')}.graphml`);
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

describe('GEXF 1.3 export against gexf.xsd', () => {
  it.each(cases)('%s validates', (name, model, visible) => {
    validate(toGexf(model, visible), GEXF_XSD, `${name.replaceAll(' ', '-')}.gexf`);
  });

  it('is dynamic, with inclusive date intervals from the event dates', () => {
    const file = validate(toGexf(merged), GEXF_XSD, 'dynamic.gexf');
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
    const file = validate(toGexf(hostile), GEXF_XSD, 'hostile-check.gexf');
    const value = xpath(file, `string(//*[local-name()="node"][@id="${HOSTILE_ID}"]//*[local-name()="attvalue"][@for="labelFa"]/@value)`);
    expect(value).toBe(xmlSafe(HOSTILE));
    const range = xpath(file, 'concat(//*[local-name()="node"][@id="h-event"]/@start, " ", //*[local-name()="node"][@id="h-event"]/@end)');
    expect(range).toBe('2020-02-01 2021-12-31');
  });
});

describe('`npm run export` writes valid files', () => {
  it.each([
    ['graphml', GRAPHML_XSD],
    ['gexf', GEXF_XSD],
  ])('--format %s validates against its XSD', (format, xsd) => {
    const out = join(dir, `cli.${format}`);
    execFileSync('npx', ['tsx', 'scripts/export.ts', '--format', format, '--out', out], { stdio: 'pipe' });
    const { status, output } = xmllint(['--noout', '--schema', xsd, out]);
    expect(status, output).toBe(0);
  });

  it('an unknown format is refused with the list of formats', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/export.ts', '--format', 'pdf', '--out', join(dir, 'x.pdf')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cyjs, graphml, gexf, csv, json');
  });
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
