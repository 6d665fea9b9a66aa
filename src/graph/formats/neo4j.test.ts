// The Neo4j bulk-import CSV against the documented header format of `neo4j-admin database
// import`: an `:ID` column and a `:LABEL` column in the nodes file; `:START_ID`, `:END_ID` and
// `:TYPE` in the relationships file; every other header `name` or `name:type` with a type from the
// documented list; arrays split on `;`; every relationship end is a node id; no field spans lines.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/lib/read-dataset';
import { mergeDatasets } from '../../domain/merge';
import { toNeo4jCsv } from './neo4j';

function datasetAt(dir: string) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} must be valid`);
  return result.dataset;
}
const corpus = [datasetAt('tests/fixtures/second-article'), datasetAt('tests/fixtures/third-article')].reduce(
  (acc, d) => mergeDatasets(acc, d).dataset,
  datasetAt('data/aran-news-baku'),
);
const { nodes, relationships } = toNeo4jCsv(corpus, { reliability: { azertac: 'B' }, credibility: { 'baku-intelligence-meeting': 2 } });

/** RFC 4180, as neo4j-admin reads it with its defaults (comma, double quote, single-line fields). */
function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => {
      const cells: string[] = [];
      let i = 0;
      while (i <= line.length) {
        if (line[i] === '"') {
          let value = '';
          i += 1;
          for (;;) {
            const q = line.indexOf('"', i);
            if (q < 0) throw new Error(`unterminated quote in ${line}`);
            value += line.slice(i, q);
            if (line[q + 1] === '"') {
              value += '"';
              i = q + 2;
            } else {
              i = q + 1;
              break;
            }
          }
          cells.push(value);
          i += 1; // the comma
        } else {
          const comma = line.indexOf(',', i);
          const end = comma < 0 ? line.length : comma;
          cells.push(line.slice(i, end));
          i = end + 1;
        }
      }
      return cells;
    });
}

// The documented field types (Neo4j Operations Manual, "Import": CSV header format).
const TYPES = ['int', 'long', 'float', 'double', 'boolean', 'byte', 'short', 'char', 'string', 'point', 'date', 'localtime', 'time', 'localdatetime', 'datetime', 'duration'];
const HEADER_FIELD = new RegExp(`^(\\w+(:(${TYPES.join('|')})(\\[\\])?)?|\\w*:ID(\\(\\w+\\))?|:LABEL|:START_ID(\\(\\w+\\))?|:END_ID(\\(\\w+\\))?|:TYPE|:IGNORE)$`);

const [nodeHeader = [], ...nodeRows] = parseCsv(nodes);
const [relHeader = [], ...relRows] = parseCsv(relationships);
const col = (header: string[], name: string) => header.indexOf(name);

describe('Neo4j bulk-import CSV', () => {
  it('has the documented headers', () => {
    expect(nodeHeader.filter((h) => /:ID(\(|$)/.test(h))).toHaveLength(1);
    expect(nodeHeader).toContain(':LABEL');
    expect(relHeader.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    for (const h of [...nodeHeader, ...relHeader]) expect(h, h).toMatch(HEADER_FIELD);
  });

  it('writes rows as wide as the header, on one line each', () => {
    for (const row of nodeRows) expect(row).toHaveLength(nodeHeader.length);
    for (const row of relRows) expect(row).toHaveLength(relHeader.length);
    expect(nodeRows).toHaveLength(corpus.documents.length + corpus.entities.length + corpus.events.length);
  });

  it('gives unique node ids and relationships whose ends are nodes', () => {
    const ids = nodeRows.map((r) => r[0]);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const row of relRows) {
      expect(known.has(row[0]!), `start ${row[0]}`).toBe(true);
      expect(known.has(row[1]!), `end ${row[1]}`).toBe(true);
      expect(row[2]).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('carries labels, arrays, corroboration and grades', () => {
    const row = (id: string) => nodeRows.find((r) => r[0] === id)!;
    expect(row('karim-valiyev')[col(nodeHeader, ':LABEL')]).toBe('Entity;Person');
    expect(row('baku-intelligence-meeting')[col(nodeHeader, 'documents:string[]')]?.split(';')).toEqual(['aran-news-baku', 'test-third-article']);
    expect(row('baku-intelligence-meeting')[col(nodeHeader, 'independentOrigins:int')]).toBe('1');
    expect(row('baku-intelligence-meeting')[col(nodeHeader, 'grade')]).toBe('B2');
    expect(row('test-tbilisi-trilateral-meeting')[col(nodeHeader, 'independentOrigins:int')]).toBe('2');
    const reported = relRows.filter((r) => r[0] === 'baku-intelligence-meeting' && r[2] === 'REPORTED_IN').map((r) => r[1]);
    expect(reported).toEqual(['doc:aran-news-baku', 'doc:test-third-article']);
    expect(relRows.some((r) => r[2] === 'MEMBER_OF')).toBe(true);
  });
});
