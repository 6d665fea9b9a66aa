// Cached positions for the synthetic corpora (synth.ts, synthCorpus.ts): what layout.json holds,
// so the bench measures drawing, not a layout.
import type { SynthEntity, SynthEvent } from './synth';

/**
 * Positions without a force layout: each country's actors on a sunflower spiral around it, the
 * clusters on a grid, events at the centroid of their participants (so a cross-border event sits
 * between its countries), nudged off one another. O(n), deterministic.
 */
export function clusterLayout(
  entities: SynthEntity[],
  events: SynthEvent[],
  unaffiliated: SynthEntity[],
  rand: () => number,
): Record<string, [number, number]> {
  const positions: Record<string, [number, number]> = {};
  const clusters = new Map<string, SynthEntity[]>();
  for (const e of entities) {
    const key = e.kind === 'country' ? e.id : (e.country ?? '');
    if (key === '') continue;
    const list = clusters.get(key);
    if (list) list.push(e);
    else clusters.set(key, [e]);
  }
  if (unaffiliated.length > 0) clusters.set('', unaffiliated);
  const spacing = 70;
  const groups = [...clusters.values()];
  const largest = Math.max(...groups.map((g) => g.length));
  const cell = 2 * spacing * Math.sqrt(largest * 1.6) + 400;
  const columns = Math.ceil(Math.sqrt(groups.length));
  const golden = Math.PI * (3 - Math.sqrt(5));
  groups.forEach((group, gi) => {
    const cx = (gi % columns) * cell;
    const cy = Math.floor(gi / columns) * cell;
    group.forEach((e, i) => {
      // Index 0 (the country) at the centre; the ring leaves room for the events between actors.
      const r = spacing * Math.sqrt(i * 1.6);
      positions[e.id] = [Math.round(cx + r * Math.cos(i * golden)), Math.round(cy + r * Math.sin(i * golden))];
    });
  });
  for (const event of events) {
    let x = 0;
    let y = 0;
    for (const p of event.participants) {
      const pos = positions[p.entity] ?? [0, 0];
      x += pos[0];
      y += pos[1];
    }
    const n = event.participants.length;
    const angle = rand() * 2 * Math.PI;
    const jitter = 18 + rand() * 30;
    positions[event.id] = [Math.round(x / n + jitter * Math.cos(angle)), Math.round(y / n + jitter * Math.sin(angle))];
  }
  return positions;
}
