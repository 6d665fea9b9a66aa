// Modules made by the Vite config's plugins.
declare module 'virtual:kavosh-builtin-dataset' {
  /** The built-in article, validated at build time (vite.config.ts). */
  const dataset: import('./domain/schema').Dataset;
  export default dataset;
}
