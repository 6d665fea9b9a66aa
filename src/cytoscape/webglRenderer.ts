// Cytoscape's WebGL renderer (`?webgl`) is not in the main chunk: the built app's Cytoscape has a
// stand-in that needs the real module loaded first (scripts/lib/cytoscape-lean.ts). Only the
// bench and people trying the experimental renderer pay for it.
let loading: Promise<void> | undefined;
let loaded = false;

export function webglRendererLoaded(): boolean {
  return loaded;
}

/** Loads the renderer once; later calls share the same promise. */
export function loadWebglRenderer(): Promise<void> {
  loading ??= import('virtual:kavosh-cytoscape-webgl').then(() => {
    loaded = true;
  });
  return loading;
}
