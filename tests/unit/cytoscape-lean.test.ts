// The built app's lean Cytoscape (scripts/lib/cytoscape-lean.ts) must keep every layout the app
// can ask for, and its generated modules must point at files this Cytoscape version ships: an
// upgrade that moves them fails here rather than in the build.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYTOSCAPE_LAYOUTS, WEBGL_LOADER, cytoscapeLean } from '../../scripts/lib/cytoscape-lean';
import { LAYOUTS } from '../../src/store/actions';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = cytoscapeLean();
const resolveId = (source: string, importer?: string) => (plugin.resolveId as Hook).call({}, source, importer, {}) as string | null;
const load = (id: string) => (plugin.load as Hook).call({}, id) as string | null;
const importedFiles = (code: string) => [...code.matchAll(/from "([^"]+\.mjs)"/g)].map((m) => m[1] ?? "");

describe('the lean Cytoscape build', () => {
  it('keeps every layout the app offers (fcose is an extension the app registers itself) and preset', () => {
    for (const name of LAYOUTS) if (name !== 'fcose') expect(CYTOSCAPE_LAYOUTS).toContain(name);
    expect(CYTOSCAPE_LAYOUTS).toContain('preset');
    expect(CYTOSCAPE_LAYOUTS).not.toContain('cose');
  });

  it('resolves cytoscape to its sources and swaps only the three modules inside them', () => {
    const entry = resolveId('cytoscape')!;
    expect(entry).toMatch(/cytoscape\/src\/index\.mjs$/);
    expect(existsSync(entry)).toBe(true);
    const src = entry.replace(/index\.mjs$/, '');
    expect(resolveId('./algorithms/index.mjs', `${src}collection/index.mjs`)).toMatch(/^\0/);
    expect(resolveId('./layout/index.mjs', `${src}extensions/index.mjs`)).toMatch(/^\0/);
    expect(resolveId('./webgl/drawing-redraw-webgl.mjs', `${src}extensions/renderer/canvas/index.mjs`)).toMatch(/^\0/);
    // The same relative path from anywhere else is left to the normal resolver.
    expect(resolveId('./algorithms/index.mjs', '/work/app/src/collection/index.mjs')).toBeNull();
  });

  it('generates modules that import files this Cytoscape version ships', () => {
    const src = resolveId('cytoscape')!.replace(/index\.mjs$/, '');
    const generated = [
      load(resolveId('./algorithms/index.mjs', `${src}collection/index.mjs`)!)!,
      load(resolveId('./layout/index.mjs', `${src}extensions/index.mjs`)!)!,
      load(resolveId(WEBGL_LOADER)!)!,
    ];
    const files = generated.flatMap(importedFiles);
    expect(files.length).toBe(1 + CYTOSCAPE_LAYOUTS.length + 1);
    for (const file of files) expect(existsSync(file), file).toBe(true);
  });

  it('replaces the WebGL renderer with a stand-in that refuses to start before the real one is loaded', async () => {
    const src = resolveId('cytoscape')!.replace(/index\.mjs$/, '');
    const code = load(resolveId('./webgl/drawing-redraw-webgl.mjs', `${src}extensions/renderer/canvas/index.mjs`)!)!;
    const standIn = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: { initWebgl(this: unknown): unknown };
      install(module: { initWebgl(this: unknown): unknown }): void;
    };
    expect(() => standIn.default.initWebgl.call({})).toThrow(/before its renderer was loaded/);
    const renderer = {};
    standIn.install({ initWebgl() { return this; } });
    expect(standIn.default.initWebgl.call(renderer)).toBe(renderer);
  });
});
