// A read-only set of ids made of a base set and a few ids added to it and taken from it. A kind
// toggle at 100k changes a few thousand of ~40k shown nodes and ~60k edges; copying the sets to
// change them cost 8–30 ms (V8 rehashes every string), more than the change itself. The base is
// never changed; an overlay over an overlay starts from the same base, so a lookup is at most
// three hashes. When the changes grow to a quarter of the base, the next one is a real Set again.

export class OverlaySet implements ReadonlySet<string> {
  readonly size: number;

  private constructor(
    private readonly base: ReadonlySet<string>,
    /** Not in base. */
    private readonly added: ReadonlySet<string>,
    /** In base. */
    private readonly removed: ReadonlySet<string>,
  ) {
    this.size = base.size + added.size - removed.size;
  }

  /** `from` with `on` ids in it and `off` ids out of it (an id in both: on). */
  static patch(from: ReadonlySet<string>, on: Iterable<string>, off: Iterable<string>): ReadonlySet<string> {
    const base = from instanceof OverlaySet ? from.base : from;
    const added = new Set(from instanceof OverlaySet ? from.added : []);
    const removed = new Set(from instanceof OverlaySet ? from.removed : []);
    for (const id of off) {
      if (!added.delete(id) && base.has(id)) removed.add(id);
    }
    for (const id of on) {
      if (!removed.delete(id) && !base.has(id)) added.add(id);
    }
    const overlay = new OverlaySet(base, added, removed);
    return added.size + removed.size > base.size / 4 ? new Set(overlay) : overlay;
  }

  has(id: string): boolean {
    return this.added.has(id) || (!this.removed.has(id) && this.base.has(id));
  }

  *values(): SetIterator<string> {
    for (const id of this.base) if (!this.removed.has(id)) yield id;
    yield* this.added;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.values()) yield [id, id];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const id of this.values()) fn.call(thisArg, id, id, this);
  }
}
