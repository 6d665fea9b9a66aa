// CSV in the shape Gephi's spreadsheet import and Excel read.
import type { Table } from './table';

/**
 * One RFC 4180 field. A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: Excel shows it as text, and nothing in this data is a number that needs a sign.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Headers and rows as CSV with CRLF line ends and a UTF-8 byte order mark for Excel. */
export function toCsv(table: Table): string {
  const isEdges = table.kind === 'edges';
  // Gephi's spreadsheet import reads Id/Label and Source/Target/Type (Type: Directed/Undirected).
  const lead = isEdges ? ['Source', 'Target', 'Type', 'Id', 'Label'] : ['Id', 'Label'];
  const header = [...lead, ...table.columns.map((c) => c.title)];
  const lines = [header.map(csvField).join(',')];
  for (const row of table.rows) {
    const first = isEdges ? [row.source, row.target, 'Directed', row.id, row.label] : [row.id, row.label];
    lines.push([...first, ...table.columns.map((c) => row[c.id])].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
