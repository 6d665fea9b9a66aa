// Brings a Cytoscape instance's elements from one definition list to the next. react-cytoscapejs
// does this with plain objects keyed by id (`map[id] != null`), so an element whose id is
// `constructor` (or any Object.prototype name) looks present before it is added, is never
// created, and every edge to it fails ("nonexistent target"). Maps have no inherited keys.
import type { Core, ElementDefinition } from 'cytoscape';
import { addElements } from './bulkAdd';
import { shareStyleHintScratch } from './styleHintScratch';

const PATCHED_KEYS = ['data', 'position', 'selected', 'selectable', 'locked', 'grabbable', 'classes'] as const;

type Diff = (a: unknown, b: unknown) => boolean;

const idOf = (ele: ElementDefinition): string => String(ele.data.id);

export function patchElements(
  cy: Core,
  before: readonly ElementDefinition[] | null | undefined,
  after: readonly ElementDefinition[],
  diff: Diff,
): void {
  if (!before && cy.elements().length === 0) {
    // The first fill of a new instance: no diff to make (addElements: without the per-element
    // events nothing listens to yet). A repeated id keeps its last definition, as below.
    const ids = new Set<string>();
    const unique = after.some((ele) => ids.size === ids.add(idOf(ele)).size) ? [...new Map(after.map((ele) => [idOf(ele), ele])).values()] : after;
    // Before any element's style is computed: none keeps its own style-hint scratch.
    shareStyleHintScratch(cy);
    addElements(cy, unique);
    return;
  }
  const next = new Map<string, ElementDefinition>();
  for (const ele of after) next.set(idOf(ele), ele);
  const previous = new Map<string, ElementDefinition>();
  for (const ele of before ?? []) previous.set(idOf(ele), ele);
  cy.batch(() => {
    const removed = cy.collection();
    for (const id of previous.keys()) if (!next.has(id)) removed.merge(cy.getElementById(id));
    if (removed.length > 0) cy.remove(removed);
    const added: ElementDefinition[] = [];
    for (const [id, ele] of next) {
      const old = previous.get(id);
      if (!old) {
        added.push(ele);
        continue;
      }
      const patch: Record<string, unknown> = {};
      for (const key of PATCHED_KEYS) if (diff(ele[key], old[key])) patch[key] = ele[key];
      if (Object.keys(patch).length > 0) cy.getElementById(id).json(patch as unknown as ElementDefinition);
    }
    if (added.length > 0) cy.add(added);
  });
}
