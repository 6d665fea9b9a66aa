// What `npm run export` writes opens in the tools people use, read by those tools' own parsers:
// graphology-gexf and graphology-graphml (what Gephi Lite uses) for GEXF and GraphML, and headless
// cytoscape (cytoscape.js, whose JSON Cytoscape desktop reads) for cyjs. Every node comes back with
// the position of the app's cached layout (read from the file, which the data engineer may
// refresh), its colour and size, and its labels in both languages; every edge comes back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import Graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { parsePositions, structureKey } from '../../src/cytoscape/positions';
import { pictureOf } from '../../src/graph/formats';
import { buildGraphModel } from '../../src/graph/model';
import { cli } from './cli';

const model = buildGraphModel(loadAllDatasets('data'));
const picture = pictureOf(model);
const layouts = JSON.parse(readFileSync('src/cytoscape/cachedLayouts.json', 'utf8')) as Record<string, unknown>;
const cached = parsePositions({ version: 1, positions: layouts[structureKey(model, 'fcose')] }) ?? undefined;
const dir = mkdtempSync(join(tmpdir(), 'kavosh-peers-'));
const files: Record<string, string> = {};

beforeAll(() => {
  for (const format of ['gexf', 'graphml', 'cyjs']) {
    const out = join(dir, `graph.${format}`);
    const log = execFileSync(...cli('export', '--format', format, '--out', out), { encoding: 'utf8' });
    expect(log).toContain('positions: src/cytoscape/cachedLayouts.json');
    files[format] = readFileSync(out, 'utf8');
  }
}, 240_000);

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const rgbText = (color: unknown) => {
  const m = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(String(color));
  return m ? hex(Number(m[1]), Number(m[2]), Number(m[3])) : String(color);
};

it('the data has a cached layout of every node', () => {
  expect(cached).toBeDefined();
  for (const node of model.nodes) expect(cached?.get(node.id), node.id).toHaveLength(2);
});

describe('GEXF through graphology-gexf', () => {
  it('has every node and edge, with position, colour, size and both labels', () => {
    const graph = parseGexf(Graphology, files.gexf as string);
    expect(graph.order).toBe(model.nodes.length);
    expect(graph.size).toBe(model.edges.length);
    for (const node of model.nodes) {
      const a = graph.getNodeAttributes(node.id);
      const [x, y] = cached?.get(node.id) ?? [NaN, NaN];
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), node.id).toBe(true);
      // Gephi's y axis points up: the file has y negated so the picture is the right way up there.
      expect([a.x, a.y], node.id).toEqual([x, -y + 0]);
      expect(rgbText(a.color), node.id).toBe(picture.node(node).color.hex);
      expect(a.size, node.id).toBe(picture.node(node).size);
      expect(a.label, node.id).toBe(node.nameEn.replace(/\s+/g, ' ').trim());
      // graphology-gexf keys attvalues by the attribute's id (Gephi shows its title, label_fa).
      expect(a.labelFa, node.id).toBe(node.nameFa);
    }
    graph.forEachEdge((_, a) => expect(rgbText(a.color)).toMatch(/^#[0-9a-f]{6}$/));
  });
});

describe('GraphML through graphology-graphml', () => {
  it('has every node and edge, with Gephi\'s x/y/size/r/g/b and both labels', () => {
    const graph = parseGraphml(Graphology, files.graphml as string);
    expect(graph.order).toBe(model.nodes.length);
    expect(graph.size).toBe(model.edges.length);
    for (const node of model.nodes) {
      const a = graph.getNodeAttributes(node.id);
      const [x, y] = cached?.get(node.id) ?? [NaN, NaN];
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), node.id).toBe(true);
      expect([a.x, a.y], node.id).toEqual([x, -y + 0]);
      // graphology-graphml turns r, g, b into a colour, as Gephi does.
      expect(a.color, node.id).toBe(picture.node(node).color.hex);
      expect(a.size, node.id).toBe(picture.node(node).size);
      expect(a.label, node.id).toBe(node.nameEn);
      expect(a.label_fa, node.id).toBe(node.nameFa);
    }
  });
});

describe('cyjs through headless cytoscape', () => {
  it('has every node at its cached position, and every edge', () => {
    const json = JSON.parse(files.cyjs as string);
    // `preset` keeps the file's positions (cytoscape.js's default initial layout would not).
    const cy = cytoscape({ headless: true, styleEnabled: false, layout: { name: 'preset' }, elements: json.elements });
    expect(cy.nodes().length).toBe(model.nodes.length);
    expect(cy.edges().length).toBe(model.edges.length);
    for (const node of model.nodes) {
      const el = cy.getElementById(node.id);
      const [x, y] = cached?.get(node.id) ?? [NaN, NaN];
      expect(el.position(), node.id).toEqual({ x, y });
      expect(el.data('nameEn'), node.id).toBe(node.nameEn);
      expect(el.data('nameFa'), node.id).toBe(node.nameFa);
    }
    cy.destroy();
  });
});
