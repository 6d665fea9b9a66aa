// Node positions for CLI exports, so `npm run export` writes the picture the app shows: a single
// dataset folder's layout.json, else the layout the app ships for this graph
// (src/cytoscape/cachedLayouts.json, keyed by the graph's structure), else one computed earlier by
// this script (node_modules/.cache/kavosh/layouts.json), else the app's default fcose layout run
// now in headless Cytoscape with the app's own options, and kept in that cache for the next run.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { packInPlace } from '../../src/cytoscape/layouts';
import { layoutOptions } from '../../src/cytoscape/layoutOptions';
import { parsePositions, structureKey, type Positions } from '../../src/cytoscape/positions';
import { toElements } from '../../src/graph/elements';
import type { GraphModel } from '../../src/graph/model';
import { buildStylesheet, countryColours } from '../../src/graph/style';

export const SHIPPED_LAYOUTS = 'src/cytoscape/cachedLayouts.json';
export const LOCAL_CACHE = 'node_modules/.cache/kavosh/layouts.json';

export interface LayoutSource {
  positions: Positions;
  /** Where the positions came from, for the CLI's one line of output. */
  from: string;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined; // missing or unreadable: the next source is tried
  }
}

const covers = (positions: Positions | null | undefined, model: GraphModel): positions is Positions =>
  !!positions && model.nodes.every((n) => {
    const p = positions.get(n.id);
    return Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]);
  });

/** One layout of a `{ structureKey: { id: [x, y] } }` file, checked as layout.json is. */
function fromTable(path: string, key: string, model: GraphModel): Positions | null {
  const table = readJson(path);
  if (typeof table !== 'object' || table === null || !Object.hasOwn(table, key)) return null;
  const positions = parsePositions({ version: 1, positions: (table as Record<string, unknown>)[key] });
  return covers(positions, model) ? positions : null;
}

/** The app's default layout, computed as scripts/bench/cache-layouts.ts does. */
export async function computeLayout(model: GraphModel): Promise<Positions> {
  cytoscape.use(fcose);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(countryColours([]), 'en') as unknown as cytoscape.StylesheetJson,
    elements: toElements(model) as cytoscape.ElementDefinition[],
  });
  const layout = cy.elements().layout(layoutOptions('fcose', cy.elements().length));
  await new Promise<void>((resolve) => {
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  packInPlace(cy, cy.elements());
  const positions = new Map<string, [number, number]>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    // `+ 0` turns Math.round's -0 into 0: JSON writes -0 as 0, so the cache must not hold it,
    // or positions read back from the cache differ from the ones computed (Object.is(-0, 0) is false).
    positions.set(n.id(), [Math.round(p.x) + 0, Math.round(p.y) + 0]);
  });
  cy.destroy();
  return positions;
}

export async function layoutPositions(model: GraphModel, datasetDirs: string[], cacheFile = LOCAL_CACHE): Promise<LayoutSource> {
  if (model.nodes.length === 0) return { positions: new Map(), from: 'no nodes' };
  if (datasetDirs.length === 1) {
    const file = join(datasetDirs[0] as string, 'layout.json');
    const positions = existsSync(file) ? parsePositions(readJson(file)) : null;
    if (covers(positions, model)) return { positions, from: file };
  }
  const key = structureKey(model, 'fcose');
  const shipped = fromTable(SHIPPED_LAYOUTS, key, model);
  if (shipped) return { positions: shipped, from: SHIPPED_LAYOUTS };
  const cached = fromTable(cacheFile, key, model);
  if (cached) return { positions: cached, from: cacheFile };
  const positions = await computeLayout(model);
  try {
    const table = readJson(cacheFile);
    const next = typeof table === 'object' && table !== null ? (table as Record<string, unknown>) : {};
    next[key] = Object.fromEntries(positions);
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, `${JSON.stringify(next)}\n`);
    return { positions, from: `computed now (fcose), kept in ${cacheFile}` };
  } catch {
    return { positions, from: 'computed now (fcose)' }; // a read-only tree: still exported
  }
}
