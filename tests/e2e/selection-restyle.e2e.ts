// A new selection on the article restyles only the elements whose classes change (classes.ts):
// Cytoscape recomputes style, label sizes and edge geometry for every element a class call
// reaches, so restyling the whole graph made each selection's frame late. Counted from
// Cytoscape's own 'style' events in the running app, with every entry point's store action.
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, settled, type AppPage } from './browser';

interface Step {
  /** Elements Cytoscape restyled. */
  restyled: string[];
  /** Elements whose classes differ before and after. */
  changed: string[];
  total: number;
}

describe('a selection on the article', () => {
  let app: AppPage | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('restyles only the elements whose classes changed, and shows the same focus', async () => {
    app = await openApp('');
    const { page } = app;
    // The two best-connected entities: their neighbourhoods overlap (the hubs of the article).
    const [a, b] = await page.evaluate(() => {
      const m = window.kavosh!.store.getState().model!;
      const degree = (id: string) => m.incident.get(id)?.length ?? 0;
      return m.nodes.filter((n) => n.type === 'entity').sort((x, y) => degree(y.id) - degree(x.id) || (x.id < y.id ? -1 : 1)).slice(0, 2).map((n) => n.id);
    });
    const step = async (id: string | null): Promise<Step> => {
      await settled(page);
      const result = page.evaluate(async (next) => {
        const cy = window.kavosh!.cy!;
        const classesOf = () => new Map(cy.elements().map((e) => [e.id(), e.classes().sort().join(' ')]));
        const before = classesOf();
        const restyled = new Set<string>();
        const on = (e: { target: { id(): string } }) => restyled.add(e.target.id());
        cy.on('style', on);
        window.kavosh!.store.getState().select(next);
        await window.kavosh!.settled();
        cy.off('style', on);
        const after = classesOf();
        const changed = [...after.keys()].filter((key) => after.get(key) !== before.get(key));
        return { restyled: [...restyled].sort(), changed: changed.sort(), total: after.size };
      }, id);
      return result;
    };
    const first = await step(a!);
    // From nothing selected, everything outside the focus fades: every element changes.
    expect(first.changed).toHaveLength(first.total);
    const moved = await step(b!);
    expect(moved.changed.length).toBeGreaterThan(0);
    expect(moved.changed.length).toBeLessThan(moved.total / 2);
    expect(moved.restyled).toEqual(moved.changed);
    // The focus shown is B's closed neighbourhood, the rest faded.
    const look = await page.evaluate((id) => {
      const cy = window.kavosh!.cy!;
      const hood = cy.getElementById(id).closedNeighborhood();
      return {
        highlighted: cy.elements('.highlighted').same(hood),
        faded: cy.elements('.faded').same(cy.elements().not(hood)),
        chosen: cy.elements('.chosen').map((e) => e.id()),
      };
    }, b!);
    expect(look).toEqual({ highlighted: true, faded: true, chosen: [b] });
    // Clearing the selection: only what was focused or faded changes back.
    const cleared = await step(null);
    expect(cleared.restyled).toEqual(cleared.changed);
    expect(await page.evaluate(() => window.kavosh!.cy!.elements('.faded, .highlighted, .chosen').length)).toBe(0);
  });
});
