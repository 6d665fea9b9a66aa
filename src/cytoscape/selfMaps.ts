// Each Cytoscape element is a collection of itself, and restore gives each its own Map of one
// entry ({ ele, index: 0 }), asked by id whether it holds an element and which (hasElementWithId,
// getElementById, indexOf in collection/index.mjs). A Map and an entry object per element: in a
// heap snapshot of the 100k bench graph, 8.8 MB of Maps and 2.4 MB of entries, ~5% of the heap.
// An element's map is only read (merge and unmerge, which write maps, are for collections: merged
// into an element, the element itself would be overwritten). So after the first fill each element
// gets a SelfMap instead: the same answers, read from the element itself, one small object.
// Anything else asked of it (a write, an iteration) first puts back a real Map of the same entry.
import type { Collection } from 'cytoscape';

interface ElementPrivate {
  data: { id: string };
  map: unknown;
}
const privateOf = (ele: unknown) => Reflect.get(ele as object, '_private') as ElementPrivate;

/** A one-element collection's map: `{ ele, index: 0 }` under the element's id. */
export class SelfMap {
  constructor(private readonly ele: unknown) {}

  get size(): number {
    return 1;
  }

  has(id: string): boolean {
    return id === privateOf(this.ele).data.id;
  }

  get(id: string): { ele: unknown; index: number } | undefined {
    return this.has(id) ? { ele: this.ele, index: 0 } : undefined;
  }

  /** The real Map this stands for, now the element's own (for every other Map method). */
  real(): Map<string, { ele: unknown; index: number }> {
    const p = privateOf(this.ele);
    const map = new Map([[p.data.id, { ele: this.ele, index: 0 }]]);
    if (p.map === this) p.map = map;
    return map;
  }
}
for (const name of ['set', 'delete', 'clear', 'forEach', 'keys', 'values', 'entries', Symbol.iterator] as const)
  Object.defineProperty(SelfMap.prototype, name, {
    value(this: SelfMap, ...args: unknown[]) {
      const map = this.real() as unknown as Record<PropertyKey, (...a: unknown[]) => unknown>;
      return (map[name] as (...a: unknown[]) => unknown).apply(map, args);
    },
  });

/**
 * Gives each element of `eles` a SelfMap in place of its one-entry Map, where that Map is exactly
 * what restore made (else the element keeps it). Returns how many were replaced.
 */
export function shareSelfMaps(eles: Collection): number {
  let replaced = 0;
  for (let i = 0; i < eles.length; i++) {
    const ele = eles[i];
    const p = privateOf(ele);
    const map = p?.map;
    if (!(map instanceof Map) || map.size !== 1) continue;
    const entry = map.get(p.data.id) as { ele?: unknown; index?: number } | undefined;
    if (!entry || entry.ele !== ele || entry.index !== 0) continue;
    p.map = new SelfMap(ele);
    replaced++;
  }
  return replaced;
}
