// Off the main thread: the draft layout of a large uncached graph (src/graph/draftLayout.ts),
// posted at once, then refinement rounds, a better picture posted about every second, until done
// or the page terminates the worker (cancel). After each picture the worker waits for the page's
// 'continue' (sent once that picture is painted): on a busy machine the refinement would otherwise
// compete with the page for the CPU and delay the very picture it just sent.
import { draft, refineRound, stepFor } from '../graph/draftLayout';
import type { DraftRequest, DraftResponse } from './draftMessages';

const post = (message: DraftResponse, xy: Float64Array) => (self as unknown as Worker).postMessage(message, [xy.buffer]);

let resume: (() => void) | null = null;
const painted = () => new Promise<void>((ok) => (resume = ok));

self.onmessage = async (event: MessageEvent<DraftRequest | 'continue'>) => {
  if (event.data === 'continue') {
    resume?.();
    return;
  }
  const { graph, rounds } = event.data;
  const started = performance.now();
  (self as unknown as Worker).postMessage('started');
  const xy = draft(graph);
  const first = xy.slice();
  post({ type: 'draft', xy: first, round: 0, rounds, ms: performance.now() - started }, first);
  if (rounds > 0) await painted();
  let posted = performance.now();
  for (let round = 0; round < rounds; round++) {
    refineRound(graph, xy, stepFor(round, rounds));
    if (round < rounds - 1 && performance.now() - posted > 1000) {
      const copy = xy.slice();
      post({ type: 'progress', xy: copy, round: round + 1, rounds, ms: performance.now() - started }, copy);
      await painted();
      posted = performance.now();
    }
  }
  post({ type: 'done', xy, round: rounds, rounds, ms: performance.now() - started }, xy);
};
