// `npx tsx scripts/bench/cache-layouts.ts`: computes the default (fcose) layout of every dataset
// under data/ once, in headless Cytoscape with the app's own options, and writes the positions to
// src/cytoscape/cachedLayouts.json keyed by the graph's structure key. The app then paints the
// built-in article without running (or even downloading) fcose; a dataset whose nodes or edges
// changed has another key, so it simply falls back to running fcose in the page. Rerun after
// curating data/ to keep the first paint fast.
import { writeFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { packInPlace } from '../../src/cytoscape/layouts';
import { layoutOptions } from '../../src/cytoscape/layoutOptions';
import { structureKey } from '../../src/cytoscape/positions';
import { toElements } from '../../src/graph/elements';
import { buildGraphModel } from '../../src/graph/model';
import { buildStylesheet, countryColours } from '../../src/graph/style';
import { findDatasetDirs, readDataset } from '../lib/read-dataset';

cytoscape.use(fcose);
const out: Record<string, Record<string, [number, number]>> = {};
for (const dir of findDatasetDirs('data')) {
  const result = readDataset(dir);
  if (!result.ok) throw new Error(`${dir} does not validate: run npm run data:check`);
  const model = buildGraphModel(result.dataset);
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
  const positions: Record<string, [number, number]> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = [Math.round(p.x), Math.round(p.y)];
  });
  out[structureKey(model, 'fcose')] = positions;
  cy.destroy();
  console.log(`${dir}: ${model.nodes.length} nodes laid out`);
}
writeFileSync('src/cytoscape/cachedLayouts.json', `${JSON.stringify(out)}\n`);
process.exit(0); // fcose leaves a timer behind
