// The app's "settled" signal, for end-to-end tests, the bench and anyone scripting the explorer:
// `await window.kavosh.settled()` resolves once every change made so far has reached the screen
// and the address bar. Tests await it (or poll for the condition they expect) instead of guessing
// a delay: on a busy machine a frame or the URL writer's debounce can take far longer than usual.

type Pending = () => boolean;

const sources = new Map<string, { pending: Pending; flush?: () => void }>();

/** Registers work that may still be in flight (a debounced URL write, a canvas sync, a layout). */
export function registerSettleSource(name: string, pending: Pending, flush?: () => void): () => void {
  sources.set(name, { pending, flush });
  return () => {
    if (sources.get(name)?.pending === pending) sources.delete(name);
  };
}

/** Names of the sources that are still busy (empty when settled). */
export function busySources(): string[] {
  return [...sources].filter(([, s]) => s.pending()).map(([name]) => name);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Flushes what can be flushed (the URL writer writes now instead of after its debounce), then
 * waits frame by frame until no source is busy and two frames have been drawn since: the first
 * lets React commit and Cytoscape draw, the second proves that frame reached the screen.
 * Rejects after `timeoutMs` with the names of the sources still busy, so a stuck app says why.
 */
export async function settled(timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    for (const s of sources.values()) if (s.pending()) s.flush?.();
    await nextFrame();
    await nextFrame();
    const busy = busySources();
    if (busy.length === 0) return;
    if (performance.now() > deadline) throw new Error(`not settled after ${timeoutMs} ms: ${busy.join(', ')}`);
  }
}

let chunksLoading = 0;
registerSettleSource('code-chunks', () => chunksLoading > 0);

/**
 * Wraps a dynamic import so the page counts as busy while the chunk is on its way: a panel that
 * arrives after the first paint (the timeline below the graph) changes the graph's box, and a
 * test that read node positions just before would click where the node no longer is.
 */
export function loadingChunk<T>(load: () => Promise<T>): () => Promise<T> {
  return () => {
    chunksLoading += 1;
    // Still busy for one frame after the chunk arrived: React renders the component it holds in a
    // task queued on arrival, before that frame.
    const done = () => requestAnimationFrame(() => (chunksLoading -= 1));
    return load().finally(done);
  };
}
