// Export formats. Each serialiser is pure and takes the model plus the visible subset.
import { toCytoscapeJson } from './elements';
import type { GraphModel } from './model';
import type { Visibility } from './filter';

export const EXPORT_FORMATS = ['cyjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** Distinguishes the files of a multi-file format (csv: nodes, edges). */
  suffix: string;
  mime: string;
  content: string;
}

export function serialise(model: GraphModel, format: ExportFormat, visible?: Visibility): ExportFile[] {
  switch (format) {
    case 'cyjs':
      return [{ suffix: 'cyjs', mime: 'application/json', content: JSON.stringify(toCytoscapeJson(model, visible), null, 2) }];
  }
}
