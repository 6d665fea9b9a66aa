// One key's path to the screen, read from a Chrome trace of the renderer's main thread (categories
// `devtools.timeline,toplevel`: each task is one top-level event). For curation-keypath.ts; pure.

import type { TraceEvent as BaseTraceEvent } from './trace';

/** A trace event with the arguments this reader looks at (an input event's type, a layout's size). */
export interface TraceEvent extends BaseTraceEvent {
  args?: { name?: string; data?: { type?: string }; beginData?: { dirtyObjects?: number; totalObjects?: number } };
}

interface Task {
  ts: number;
  end: number;
  cpu: number;
  /** Self thread time (ms) by event name, over the task and everything nested in it. */
  self: Map<string, number>;
  events: TraceEvent[];
}

/** The main thread's top-level tasks, each with its nested events and their self times. */
export function tasks(events: readonly TraceEvent[]): Task[] {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = events
    .filter((e) => e.ph === 'X' && e.pid === thread?.pid && e.tid === thread?.tid && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: Task[] = [];
  const stack: Array<{ e: TraceEvent; end: number; child: number }> = [];
  const close = (upTo: number) => {
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= upTo) {
      const top = stack.pop() as { e: TraceEvent; child: number };
      const task = out[out.length - 1] as Task;
      task.self.set(top.e.name, (task.self.get(top.e.name) ?? 0) + ((top.e.tdur ?? 0) - top.child) / 1000);
    }
  };
  for (const e of main) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.tdur ?? 0;
    else out.push({ ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: (e.tdur ?? 0) / 1000, self: new Map(), events: [] });
    (out[out.length - 1] as Task).events.push(e);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return out;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const self = (task: Task | undefined, ...names: string[]) => names.reduce((sum, n) => sum + (task?.self.get(n) ?? 0), 0);

/**
 * Per key (medians): the key's own task, the first task after it that paints (its frame), the wall
 * time from the one's start to the other's end, and the main thread's CPU from that frame's end to
 * the next key. A key's task is the one dispatching `keyEvent` ('keypress' for a typed letter) that
 * also lays out ('keydown' alone would also count the Shift of a Shift+arrow, which does nothing).
 */
export function keyPath(events: readonly TraceEvent[], keyEvent: 'keypress' | 'keydown') {
  const all = tasks(events);
  const isKey = (t: Task) => t.events.some((e) => e.name === 'EventDispatch' && e.args?.data?.type === keyEvent) && (keyEvent === 'keypress' || t.self.has('Layout'));
  const keys = all.filter(isKey);
  const rows = keys.map((key, i) => {
    const frame = all.find((t) => t.ts >= key.end && t.self.has('Paint'));
    const next = keys[i + 1]?.ts ?? Number.POSITIVE_INFINITY;
    const after = frame ? all.filter((t) => t.ts >= frame.end && t.ts < next).reduce((sum, t) => sum + t.cpu, 0) : 0;
    const layouts = key.events.filter((e) => e.name === 'Layout');
    return { key, frame, after, layouts };
  });
  const layouts = rows.flatMap((r) => r.layouts);
  const total = keys.length ? (all.filter((t) => t.ts >= (keys[0] as Task).ts).reduce((sum, t) => sum + t.cpu, 0) / keys.length) : 0;
  return {
    keys: keys.length,
    cpuPerKey: total,
    keyTask: median(rows.map((r) => r.key.cpu)),
    keyScript: median(rows.map((r) => self(r.key, 'FunctionCall', 'EvaluateScript', 'v8.callFunction', 'RunMicrotasks'))),
    keyLayout: median(rows.map((r) => self(r.key, 'Layout'))),
    keyStyle: median(rows.map((r) => self(r.key, 'UpdateLayoutTree', 'RecalculateStyles'))),
    layoutObjects: layouts.length
      ? `${layouts.length} layouts, median ${median(layouts.map((e) => e.args?.beginData?.dirtyObjects ?? 0))} dirty of ${median(layouts.map((e) => e.args?.beginData?.totalObjects ?? 0))} objects, ${median(layouts.map((e) => (e.tdur ?? 0) / 1000)).toFixed(2)} ms each`
      : 'none',
    frame: median(rows.map((r) => r.frame?.cpu ?? 0)),
    framePaint: median(rows.map((r) => self(r.frame, 'Paint'))),
    frameLayerize: median(rows.map((r) => self(r.frame, 'Layerize'))),
    framePrePaint: median(rows.map((r) => self(r.frame, 'PrePaint'))),
    toFrameWall: median(rows.map((r) => (r.frame ? (r.frame.end - r.key.ts) / 1000 : 0))),
    after: median(rows.map((r) => r.after)),
  };
}
