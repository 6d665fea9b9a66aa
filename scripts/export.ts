// `npm run export -- --format F --out FILE [--data DIR]`: writes the whole dataset in a format other
// tools read (F: cyjs, graphml, gexf, csv, json). csv writes two files, FILE-nodes.csv and
// FILE-edges.csv. The serialisers are the same pure functions the app's export menu uses.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraphModel } from '../src/graph/model';
import { EXPORT_FORMATS, serialise, type ExportFormat } from '../src/graph/formats';
import { loadAllDatasets } from './lib/load-all';

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'cyjs' }, out: { type: 'string' }, data: { type: 'string', default: 'data' } },
  strict: true,
});
const format = values.format as ExportFormat;
if (!EXPORT_FORMATS.includes(format)) {
  console.error(`export: unknown --format "${values.format}"; expected one of ${EXPORT_FORMATS.join(', ')}`);
  process.exit(2);
}
if (!values.out) {
  console.error('export: --out FILE is required');
  process.exit(2);
}
try {
  const model = buildGraphModel(loadAllDatasets(values.data));
  const files = serialise(model, format);
  mkdirSync(dirname(values.out), { recursive: true });
  for (const file of files) {
    const path = files.length === 1 ? values.out : values.out.replace(/(\.[a-z]+)?$/, `-${file.suffix}$1`);
    writeFileSync(path, file.content);
    console.log(`wrote ${path} (${format}, ${model.nodes.length} nodes, ${model.edges.length} edges)`);
  }
} catch (error) {
  console.error(`export: ${(error as Error).message}`);
  process.exit(1);
}
