// Modules made by the Vite config's plugins.
declare module 'virtual:kavosh-builtin-dataset' {
  /** The built-in article, validated at build time (vite.config.ts). */
  const dataset: import('./domain/schema').Dataset;
  export default dataset;
}

// Loads Cytoscape's WebGL renderer into the built app's lean Cytoscape (scripts/lib/cytoscape-lean.ts).
declare module 'virtual:kavosh-cytoscape-webgl' {}
