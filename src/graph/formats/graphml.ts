// GraphML 1.0 (graphml.graphdrawing.org): one <key> per column, one <data> per present cell.
import type { Visibility } from '../filter';
import type { GraphModel } from '../model';
import { col, edgeTable, nodeTable, present, type Column, type ColumnType, type Row } from './table';
import { escapeXmlAttr, escapeXmlText, graphTitle, nmtoken, XML_HEADER } from './xml';

export function toGraphml(model: GraphModel, visible?: Visibility): string {
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
    '  <graph id="kavosh" edgedefault="directed">',
    `    <data key="g_name">${escapeXmlText(graphTitle(model))}</data>`,
  ];
  const data = (scope: 'n' | 'e', row: Row, columns: Column[]) =>
    [col('label', 'label'), ...columns]
      .filter((c) => present(row[c.id]))
      .map((c) => `      <data key="${keyId(scope, c.id)}">${escapeXmlText(row[c.id] as string | number)}</data>`);
  for (const row of nodes.rows) out.push(`    <node id="${nmtoken(String(row.id))}">`, ...data('n', row, nodes.columns), '    </node>');
  for (const row of edges.rows)
    out.push(
      `    <edge id="${nmtoken(String(row.id))}" source="${nmtoken(String(row.source))}" target="${nmtoken(String(row.target))}">`,
      ...data('e', row, edges.columns),
      '    </edge>',
    );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
