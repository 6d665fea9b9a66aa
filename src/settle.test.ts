// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { busySources, loadingChunk } from './settle';

describe('loadingChunk', () => {
  it('keeps the page busy while a chunk loads and for a frame after it arrived', async () => {
    let arrive!: (value: string) => void;
    const load = loadingChunk(() => new Promise<string>((resolve) => (arrive = resolve)));
    expect(busySources()).not.toContain('code-chunks');
    const loading = load();
    expect(busySources()).toContain('code-chunks');
    arrive('module');
    expect(await loading).toBe('module');
    expect(busySources()).toContain('code-chunks');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(busySources()).not.toContain('code-chunks');
  });

  it('is not busy forever when a chunk fails to load', async () => {
    const load = loadingChunk(() => Promise.reject(new Error('offline')));
    await expect(load()).rejects.toThrow('offline');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(busySources()).not.toContain('code-chunks');
  });
});
