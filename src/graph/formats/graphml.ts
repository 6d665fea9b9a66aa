// GraphML 1.0 (graphml.graphdrawing.org): one <key> per column, one <data> per present cell, and
// the picture in the keys Gephi's GraphML importer reads: x, y, size and r, g, b on nodes, r, g, b
// on edges.
import type { Visibility } from '../filter';
import type { GraphModel } from '../model';
import { gephiY, pictureOf, type Positions } from './picture';
import { col, edgeTable, nodeTable, present, type Column, type ColumnType, type Row } from './table';
import { escapeXmlAttr, escapeXmlText, graphTitle, nmtoken, num, XML_HEADER } from './xml';

// Gephi's GraphML importer takes these attribute names as the node's position, size and colour
// (and an edge's colour); other readers see them as ordinary numeric columns.
const VIZ_KEYS = {
  node: [['x', 'float'], ['y', 'float'], ['size', 'float'], ['r', 'int'], ['g', 'int'], ['b', 'int']],
  edge: [['r', 'int'], ['g', 'int'], ['b', 'int']],
} as const;

export function toGraphml(model: GraphModel, visible?: Visibility, positions?: Positions): string {
  const picture = pictureOf(model, positions);
  const nodes = nodeTable(model, visible);
  const edges = edgeTable(model, visible);
  const keyId = (scope: 'n' | 'e', id: string) => `${scope}_${id}`;
  const graphmlType = (t: ColumnType) => (t === 'int' ? 'int' : 'string');
  const out = [
    XML_HEADER,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...nodes.columns.map((c) => `  <key id="${keyId('n', c.id)}" for="node" attr.name="${escapeXmlAttr(c.title)}" attr.type="${graphmlType(c.type)}"/>`),
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    ...edges.columns.map((c) => `  <key id="${keyId('e', c.id)}" for="edge" attr.name="${escapeXmlAttr(c.title)}" attr.type="${graphmlType(c.type)}"/>`),
    ...VIZ_KEYS.node.map(([name, type]) => `  <key id="n_viz_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...VIZ_KEYS.edge.map(([name, type]) => `  <key id="e_viz_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="kavosh" edgedefault="directed">',
    `    <data key="g_name">${escapeXmlText(graphTitle(model))}</data>`,
  ];
  const data = (scope: 'n' | 'e', row: Row, columns: Column[]) =>
    [col('label', 'label'), ...columns]
      .filter((c) => present(row[c.id]))
      .map((c) => `      <data key="${keyId(scope, c.id)}">${escapeXmlText(row[c.id] as string | number)}</data>`);
  const viz = (scope: 'n' | 'e', values: Record<string, number>) =>
    Object.entries(values).map(([name, value]) => `      <data key="${scope}_viz_${name}">${num(value)}</data>`);
  for (const row of nodes.rows) {
    const node = model.nodeById.get(String(row.id));
    const look = node ? picture.node(node) : undefined;
    const values: Record<string, number> = {};
    if (look?.position) Object.assign(values, { x: look.position.x, y: gephiY(look.position.y) });
    if (look) Object.assign(values, { size: look.size, r: look.color.r, g: look.color.g, b: look.color.b });
    out.push(`    <node id="${nmtoken(String(row.id))}">`, ...data('n', row, nodes.columns), ...viz('n', values), '    </node>');
  }
  for (const row of edges.rows) {
    const edge = model.edgeById.get(String(row.id));
    const look = edge ? picture.edge(edge) : undefined;
    out.push(
      `    <edge id="${nmtoken(String(row.id))}" source="${nmtoken(String(row.source))}" target="${nmtoken(String(row.target))}">`,
      ...data('e', row, edges.columns),
      ...viz('e', look ? { r: look.color.r, g: look.color.g, b: look.color.b } : {}),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
