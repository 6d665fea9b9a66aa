// The first fill of a new Cytoscape instance, without Cytoscape's per-element bookkeeping that
// nothing can observe yet. cy.add (restore) pays, for every element, an event object per event
// ('add', 'bounds', 'style': each runs the element's emitter and bubbles to the core) and, for
// every edge, a parallel-edge traversal only to clear the traversal caches of its parallel edges.
// At 100k elements that was about a third of Cytoscape's share of the first graph (its profile:
// emitAndNotify 3.2 s, parallelEdges 1.6 s of 9.4 s, plus the garbage). On a fresh instance:
// - no element has listeners, and the core's only listeners are Cytoscape's own (its renderer's
//   'bounds'/'dirty'/'style'/'background' listeners, which queue the elements for their rendered
//   style): the app binds its listeners once the instance is handed over, after this fill. So
//   the events are collected and each listener of their type is called once with the whole
//   collection as the target (the renderer's listeners take a collection: they merge it into
//   their queue);
// - no traversal cache holds anything to clear before the fill, and each edge's own cache is
//   cleared by restore itself; the parallel-edge walk finds nothing to clear. (And `same` on two
//   single elements, asked per edge, is answered without wrapping each in a new collection.)
// So this is only for an instance nobody but Cytoscape has listened to yet (patchElements' first
// fill, before react-cytoscapejs hands the instance to the app): a listener of its own would get
// one plain event object with the collection as its target. An instance holding elements takes
// plain cy.add; an event type with a listener by selector or a one-off goes out per element.
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import { shareSelfMaps } from './selfMaps';

interface Listener {
  type: string;
  namespace?: string | null;
  qualifier?: unknown;
  conf?: unknown;
  callback: (this: unknown, event: unknown) => unknown;
}

interface Prototype {
  emit: (this: Collection, events: string) => Collection;
  parallelEdges: (this: Collection) => Collection;
  same: (this: Collection, other: unknown) => boolean;
}

/** A single element (not a collection): Cytoscape's elements are collections of themselves. */
const isElement = (x: unknown): x is Collection =>
  typeof x === 'object' && x !== null && (Reflect.get(x, '_private') as { single?: boolean } | undefined)?.single === true;

const listenersOf = (cy: Core): Listener[] | undefined =>
  (cy as unknown as { emitter?: () => { listeners?: Listener[] } }).emitter?.()?.listeners;

/** Whether the quiet fill applies: an empty instance, and the internals it relies on are there. */
export function canFillQuietly(cy: Core, proto: Partial<Prototype>): boolean {
  const listeners = listenersOf(cy);
  return (
    cy.elements().length === 0 &&
    Array.isArray(listeners) &&
    listeners.every((l) => typeof l.callback === 'function') &&
    typeof proto.emit === 'function' &&
    typeof proto.parallelEdges === 'function' &&
    typeof proto.same === 'function'
  );
}

/**
 * cy.add(defs) inside one batch, as patchElements did; on an empty instance without per-element
 * events or parallel-edge walks (see above). Returns what was added.
 */
export function addElements(cy: Core, defs: readonly ElementDefinition[]): Collection {
  const proto = Object.getPrototypeOf(cy.collection()) as Prototype;
  if (!canFillQuietly(cy, proto)) {
    let added = cy.collection();
    cy.batch(() => {
      added = cy.add(defs as ElementDefinition[]);
    });
    return added;
  }
  const emitted: Array<[string, Collection]> = [];
  const { emit, parallelEdges, same } = proto;
  const put = <K extends keyof Prototype>(key: K, value: Prototype[K], own: boolean) => {
    if (own) proto[key] = value;
    else delete (proto as Partial<Prototype>)[key];
  };
  const own = { emit: Object.hasOwn(proto, 'emit'), parallelEdges: Object.hasOwn(proto, 'parallelEdges'), same: Object.hasOwn(proto, 'same') };
  const none = cy.collection();
  let added = none;
  cy.startBatch();
  proto.emit = function collect(this: Collection, events: string) {
    if (this.length > 0) emitted.push([events, this]);
    return this;
  };
  try {
    proto.parallelEdges = () => none;
    // restore asks src.same(tgt) per edge (a loop?), wrapping both in new collections: for two
    // single elements the answer is whether they are one.
    proto.same = function sameElement(this: Collection, other: unknown) {
      return isElement(this) && isElement(other) ? this === other : same.call(this, other);
    };
    try {
      added = cy.add(defs as ElementDefinition[]);
    } finally {
      put('parallelEdges', parallelEdges, own.parallelEdges);
      put('same', same, own.same);
    }
  } finally {
    // The batch's end restyles what was added ('style' events): collected too.
    try {
      cy.endBatch();
    } finally {
      put('emit', emit, own.emit);
    }
  }
  // Each collected event, once per listener of its type, with the collection as its target; if a
  // listener of that type could tell (a selector, a one-off), the events go out per element.
  const listeners = listenersOf(cy) ?? [];
  for (const [events, eles] of emitted)
    for (const type of events.split(/\s+/).filter(Boolean)) {
      const matching = listeners.filter((l) => l.type === type && (!l.namespace || l.namespace === '.*'));
      const sameType = listeners.filter((l) => l.type === type);
      if (sameType.some((l) => l.qualifier != null || l.conf != null)) emit.call(eles, type);
      else for (const l of matching) l.callback.call(cy, { type, target: eles, cy, namespace: null });
    }
  // One small object per element instead of a Map of one entry (selfMaps.ts).
  shareSelfMaps(added);
  return added;
}
