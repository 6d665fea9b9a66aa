// `npm run export -- --format F --out FILE [--data DIR]`: writes the whole dataset in a format other
// tools read (F: cyjs, graphml, gexf, csv, json). csv writes two files, FILE-nodes.csv and
// FILE-edges.csv. The serialisers are the same pure functions the app's export menu uses; cyjs,
// GraphML and GEXF carry the app's layout of the dataset (see scripts/lib/layout-positions.ts)
// and its colours and sizes.
//
// Exit codes: 0 written; 1 nothing to export or it could not be written (no such folder, no
// dataset in it, an invalid dataset, a write error); 2 misuse (an unknown option or format, no
// --out). Every error is one line on stderr, starting with `export:`, except that an invalid
// dataset lists its problems one per line as `data:check` does.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraphModel } from '../src/graph/model';
import { EXPORT_FORMATS, serialise, type ExportFormat } from '../src/graph/formats';
import { loadAllDatasets } from './lib/load-all';
import { layoutPositions } from './lib/layout-positions';
import { findDatasetDirs } from './lib/read-dataset';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} --out FILE [--data DIR]`;

function fail(message: string, code: 1 | 2): never {
  console.error(code === 2 ? `export: ${message} (${USAGE})` : `export: ${message}`);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      options: { format: { type: 'string', default: 'cyjs' }, out: { type: 'string' }, data: { type: 'string', default: 'data' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // node:util's messages span lines and advise on `--`; the first line says what was wrong.
    return fail((error as Error).message.split('\n')[0] ?? 'bad arguments', 2);
  }
}

const values = parse();
const format = values.format as ExportFormat;
if (!EXPORT_FORMATS.includes(format)) fail(`unknown --format "${values.format}"; expected one of ${EXPORT_FORMATS.join(', ')}`, 2);
if (!values.out) fail('--out FILE is required', 2);
const out = values.out as string;
const root = values.data;
if (!existsSync(root) || !statSync(root).isDirectory()) fail(`no such folder: ${root}`, 1);
let dirs: string[];
try {
  dirs = findDatasetDirs(root);
} catch (error) {
  fail(`cannot read ${root}: ${(error as Error).message.split('\n')[0]}`, 1);
}
if (dirs.length === 0) fail(`no dataset (a folder with facts.json) under ${root}; nothing exported`, 1);

try {
  const model = buildGraphModel(loadAllDatasets(root));
  if (model.nodes.length === 0) fail(`the dataset under ${root} has no entities or events; nothing exported`, 1);
  const pictured = format === 'cyjs' || format === 'graphml' || format === 'gexf';
  const layout = pictured ? await layoutPositions(model, dirs) : undefined;
  const files = serialise(model, format, undefined, layout?.positions);
  mkdirSync(dirname(out), { recursive: true });
  for (const file of files) {
    const path = files.length === 1 ? out : out.replace(/(\.[a-z]+)?$/, `-${file.suffix}$1`);
    writeFileSync(path, file.content);
    console.log(`wrote ${path} (${format}, ${model.nodes.length} nodes, ${model.edges.length} edges${layout ? `; positions: ${layout.from}` : ''})`);
  }
} catch (error) {
  fail((error as Error).message, 1);
}
// fcose, when it ran, leaves a timer behind.
process.exit(0);
