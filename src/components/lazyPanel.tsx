// A lazy panel that the settled signal waits for. Fetching its chunk is not enough: React 19 may
// hold a Suspense reveal back for a while after the chunk arrived, and the panel's arrival can
// change the screen (the timeline shrinks the graph's box, the header's buttons can wrap it to
// another row). So the page counts as busy while a panel's chunk is on its way and while a
// PanelSuspense boundary shows its fallback, i.e. from the moment React first asks for a panel
// until the panel has been committed to the page.
//
// Busy is tied to what is on the page, not to the panel's name: a panel asked for and then no
// longer wanted (a tab switched away before its chunk arrived) takes its fallback with it, and
// the page settles. Counting "asked for, not yet shown" kept such a page busy for ever.
import { lazy, Suspense, useLayoutEffect, type ComponentType, type ReactNode } from 'react';
import { registerSettleSource } from '../settle';

const loading = new Set<string>();
let fallbacksShown = 0;
registerSettleSource('panels', () => loading.size > 0 || fallbacksShown > 0);

export function lazyPanel<P extends object>(name: string, load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    loading.add(name);
    try {
      return { default: await load() };
    } finally {
      // Failed or arrived: a failed panel is not one still coming (its error boundary shows it),
      // and an arrived one is covered by its boundary's fallback until React reveals it.
      loading.delete(name);
    }
  });
}

/** Counts as busy for as long as it is on the page. */
function ShownFallback({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    fallbacksShown += 1;
    return () => {
      fallbacksShown -= 1;
    };
  }, []);
  return children;
}

/** Suspense around lazy panels: the settled signal waits while its fallback is shown. */
export function PanelSuspense({ fallback = null, children }: { fallback?: ReactNode; children: ReactNode }) {
  return <Suspense fallback={<ShownFallback>{fallback}</ShownFallback>}>{children}</Suspense>;
}
