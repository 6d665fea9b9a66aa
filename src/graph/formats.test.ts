import { readDataset } from '../../scripts/lib/read-dataset';
import { readBundle } from '../domain/bundle';
import type { Dataset } from '../domain/schema';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from './filter';
import {
  csvField,
  datasetOfView,
  escapeXmlAttr,
  escapeXmlText,
  EXPORT_FORMATS,
  inclusiveDays,
  nmtoken,
  pictureOf,
  serialise,
  toGexf,
  toSvg,
  wrapLabel,
  xmlSafe,
} from './formats';
import { buildGraphModel, type GraphNode } from './model';

const result = readDataset('data/aran-news-baku');
if (!result.ok) throw new Error('the real data must be valid');
const model = buildGraphModel(result.dataset);

describe('XML escaping', () => {
  it('escapes the five markup characters in text and attributes', () => {
    expect(escapeXmlText(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(escapeXmlAttr('x\ny\tz\r')).toBe('x&#10;y&#9;z&#13;');
    expect(escapeXmlText('x\ny\tz\r')).toBe('x\ny\tz&#13;');
  });

  it('drops characters XML 1.0 cannot carry and keeps everything else', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000be\u001ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(xmlSafe('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    const keep = 'گفت\u200cوگو \u202Eevil\u202C \u2067فا\u2069 😀 \t\n\r \uE000 \uFFFD';
    expect(xmlSafe(keep)).toBe(keep);
  });

  it('makes GraphML name tokens that stay distinct', () => {
    expect(nmtoken('turkey')).toBe('turkey');
    expect(nmtoken('baku-intelligence-meeting~karim-valiyev~0')).toBe('baku-intelligence-meeting:karim-valiyev:0');
    const ids = ['a:b', 'a~b', 'a.b', 'a b', 'a.3a.b', '', 'ä'];
    const tokens = ids.map(nmtoken);
    expect(new Set(tokens).size).toBe(ids.length);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_.:-]+$/);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(3)).toBe('3');
    expect(csvField(undefined)).toBe('');
  });

  it('writes nodes and edges with a BOM, CRLF line ends and the headers Gephi reads', () => {
    const [nodes, edges] = serialise(model, 'csv');
    expect(nodes?.suffix).toBe('nodes');
    expect(edges?.suffix).toBe('edges');
    expect(nodes?.content.startsWith('\uFEFFId,Label,label_fa,')).toBe(true);
    expect(edges?.content.startsWith('\uFEFFSource,Target,Type,Id,Label,')).toBe(true);
    const records = (nodes?.content ?? '').slice(1).split('\r\n');
    expect(records.at(-1)).toBe('');
    // Quoted fields may hold bare \n (aliases, quotes), never CRLF: one record per node plus the header.
    expect(records.length - 2).toBe(model.nodes.length);
    expect(nodes?.content).toContain('جمهوری آذربایجان');
  });
});

