import type { Visibility } from '../filter';
import type { GraphModel } from '../model';
import { edgeTable, nodeTable, present, type Column, type Row } from './table';
import { escapeXmlAttr, escapeXmlText, graphTitle, XML_HEADER } from './xml';

/**
 * GEXF 1.3, dynamic: events, their participation edges and dated relations carry `start`/`end`
 * (inclusive days of their date's period), so Gephi's timeline plays them; entities and undated
 * facts have no interval and so exist throughout. No viz data: the 1.3 XSD and RNG disagree on it.
 */
export function toGexf(model: GraphModel, visible?: Visibility): string {
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
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Kavosh</creator>',
    `    <description>${escapeXmlText(graphTitle(model))}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" timeformat="date" defaultedgetype="directed">',
    ...attributes('node', nodes.columns),
    ...attributes('edge', edges.columns),
    `    <nodes count="${nodes.rows.length}">`,
  ];
  for (const row of nodes.rows)
    out.push(`      <node id="${escapeXmlAttr(String(row.id))}" label="${label(row)}"${interval(row)}>`, ...attvalues(row, nodes.columns), '      </node>');
  out.push('    </nodes>', `    <edges count="${edges.rows.length}">`);
  for (const row of edges.rows)
    out.push(
      `      <edge id="${escapeXmlAttr(String(row.id))}" source="${escapeXmlAttr(String(row.source))}" target="${escapeXmlAttr(String(row.target))}" label="${label(row)}"${interval(row)}>`,
      ...attvalues(row, edges.columns),
      '      </edge>',
    );
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
