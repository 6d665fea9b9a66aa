// Reading Chrome traces in the bench scripts (collected through CDP's Tracing domain).

export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The renderer main thread's CPU time (ms) in a trace: its top-level events' thread durations. */
export function mainThreadCpu(events: TraceEvent[]): number {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let cpu = 0;
  let until = 0;
  const top = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.tdur !== undefined).sort((a, b) => a.ts - b.ts);
  for (const e of top) {
    if (e.ts < until) continue; // nested in the one before
    until = e.ts + (e.dur ?? 0);
    cpu += (e.tdur ?? 0) / 1000;
  }
  return cpu;
}