describe('dates as intervals', () => {
  it('turns a fuzzy date into inclusive days', () => {
    expect(inclusiveDays({ precision: 'year', value: '2020', certainty: 'stated' })).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(inclusiveDays({ precision: 'month', value: '2024-02', certainty: 'stated' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(inclusiveDays({ precision: 'day', value: '2023-01-08', certainty: 'inferred', basis: 'x' })).toEqual({ from: '2023-01-08', to: '2023-01-08' });
    expect(inclusiveDays({ precision: 'range', start: '2020', end: '2021-03', certainty: 'stated' })).toEqual({ from: '2020-01-01', to: '2021-03-31' });
    expect(inclusiveDays({ precision: 'unknown', certainty: 'unknown' })).toBeNull();
    expect(inclusiveDays(undefined)).toBeNull();
  });

  it('gives GEXF events and their edges an interval, entities none', () => {
    const gexf = toGexf(model);
    expect(gexf).toContain('<graph mode="dynamic" timeformat="date" defaultedgetype="directed">');
    expect(gexf).toMatch(/<node id="second-karabakh-war" label="[^"]+" start="2020-01-01" end="2020-12-31">/);
    expect(gexf).toMatch(/<node id="turkey" label="Turkey">/);
    // Without positions: colour and size, but no made-up position.
    expect(gexf).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(gexf).not.toContain('<viz:position');
    expect(gexf.match(/<viz:size /g)).toHaveLength(model.nodes.length);
  });

  it('writes positions with y negated for Gephi, and the canvas colours', () => {
    const positions = new Map(model.nodes.map((n, i) => [n.id, [i * 10.5, 100 - i] as [number, number]]));
    const gexf = toGexf(model, undefined, positions);
    expect(gexf.match(/<viz:position /g)).toHaveLength(model.nodes.length);
    const turkeyAt = positions.get('turkey') as [number, number];
    const turkey = gexf.slice(gexf.indexOf('<node id="turkey"'), gexf.indexOf('</node>', gexf.indexOf('<node id="turkey"')));
    expect(turkey).toContain(`<viz:position x="${turkeyAt[0]}" y="${-turkeyAt[1]}" z="0"/>`);
    const look = pictureOf(model).node(model.nodeById.get('turkey') as GraphNode);
    expect(turkey).toContain(`<viz:color r="${look.color.r}" g="${look.color.g}" b="${look.color.b}"/>`);
    expect(turkey).toContain(`<viz:size value="${look.size}"/>`);
    // Turkey and Azerbaijan are both countries: the same size, different colours.
    const azerbaijan = pictureOf(model).node(model.nodeById.get('azerbaijan') as GraphNode);
    expect(azerbaijan.size).toBe(look.size);
    expect(azerbaijan.color.hex).not.toBe(look.color.hex);
  });
});

describe('the view', () => {
  const visible = computeVisibility(model, { ...EMPTY_FILTERS, countries: ['pakistan'] }, NO_TIME_FILTER);

  it('exports only visible nodes and edges', () => {
    const cyjs = JSON.parse(serialise(model, 'cyjs', visible)[0]?.content ?? '{}') as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect(cyjs.elements.nodes).toHaveLength(visible.nodes.size);
    expect(cyjs.elements.edges).toHaveLength(visible.edges.size);
    const [nodes] = serialise(model, 'csv', visible);
    expect((nodes?.content ?? '').split('\r\n').length - 2).toBe(visible.nodes.size);
  });

  it('as a dataset keeps the entities its facts name, so the bundle validates', () => {
    const hidden = computeVisibility(model, { ...EMPTY_FILTERS, countries: ['pakistan'], hiddenEntityKinds: ['person', 'country'] }, NO_TIME_FILTER);
    const view: Dataset = datasetOfView(model, hidden);
    expect(view.events.map((e) => e.id)).toEqual(['demir-fighter-invitation']);
    expect(view.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['pakistan', 'turkey', 'ismail-demir']));
    expect(view.documents.map((d) => d.id)).toEqual(['aran-news-baku']);
    const bundle = JSON.parse(serialise(model, 'json', hidden)[0]?.content ?? '{}') as unknown;
    expect(readBundle('view.json', bundle).ok).toBe(true);
  });

  it('is the whole dataset when nothing is filtered', () => {
    expect(datasetOfView(model)).toBe(model.dataset);
  });
});

describe('cyjs extras', () => {
  it('adds flat columns that rebuild each fact, and lists the cited documents', () => {
    const cyjs = JSON.parse(serialise(model, 'cyjs')[0]?.content ?? '{}') as {
      data: Record<string, unknown>;
      elements: { nodes: Array<{ data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> };
    };
    expect(cyjs.data.kavoshDocuments).toEqual(['aran-news-baku']);
    const node = (id: string) => cyjs.elements.nodes.find((n) => n.data.id === id)?.data;
    expect(node('karabakh')).toMatchObject({ affiliation: 'azerbaijan', aliases: expect.any(Array) });
    expect(node('demir-fighter-invitation')).toMatchObject({ datePrecision: 'day', dateValue: '2023-01-08', from: '2023-01-08', status: expect.any(String), participantIds: expect.any(Array) });
    for (const n of cyjs.elements.nodes) for (const v of Object.values(n.data)) if (Array.isArray(v) && n.data.evidence !== v) expect(v.every((x) => typeof x === 'string')).toBe(true);
  });
});

describe('SVG', () => {
  it('wraps labels by words within the text width', () => {
    expect(wrapLabel('Intelligence Department of the Turkish General Staff', 120, 11)).toEqual(['Intelligence', 'Department of the', 'Turkish General Staff']);
    expect(wrapLabel('Turkey', 120, 11)).toEqual(['Turkey']);
    expect(wrapLabel('no width given here', undefined, 11)).toEqual(['no width given here']);
  });

  it('draws shapes, curved edges with arrows and escaped labels in the snapshot box', () => {
    const svg = toSvg({
      box: { x1: -10, y1: -20, w: 200, h: 100 },
      background: '#ffffff',
      fontFamily: 'Vazirmatn',
      rtl: true,
      nodes: [
        { x: 0, y: 0, w: 40, h: 40, shape: 'round-octagon', fill: '#0072B2', stroke: '#fff', strokeWidth: 1.5, opacity: 1, label: 'ترکیه <&>', fontSize: 13, color: '#000', fontWeight: 'bold' },
        { x: 100, y: 0, w: 22, h: 16, shape: 'round-rectangle', fill: '#eee', stroke: '#666', strokeWidth: 1.5, opacity: 0.15, label: '', fontSize: 9, color: '#444', fontStyle: 'italic' },
        { x: 50, y: 50, w: 26, h: 26, shape: 'ellipse', fill: '#888', stroke: '#fff', strokeWidth: 1, opacity: 1, label: 'x', fontSize: 11, color: '#000' },
      ],
      edges: [{ points: [{ x: 0, y: 0 }, { x: 50, y: -10 }, { x: 100, y: 0 }], curved: true, color: '#7c8594', width: 1.6, arrow: true, opacity: 1, label: 'supplies', fontSize: 8, labelColor: '#6b7280', mid: { x: 50, y: -5 } }],
    });
    expect(svg).toContain('viewBox="-30 -40 240 140"');
    expect(svg).toContain('<polygon points=');
    expect(svg).toContain('stroke-linejoin="round"');
    expect(svg).toContain('<rect x="89" y="-8" width="22" height="16" rx="4"');
    expect(svg).toContain('<ellipse cx="50" cy="50" rx="13" ry="13"');
    expect(svg).toContain('d="M 0 0 Q 50 -10 100 0"');
    expect(svg).toContain('ترکیه &lt;&amp;&gt;');
    expect(svg).toContain('direction="rtl"');
    expect(svg).toContain('<g opacity="0.15">');
  });
});

it('every format the CLI lists is serialisable', () => {
  for (const format of EXPORT_FORMATS) for (const file of serialise(model, format)) expect(file.content.length).toBeGreaterThan(100);
});
