// A lazy panel that the settled signal waits for. Fetching its chunk is not enough: React 19 may
// hold a Suspense reveal back for a while after the chunk arrived, and the panel's arrival can
// change the screen (the timeline shrinks the graph's box, the header's buttons can wrap it to
// another row). So the panel counts as busy from the moment React first asks for it until it has
// been committed to the page.
import { lazy, useLayoutEffect, type ComponentType } from 'react';
import { registerSettleSource } from '../settle';

const revealing = new Set<string>();
registerSettleSource('panels', () => revealing.size > 0);

export function lazyPanel<P extends object>(name: string, load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    revealing.add(name);
    let Loaded: ComponentType<P>;
    try {
      Loaded = await load();
    } catch (error) {
      // The boundary around it shows the failure; a failed panel is not one still coming.
      revealing.delete(name);
      throw error;
    }
    const Revealed = (props: P) => {
      useLayoutEffect(() => {
        revealing.delete(name);
      }, []);
      return <Loaded {...props} />;
    };
    return { default: Revealed };
  });
}
