// A leaner Cytoscape for the page's first screen, built from the sources Cytoscape ships
// (`cytoscape/src`, the same code its own Rollup build bundles into `dist/`), minus the parts
// Kavosh never calls:
//
// - the graph algorithms on collections (Dijkstra, PageRank, Markov clustering, …): the app's
//   analysis uses graphology in pure code (src/analysis); only `bfs`/`dfs` stay, because the
//   breadthfirst layout walks the graph with `eles.bfs`;
// - the layouts `cose`, `circle` and `random`: the app offers fcose (an extension), concentric,
//   breadthfirst and grid, and draws cached positions with preset (`null` is Cytoscape's default
//   for an empty graph).
//
// - the WebGL renderer (`?webgl`, experimental in Cytoscape): its ~30 KB stays out of the main
//   chunk; `virtual:kavosh-cytoscape-webgl` loads it, and the app imports that before it creates a
//   WebGL instance (src/cytoscape/webglRenderer.ts). A stand-in takes its place in the canvas
//   renderer and fails loudly if a WebGL instance is created before the module arrived.
//
// About 30 KB gzip off the main chunk (issue #19's first-screen budget). `CYTOSCAPE_LAYOUTS` is
// the single list of what is kept; a unit test checks that every layout the app can ask for is in
// it, and the end-to-end tests run against this build. The dev server keeps the full `dist/`
// build (pre-bundled by Vite), so a call to a removed algorithm works in dev and fails in the
// built app, where the end-to-end tests would catch it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The layouts the built app registers (Cytoscape's own; fcose is registered by the app). */
export const CYTOSCAPE_LAYOUTS = ['breadthfirst', 'concentric', 'grid', 'null', 'preset'] as const;
/** The collection algorithms it keeps (files of cytoscape/src/collection/algorithms). */
const KEPT_ALGORITHMS = ['bfs-dfs'];

const ALGORITHMS = '\0kavosh-cytoscape-algorithms';
const LAYOUTS = '\0kavosh-cytoscape-layouts';
const VERSION = '\0kavosh-cytoscape-version';
const WEBGL_STAND_IN = '\0kavosh-cytoscape-webgl-stand-in';
/** The module the app imports to load the WebGL renderer (see cytoscapeWebglInDev for dev). */
export const WEBGL_LOADER = 'virtual:kavosh-cytoscape-webgl';
const WEBGL_LOADER_ID = `\0${WEBGL_LOADER}`;

export function cytoscapeLean(): Plugin {
  // The package's `exports` hide package.json and src/: find the root from its main entry.
  const main = createRequire(import.meta.url).resolve('cytoscape');
  const root = dirname(dirname(main));
  const src = join(root, 'src');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const isCytoscapeFile = (importer: string | undefined, file: string) => importer?.replaceAll('\\', '/').endsWith(`/cytoscape/src/${file}`) ?? false;
  return {
    name: 'kavosh-cytoscape-lean',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source === 'cytoscape') return join(src, 'index.mjs');
      if (source === './algorithms/index.mjs' && isCytoscapeFile(importer, 'collection/index.mjs')) return ALGORITHMS;
      if (source === './layout/index.mjs' && isCytoscapeFile(importer, 'extensions/index.mjs')) return LAYOUTS;
      // Cytoscape's Rollup build replaces `process.env.VERSION`; here the module is the version.
      if (source === './version.mjs' && isCytoscapeFile(importer, 'index.mjs')) return VERSION;
      if (source === './webgl/drawing-redraw-webgl.mjs' && isCytoscapeFile(importer, 'extensions/renderer/canvas/index.mjs')) return WEBGL_STAND_IN;
      if (source === WEBGL_STAND_IN) return WEBGL_STAND_IN;
      if (source === WEBGL_LOADER) return WEBGL_LOADER_ID;
      return null;
    },
    load(id) {
      if (id === WEBGL_STAND_IN)
        // The renderer's prototype gets `initWebgl` from this object; the real one is installed by the loader.
        return [
          'let real;',
          'export function install(module) { real = module; }',
          'export default {',
          '  initWebgl(opts, fns) {',
          "    if (!real) throw new Error('Kavosh: a WebGL graph was created before its renderer was loaded (loadWebglRenderer)');",
          '    return real.initWebgl.call(this, opts, fns);',
          '  },',
          '};',
        ].join('\n');
      if (id === WEBGL_LOADER_ID)
        return `import real from ${JSON.stringify(join(src, 'extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs'))};\nimport { install } from ${JSON.stringify(WEBGL_STAND_IN)};\ninstall(real);`;
      if (id === VERSION) return `export default ${JSON.stringify(version)};`;
      if (id === ALGORITHMS) {
        const imports = KEPT_ALGORITHMS.map((name, i) => `import a${i} from ${JSON.stringify(join(src, 'collection/algorithms', `${name}.mjs`))};`);
        return `${imports.join('\n')}\nexport default Object.assign({}, ${KEPT_ALGORITHMS.map((_, i) => `a${i}`).join(', ')});`;
      }
      if (id === LAYOUTS) {
        const imports = CYTOSCAPE_LAYOUTS.map((name, i) => `import l${i} from ${JSON.stringify(join(src, 'extensions/layout', `${name}.mjs`))};`);
        return `${imports.join('\n')}\nexport default [${CYTOSCAPE_LAYOUTS.map((name, i) => `{ name: ${JSON.stringify(name)}, impl: l${i} }`).join(', ')}];`;
      }
      return null;
    },
  };
}

/**
 * In dev (and in unit tests), Cytoscape is its full pre-bundled build, WebGL included: the loader
 * is an empty module there. In a build, cytoscapeLean (ordered first) resolves it instead.
 */
export function cytoscapeWebglInDev(): Plugin {
  return {
    name: 'kavosh-cytoscape-webgl-in-dev',
    resolveId: (source) => (source === WEBGL_LOADER ? WEBGL_LOADER_ID : null),
    load: (id) => (id === WEBGL_LOADER_ID ? 'export {};' : null),
  };
}
