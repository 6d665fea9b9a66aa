// The key-path reader of the curation bench: a made-up trace of two typed keys, each a task that
// dispatches keypress (with a script call and a forced layout nested in it), a frame that paints,
// and work after the frame.
import { keyPath, tasks, type TraceEvent } from '../../scripts/bench/keyPathTrace';

const pid = 1;
const tid = 7;
const x = (name: string, ts: number, dur: number, tdur: number, args?: TraceEvent['args']): TraceEvent => ({ ph: 'X', name, pid, tid, ts, dur, tdur, args });

function key(at: number, layoutMs: number): TraceEvent[] {
  return [
    x('RunTask', at, 5000, 4000),
    x('EventDispatch', at + 100, 4000, 3500, { data: { type: 'keypress' } }),
    x('FunctionCall', at + 200, 1500, 1500),
    x('Layout', at + 2000, layoutMs * 1000, layoutMs * 1000, { beginData: { dirtyObjects: 9, totalObjects: 8259 } }),
    // The frame, after the key's task: paint and layerize nested in it.
    x('RunTask', at + 8000, 3000, 2500),
    x('Paint', at + 8100, 800, 800),
    x('Layerize', at + 9000, 400, 400),
    // After the frame: a validation render.
    x('RunTask', at + 20_000, 2000, 1500),
    x('FunctionCall', at + 20_100, 1500, 1200),
  ];
}

const trace: TraceEvent[] = [
  { ph: 'M', name: 'thread_name', pid, tid, ts: 0, args: { name: 'CrRendererMain' } },
  // Another thread's task is no part of it.
  { ...x('RunTask', 500, 90_000, 90_000), tid: 8 },
  ...key(1000, 0.5),
  ...key(101_000, 0.7),
];

describe('keyPath (curation-keypath bench)', () => {
  it('reads each key’s task, its frame, the wall time between and the work after', () => {
    expect(tasks(trace)).toHaveLength(6);
    const r = keyPath(trace, 'keypress');
    expect(r.keys).toBe(2);
    expect(r.keyTask).toBe(4);
    expect(r.keyScript).toBe(1.5);
    // The larger of two is the median of two (upper middle).
    expect(r.keyLayout).toBe(0.7);
    expect(r.layoutObjects).toContain('9 dirty of 8259 objects');
    expect(r.frame).toBe(2.5);
    expect(r.framePaint).toBe(0.8);
    expect(r.frameLayerize).toBe(0.4);
    expect(r.toFrameWall).toBe(11);
    expect(r.after).toBe(1.5);
    expect(r.cpuPerKey).toBe(8);
  });

  it('counts a Shift+arrow once: the keydown that lays out, not the Shift before it', () => {
    const shift = [x('RunTask', 50_000, 600, 500), x('EventDispatch', 50_050, 400, 300, { data: { type: 'keydown' } })];
    const arrow = [x('RunTask', 51_000, 3000, 2500), x('EventDispatch', 51_050, 2800, 2300, { data: { type: 'keydown' } }), x('Layout', 52_000, 900, 900)];
    const r = keyPath([trace[0] as TraceEvent, ...shift, ...arrow], 'keydown');
    expect(r.keys).toBe(1);
    expect(r.keyTask).toBe(2.5);
  });
});
