// The evidence trail inside an exported bundle (`"trail"` next to the facts), and reading it back.
// The trail carries the same data as its Markdown (steps, roles, dates in both calendars, verbatim
// quotes with translations and documents), so a reader of the JSON alone can follow it. Read back,
// it is rebuilt from the bundle's own facts and must equal what the file says: a trail that names a
// fact the data lacks, joins actors the fact does not join, or words a step differently from the
// data is refused, so nothing in a trail can come from anywhere but the data. Pure.
import type { GraphModel } from '../graph/model';
import type { Path } from './paths';
import { buildTrail, type Trail } from './trail';

/** The trail as it goes into a bundle: a plain JSON value. */
export function trailForBundle(trail: Trail): Trail {
  return JSON.parse(JSON.stringify(trail)) as Trail;
}

export type TrailRead = { ok: true; trail: Trail } | { ok: false; issues: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `fact` joins the two actors: a relation between them, or an event both take part in. */
function joins(model: GraphModel, fact: string, a: string, b: string): boolean {
  const event = model.eventById.get(fact);
  if (event) {
    const involved = (id: string) => event.participants.some((p) => p.entity === id) || event.place === id;
    return involved(a) && involved(b);
  }
  const relation = model.relationById.get(fact);
  return !!relation && ((relation.source === a && relation.target === b) || (relation.source === b && relation.target === a));
}

/** Stable JSON: keys sorted, so key order in the file does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

/** Reads a bundle's `trail` against the model of the bundle's data. */
export function readTrail(value: unknown, model: GraphModel): TrailRead {
  if (!isObject(value) || typeof value.from !== 'string' || typeof value.to !== 'string' || !Array.isArray(value.steps) || value.steps.length === 0)
    return { ok: false, issues: ['trail: expected {from, to, steps: [...]} with at least one step'] };
  const issues: string[] = [];
  const nodes = [value.from];
  const steps: Path['steps'] = [];
  value.steps.forEach((step: unknown, i) => {
    if (!isObject(step) || typeof step.from !== 'string' || typeof step.to !== 'string' || typeof step.fact !== 'string') {
      issues.push(`trail.steps[${i}]: expected from, to and fact`);
      return;
    }
    if (step.from !== nodes[nodes.length - 1]) issues.push(`trail.steps[${i}].from: expected "${nodes[nodes.length - 1]}", where the step before ends`);
    if (!model.entityById.has(step.from) || !model.entityById.has(step.to)) issues.push(`trail.steps[${i}]: no actor "${step.from}" or "${step.to}" in the data`);
    else if (!joins(model, step.fact, step.from, step.to)) issues.push(`trail.steps[${i}].fact: "${step.fact}" in the data does not join "${step.from}" and "${step.to}"`);
    nodes.push(step.to);
    steps.push({ from: step.from, to: step.to, fact: step.fact, edges: [] });
  });
  if (issues.length === 0 && nodes[nodes.length - 1] !== value.to) issues.push(`trail.to: expected "${nodes[nodes.length - 1]}", where the last step ends`);
  if (issues.length > 0) return { ok: false, issues };
  const trail = buildTrail(model, { nodes, steps });
  const given = value.steps as unknown[];
  trail.steps.forEach((step, i) => {
    if (canonical(step) !== canonical(given[i])) issues.push(`trail.steps[${i}]: differs from what the data says of "${step.fact}"`);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, trail };
}
