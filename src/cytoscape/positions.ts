// Node positions computed once and kept: a dataset folder's layout.json, or what the layout
// worker computed, in memory and in sessionStorage keyed by the graph's identity (the texts'
// sha256s and a hash of its nodes and edges), so a reload or a switch back never lays out again.
import type { Dataset } from '../domain/schema';
import type { GraphModel } from '../graph/model';
import shipped from './cachedLayouts.json';

/** Node id → [x, y] in model coordinates. A Map: ids are data, and `constructor` is a valid one. */
export type Positions = ReadonlyMap<string, [number, number]>;

/**
 * The largest coordinate a cached layout may hold. Layouts of 50k nodes stay well inside it; a
 * file with ±1e308 would load as "ready" with the viewport fitted to nothing visible.
 */
export const MAX_COORDINATE = 1e7;

const isCoordinate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;

const provided = new WeakMap<Dataset, Positions>();
const memory = new Map<string, Positions>();
const SESSION_PREFIX = 'kavosh.layout.';

/** layout.json's shape: `{ "version": 1, "positions": { "id": [x, y] } }`; null if it is not that. */
export function parsePositions(json: unknown): Positions | null {
  if (typeof json !== 'object' || json === null) return null;
  const { version, positions } = json as { version?: unknown; positions?: unknown };
  if (version !== 1 || typeof positions !== 'object' || positions === null) return null;
  const out = new Map<string, [number, number]>();
  // for…in and the parsed pair itself, not Object.entries and a copy: two arrays fewer per node
  // (80k at 100k elements, garbage the first paint waited on).
  const table = positions as Record<string, unknown>;
  for (const id in table) {
    if (!Object.hasOwn(table, id)) continue;
    const value = table[id];
    if (!Array.isArray(value) || value.length !== 2 || !isCoordinate(value[0]) || !isCoordinate(value[1])) return null;
    out.set(id, value as [number, number]);
  }
  return out;
}

export function provideCachedPositions(dataset: Dataset, positions: Positions): void {
  provided.set(dataset, positions);
}

/** FNV-1a over the strings, as 8 hex digits: cheap, and enough to tell graphs apart. */
function fnv(strings: Iterable<string>): string {
  let h = 0x811c9dc5;
  for (const s of strings) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** What a layout depends on: the documents and the graph's structure, not quotes or labels. */
export function structureKey(model: GraphModel, layout: string): string {
  function* parts() {
    yield layout;
    for (const d of model.dataset.documents) yield d.sha256;
    for (const n of model.nodes) yield n.id;
    for (const e of model.edges) {
      yield e.source;
      yield e.target;
    }
  }
  const docs = model.dataset.documents.map((d) => d.sha256.slice(0, 16)).join('+');
  return `${layout}.${docs}.${model.nodes.length}.${model.edges.length}.${fnv(parts())}`;
}

/**
 * Positions for every node of the model, if known: the dataset's layout.json (which stands for the
 * default, force-directed layout), or what was computed for this layout before.
 */
export function knownPositions(model: GraphModel, layout: string, key: string): Positions | null {
  const given = layout === 'fcose' ? provided.get(model.dataset) : undefined;
  // Shipped with the app (scripts/bench/cache-layouts.ts): the built-in article's default layout.
  const cached = given ?? shippedPositions(key) ?? memory.get(key) ?? readSession(key);
  if (!cached) return null;
  for (const node of model.nodes) if (!cached.has(node.id)) return null;
  return cached;
}

const shippedByKey = new Map<string, Positions>();
function shippedPositions(key: string): Positions | undefined {
  if (!Object.hasOwn(shipped, key)) return undefined;
  let positions = shippedByKey.get(key);
  if (!positions) {
    positions = parsePositions({ version: 1, positions: (shipped as Record<string, unknown>)[key] }) ?? new Map();
    shippedByKey.set(key, positions);
  }
  return positions;
}

export function rememberPositions(key: string, positions: Positions): void {
  memory.set(key, positions);
  try {
    sessionStorage.setItem(SESSION_PREFIX + key, JSON.stringify([...positions]));
  } catch {
    // Over quota or storage disabled: the in-memory copy still serves this page.
  }
}

function readSession(key: string): Positions | null {
  try {
    const text = sessionStorage.getItem(SESSION_PREFIX + key);
    if (!text) return null;
    const entries = JSON.parse(text) as unknown;
    if (!Array.isArray(entries)) return null;
    const positions = parsePositions({ version: 1, positions: Object.fromEntries(entries as Array<[string, unknown]>) });
    if (positions) memory.set(key, positions);
    return positions;
  } catch {
    return null;
  }
}
