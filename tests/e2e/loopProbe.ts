// Cytoscape's frame loop seen from inside the page: a beforeRender callback runs once per loop
// frame and 'render' fires once per draw. For tests of when the loop is held (renderLoop.ts).
// Adding the callback wakes a loop that was held because nothing changed.
import type { Page } from 'playwright-core';

export interface LoopProbe {
  /** The loop's frames during two of the page's own frames: 0 while it is held. */
  framesInTwoPageFrames(): Promise<number>;
  /** The loop's frames since the probe was added. */
  framesSoFar(): Promise<number>;
  /** Cytoscape's draws since the probe was added. */
  draws(): Promise<number>;
}

export async function probeLoop(page: Page): Promise<LoopProbe> {
  await page.evaluate(() => {
    const w = window as unknown as { loopFrames: number; draws: number };
    w.loopFrames = 0;
    w.draws = 0;
    const cy = window.kavosh!.cy!;
    (cy as unknown as { renderer(): { beforeRender(fn: () => void, priority: number): void } }).renderer().beforeRender(() => (w.loopFrames += 1), 0);
    cy.on('render', () => (w.draws += 1));
  });
  return {
    framesInTwoPageFrames: () =>
      page.evaluate(async () => {
        const w = window as unknown as { loopFrames: number };
        const before = w.loopFrames;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return w.loopFrames - before;
      }),
    framesSoFar: () => page.evaluate(() => (window as unknown as { loopFrames: number }).loopFrames),
    draws: () => page.evaluate(() => (window as unknown as { draws: number }).draws),
  };
}
