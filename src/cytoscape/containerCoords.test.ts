// @vitest-environment jsdom
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { keepContainerCoordsFresh } from './containerCoords';

/** A stand-in for a Cytoscape core whose renderer keeps the container-position cache. */
function withCache() {
  const renderer = { containerBB: [0, 179, 360, 463] as number[] | null, invalidateContainerClientCoordsCache: vi.fn(function (this: { containerBB: unknown }) { this.containerBB = null; }) };
  return { cy: { renderer: () => renderer } as unknown as Core, renderer };
}

describe('keeping Cytoscape’s container position fresh', () => {
  it('drops the cached position before each pointer event, until released', () => {
    const { cy, renderer } = withCache();
    const release = keepContainerCoordsFresh(cy);
    // Cytoscape's own listener on the window (bubble phase) sees the cache already dropped.
    let seen: unknown = 'not called';
    const cytoscapeListener = () => (seen = renderer.containerBB);
    window.addEventListener('mousemove', cytoscapeListener);
    window.dispatchEvent(new MouseEvent('mousemove'));
    expect(seen).toBeNull();
    expect(renderer.invalidateContainerClientCoordsCache).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new Event('touchstart', { bubbles: true }));
    expect(renderer.invalidateContainerClientCoordsCache).toHaveBeenCalledTimes(2);
    release();
    window.removeEventListener('mousemove', cytoscapeListener);
    window.dispatchEvent(new MouseEvent('mousedown'));
    expect(renderer.invalidateContainerClientCoordsCache).toHaveBeenCalledTimes(2);
  });

  it('does nothing for a headless core, or a renderer without the cache', () => {
    const headless = cytoscape({ headless: true });
    expect(() => keepContainerCoordsFresh(headless)()).not.toThrow();
    const bare = { renderer: () => ({}) } as unknown as Core;
    const release = keepContainerCoordsFresh(bare);
    expect(() => window.dispatchEvent(new MouseEvent('mousedown'))).not.toThrow();
    release();
  });
});
