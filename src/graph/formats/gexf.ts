import type { Visibility } from '../filter';
import type { GraphModel } from '../model';
import { gephiY, pictureOf, type Positions, type Rgb } from './picture';
import { edgeTable, nodeTable, present, type Column, type Row } from './table';
import { escapeXmlAttr, escapeXmlText, graphTitle, num, XML_HEADER } from './xml';

const VIZ_NS = 'http://gexf.net/1.3/viz';

const vizColor = (c: Rgb) => `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`;

/**
 * GEXF 1.3, dynamic: events, their participation edges and dated relations carry `start`/`end`
 * (inclusive days of their date's period), so Gephi's timeline plays them; entities and undated
 * facts have no interval and so exist throughout.
 *
 * The picture goes in the viz namespace (`http://gexf.net/1.3/viz`, as the normative gexf.rng, the
 * 1.3 primer and Gephi have it): every node's colour and size, its position when one is known (y
 * negated: Gephi's y axis points up), every edge's colour and thickness. The published 1.3 XSD
 * declares these elements in the main namespace by mistake; tests/schemas/README.md says how the
 * exports are validated anyway (the published RNG, and an XSD copy with that one thing corrected).
 * No xsi:schemaLocation: the RNG does not allow it, and no reader needs it.
 */
export function toGexf(model: GraphModel, visible?: Visibility, positions?: Positions): string {
  const picture = pictureOf(model, positions);
  const nodes = nodeTable(model, visible);
  const edges = edgeTable(model, visible);
  const interval = (row: Row) => (present(row.from) && present(row.to) ? ` start="${row.from}" end="${row.to}"` : '');
  const attributes = (cls: 'node' | 'edge', columns: Column[]) => [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${c.id}" title="${escapeXmlAttr(c.title)}" type="${c.type === 'int' ? 'integer' : 'string'}"/>`),
    '    </attributes>',
  ];
  const attvalues = (row: Row, columns: Column[]) => {
    const values = columns.filter((c) => present(row[c.id]));
    if (values.length === 0) return [];
    return [
      '        <attvalues>',
      ...values.map((c) => `          <attvalue for="${c.id}" value="${escapeXmlAttr(row[c.id] as string | number)}"/>`),
      '        </attvalues>',
    ];
  };
  const label = (row: Row) => escapeXmlAttr(String(row.label ?? '').replace(/\s+/g, ' ').trim());
  const out = [
    XML_HEADER,
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="${VIZ_NS}" version="1.3">`,
    '  <meta>',
    '    <creator>Kavosh</creator>',
    `    <description>${escapeXmlText(graphTitle(model))}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">',
    ...attributes('node', nodes.columns),
    ...attributes('edge', edges.columns),
    `    <nodes count="${nodes.rows.length}">`,
  ];
  for (const row of nodes.rows) {
    const node = model.nodeById.get(String(row.id));
    const look = node ? picture.node(node) : undefined;
    const viz = look
      ? [
          `        ${vizColor(look.color)}`,
          ...(look.position ? [`        <viz:position x="${num(look.position.x)}" y="${num(gephiY(look.position.y))}" z="0"/>`] : []),
          `        <viz:size value="${num(look.size)}"/>`,
        ]
      : [];
    out.push(`      <node id="${escapeXmlAttr(String(row.id))}" label="${label(row)}"${interval(row)}>`, ...attvalues(row, nodes.columns), ...viz, '      </node>');
  }
  out.push('    </nodes>', `    <edges count="${edges.rows.length}">`);
  for (const row of edges.rows) {
    const edge = model.edgeById.get(String(row.id));
    const look = edge ? picture.edge(edge) : undefined;
    const viz = look ? [`        ${vizColor(look.color)}`, `        <viz:thickness value="${num(look.thickness)}"/>`] : [];
    out.push(
      `      <edge id="${escapeXmlAttr(String(row.id))}" source="${escapeXmlAttr(String(row.source))}" target="${escapeXmlAttr(String(row.target))}" label="${label(row)}"${interval(row)}>`,
      ...attvalues(row, edges.columns),
      ...viz,
      '      </edge>',
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
