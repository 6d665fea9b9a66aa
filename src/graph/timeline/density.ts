// For corpora too big for a bar per event: the density drawn instead, its counts per filter, the
// event a click picks, and the undated lane's short list. Pure.
import { toX, type Scale } from './calendar';
import type { DatedItem } from './events';

// ---- Many events: a density instead of bars -------------------------------------------------

/**
 * Above this many dated events the plot draws their density, not a bar each: thousands of SVG
 * bars cost the browser hundreds of milliseconds of style, layout and paint on every filter
 * change, and are unreadable at that count anyway. The fact table is the list at that scale.
 */
export const DENSITY_THRESHOLD = 300;

export interface EventFilter {
  hiddenEventKinds: readonly string[];
  countries: readonly string[];
}

/**
 * The events the non-time filters show, as graph/filter.ts's computeVisibility decides them with no
 * time filter (kind shown and, when countries are chosen, involving one), in O(events) instead of
 * the whole graph: the timeline needs only this, on every filter change.
 */
export function shownEvents(
  events: ReadonlyArray<{ id: string; kind: string }>,
  filters: EventFilter,
  countryFacts: ReadonlyMap<string, ReadonlySet<string>>,
): Set<string> {
  const hidden = new Set(filters.hiddenEventKinds);
  const facts = filters.countries.length > 0 ? filters.countries.map((c) => countryFacts.get(c)).filter((s) => s !== undefined) : null;
  const shown = new Set<string>();
  for (const { id, kind } of events) {
    if (hidden.has(kind)) continue;
    if (facts && !facts.some((set) => set.has(id))) continue;
    shown.add(id);
  }
  return shown;
}

/**
 * Where each dated event falls on a strip of equal columns: the per-dataset half of the density,
 * computed once per dataset and plot width; a filter change only recounts (densityCounts).
 */
export interface DensityPlacement {
  /** The left edge of column 0 (px), the column width (px) and the number of columns. */
  x0: number;
  binPx: number;
  columns: number;
  /** Kinds in stacking order, bottom first: the most frequent first, then by name. */
  kinds: string[];
  ids: string[];
  /** Per event, in input order: its kind's index in `kinds` and the columns [from, to) its span covers. */
  kind: Uint16Array;
  from: Int32Array;
  to: Int32Array;
}

export function placeDensity(items: readonly DatedItem[], scale: Scale, { binPx = 2 }: { binPx?: number } = {}): DensityPlacement {
  const columns = Math.max(1, Math.ceil((scale.x1 - scale.x0) / binPx));
  const tally = new Map<string, number>();
  for (const item of items) tally.set(item.kind, (tally.get(item.kind) ?? 0) + 1);
  const kinds = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k]) => k);
  const index = new Map(kinds.map((k, i) => [k, i]));
  const n = items.length;
  const placement: DensityPlacement = { x0: scale.x0, binPx, columns, kinds, ids: new Array<string>(n), kind: new Uint16Array(n), from: new Int32Array(n), to: new Int32Array(n) };
  const clamp = (c: number) => Math.min(columns, Math.max(0, c));
  items.forEach((item, i) => {
    // In columns: a period covers the columns whose middle it contains, so back-to-back periods
    // (2019, then 2020) share none; one shorter than a column gets the column of its middle.
    const s = (toX(scale, item.span.start) - scale.x0) / binPx;
    const e = (toX(scale, item.span.end) - scale.x0) / binPx;
    let from = clamp(Math.ceil(s - 0.5));
    let to = clamp(Math.ceil(e - 0.5));
    if (to <= from) {
      from = Math.min(columns - 1, clamp(Math.floor((s + e) / 2)));
      to = from + 1;
    }
    placement.ids[i] = item.id;
    placement.kind[i] = index.get(item.kind)!;
    placement.from[i] = from;
    placement.to[i] = to;
  });
  return placement;
}

/** How many events cover each column, per kind, split into those the filters show and those they dim. */
export interface Density {
  columns: number;
  kinds: string[];
  /** shown[k * columns + c]: events of kinds[k] covering column c that the filters show. */
  shown: Uint32Array;
  /** The same for events the filters hide (drawn dimmed). */
  dimmed: Uint32Array;
  /** The tallest column, shown and dimmed together: the same for every filter, so the scale holds still. */
  max: number;
  /** Events counted, and how many of them are shown. */
  total: number;
  shownTotal: number;
}

/** Counts per column with difference arrays: O(events + kinds × columns). */
export function densityCounts(p: DensityPlacement, isShown: (id: string) => boolean): Density {
  const { columns, kinds } = p;
  const stride = columns + 1;
  const diff = [new Int32Array(kinds.length * stride), new Int32Array(kinds.length * stride)] as const;
  let shownTotal = 0;
  for (let i = 0; i < p.ids.length; i++) {
    const on = isShown(p.ids[i]!);
    if (on) shownTotal++;
    const d = diff[on ? 0 : 1];
    const base = p.kind[i]! * stride;
    d[base + p.from[i]!]! += 1;
    d[base + p.to[i]!]! -= 1;
  }
  const shown = new Uint32Array(kinds.length * columns);
  const dimmed = new Uint32Array(kinds.length * columns);
  const totals = new Uint32Array(columns);
  for (let k = 0; k < kinds.length; k++) {
    let a = 0;
    let b = 0;
    for (let c = 0; c < columns; c++) {
      a += diff[0][k * stride + c]!;
      b += diff[1][k * stride + c]!;
      shown[k * columns + c] = a;
      dimmed[k * columns + c] = b;
      totals[c]! += a + b;
    }
  }
  let max = 0;
  for (let c = 0; c < columns; c++) max = Math.max(max, totals[c]!);
  return { columns, kinds, shown, dimmed, max, total: p.ids.length, shownTotal };
}

/**
 * The event a click at `x` picks: among the events covering that column (or, if none, the nearest
 * within `reach` columns), those the filters show first, then the narrowest period, then the one
 * whose middle is nearest. Null when nothing is in reach.
 */
export function eventAt(p: DensityPlacement, x: number, isShown: (id: string) => boolean = () => true, reach = 3): string | null {
  const col = Math.floor((x - p.x0) / p.binPx);
  let best = -1;
  let bestKey: [number, number, number, number] = [Infinity, Infinity, Infinity, Infinity];
  for (let i = 0; i < p.ids.length; i++) {
    const from = p.from[i]!;
    const to = p.to[i]!;
    const gap = col < from ? from - col : col >= to ? col - to + 1 : 0;
    if (gap > reach) continue;
    const key: [number, number, number, number] = [gap, isShown(p.ids[i]!) ? 0 : 1, to - from, Math.abs((from + to) / 2 - (col + 0.5))];
    if (key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && (key[2] < bestKey[2] || (key[2] === bestKey[2] && key[3] < bestKey[3])))))) {
      best = i;
      bestKey = key;
    }
  }
  return best === -1 ? null : p.ids[best]!;
}

/**
 * The undated lane at scale: the first `max` events (the selected one added when it is further
 * down, so a selection is always visible) and how many are left out.
 */
export function undatedShortList<T extends { id: string }>(items: readonly T[], max: number, selected: string | null): { list: T[]; more: number } {
  if (items.length <= max) return { list: [...items], more: 0 };
  const list = items.slice(0, max);
  const extra = selected ? items.slice(max).find((u) => u.id === selected) : undefined;
  if (extra) list.push(extra);
  return { list, more: items.length - list.length };
}
