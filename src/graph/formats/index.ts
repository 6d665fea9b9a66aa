// Export formats. Each serialiser is a pure string builder over the model and the visible subset,
// shared by the app's export menu and `npm run export`; each format lives in its own module here.
// XML output escapes &<>"' and drops the characters XML 1.0 forbids; CSV follows RFC 4180 with a
// UTF-8 BOM so Excel reads Persian.
import { toBundle } from '../../domain/bundle';
import type { Grades } from '../../domain/grades';
import type { Visibility } from '../filter';
import type { GraphModel } from '../model';
import { toCsv } from './csv';
import { toKavoshCyjs } from './cyjs';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import type { Positions } from './picture';
import { edgeTable, nodeTable } from './table';
import { datasetOfView } from './view';
import { readTrail, trailForBundle } from '../../analysis/trailBundle';
import type { Trail } from '../../analysis/trail';
import { buildGraphModel } from '../model';

export { csvField, toCsv } from './csv';
export { toKavoshCyjs } from './cyjs';
export { toGexf } from './gexf';
export { toGraphml } from './graphml';
export { gephiY, pictureOf, rgb, type EdgeLook, type NodeLook, type Picture, type Positions, type Rgb } from './picture';
export { toSvg, wrapLabel, type SvgEdge, type SvgNode, type SvgPoint, type SvgSnapshot } from './svg';
export { edgeTable, inclusiveDays, nodeTable } from './table';
export { datasetOfView } from './view';
export { escapeXmlAttr, escapeXmlText, nmtoken, xmlSafe } from './xml';

export const EXPORT_FORMATS = ['cyjs', 'graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** Distinguishes the files of a multi-file format (csv: nodes, edges). */
  suffix: string;
  /** The usual file extension, without the dot. */
  extension: string;
  mime: string;
  content: string;
}

/**
 * The files of one export. `positions` (node id → [x, y] as Cytoscape has them: the cached layout
 * for the CLI, the canvas for the menu) go into cyjs, GraphML and GEXF with each node's colour and
 * size, so the file opens as the picture Kavosh drew.
 */
export function serialise(model: GraphModel, format: ExportFormat, visible?: Visibility, positions?: Positions, trail?: Trail, grades?: Grades): ExportFile[] {
  switch (format) {
    case 'cyjs':
      return [{ suffix: 'cyjs', extension: 'cyjs', mime: 'application/json', content: JSON.stringify(toKavoshCyjs(model, visible, positions, grades), null, 2) }];
    case 'graphml':
      return [{ suffix: 'graphml', extension: 'graphml', mime: 'application/graphml+xml', content: toGraphml(model, visible, positions) }];
    case 'gexf':
      return [{ suffix: 'gexf', extension: 'gexf', mime: 'application/gexf+xml', content: toGexf(model, visible, positions) }];
    case 'csv':
      return [
        { suffix: 'nodes', extension: 'csv', mime: 'text/csv;charset=utf-8', content: toCsv(nodeTable(model, visible)) },
        { suffix: 'edges', extension: 'csv', mime: 'text/csv;charset=utf-8', content: toCsv(edgeTable(model, visible)) },
      ];
    case 'json':
      return [{ suffix: 'bundle', extension: 'json', mime: 'application/json', content: JSON.stringify(bundleOfView(model, visible, trail), null, 2) }];
  }
}

/**
 * The bundle of the view, with the evidence trail of the shown path when there is one and every
 * fact of it is in the exported data (a focus can hide a step's event): the trail is read back
 * against the exported facts here, as an importer would, and left out when it would not read.
 */
export function bundleOfView(model: GraphModel, visible?: Visibility, trail?: Trail) {
  const dataset = datasetOfView(model, visible);
  if (!trail) return toBundle(dataset);
  const value = trailForBundle(trail);
  return readTrail(value, buildGraphModel(dataset)).ok ? toBundle(dataset, value) : toBundle(dataset);
}
