// Timing marks for `npm run bench` and anyone profiling, as performance.mark entries (startTime is
// milliseconds since navigation). "Painted" means the frame that shows the change has been drawn
// and the browser has finished its rendering steps: the mark is taken in a message posted from the
// frame's drawing code, which runs after that frame's style, layout and paint.
//
//   kavosh:fetch-start, kavosh:fetch-end   ?data= folder or bundle file: fetching and parsing it
//   kavosh:validated                       the dataset passed validation (a bundle's: merged too)
//   kavosh:graph-created                   the cy instance holds every element
//   kavosh:layout-done                     positions are final (cached, worker or in-page layout)
//   kavosh:graph-painted                   the first frame of the laid-out, fitted graph
//   kavosh:visibility-applied              a filter or time-window change reached the canvas code
//   kavosh:visibility-painted              the first frame showing that change
//   kavosh:selection-painted               the first frame showing a new selection on the canvas
//   kavosh:styles-warm                     a large graph's styles are computed ahead (warmup.ts)
//
// Selection's other half, the details panel, is timed by the bench from the DOM.

export type PaintMark = 'kavosh:graph-painted' | 'kavosh:visibility-painted' | 'kavosh:selection-painted';

/** Runs `fn` after the current frame's rendering steps; call it from inside a frame callback. */
export function afterPaint(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}

export function mark(name: string): void {
  performance.mark(name);
}
