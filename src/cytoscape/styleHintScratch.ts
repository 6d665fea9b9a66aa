// Cytoscape's updateStyleHints (style/apply.mjs) hashes an element's style per property group into
// `_private.styleKeys`: an object of ~21 two-number arrays, made anew on every call, from which it
// derives the keys its caches use (styleKey, labelKey, nodeKey, …). Nothing reads styleKeys after
// the call returns (the call itself rewrites every group before reading any), yet each element
// keeps its own: at 10k elements, after the style warm-up, about a third of the heap the warm-up
// adds (the 100k bench graph went from 184 MB after its first paint to 421 MB once every style was
// computed). So after each call the element's styleKeys becomes one scratch object per Cytoscape
// instance: the next call, for whichever element, overwrites it before reading, as it overwrote
// the element's own. Single-threaded and not re-entered (the hashing calls no style code back).
import type { Core } from 'cytoscape';

interface StyleInternals {
  updateStyleHints?: (this: unknown, ele: unknown) => boolean;
  propertyGroupKeys?: unknown;
}

const PATCHED = Symbol('kavosh.styleHintScratch');

/** Installs the shared scratch on `cy`'s style; false (nothing changed) when the internals differ. */
export function shareStyleHintScratch(cy: Core): boolean {
  const style = (cy as unknown as { style?: () => unknown }).style?.() as (StyleInternals & { [PATCHED]?: true }) | undefined;
  if (!style || style[PATCHED]) return Boolean(style?.[PATCHED]);
  const original = style.updateStyleHints;
  // Only the Cytoscape this was read from: the method exists and hashes per property group.
  if (typeof original !== 'function' || !Array.isArray(style.propertyGroupKeys)) return false;
  const scratch: Record<string, unknown> = {};
  style.updateStyleHints = function updateStyleHintsSharingScratch(this: unknown, ele: unknown) {
    const changed = original.call(this, ele);
    const p = Reflect.get(ele as object, '_private') as { styleKeys?: unknown } | undefined;
    if (p) p.styleKeys = scratch;
    return changed;
  };
  style[PATCHED] = true;
  return true;
}
