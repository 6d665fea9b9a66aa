// Packs a layout's disconnected components next to the largest one. fcose's own `packComponents`
// needs an extension (cytoscape-layout-utilities) that the app does not load; without packing, a
// small separate component (e.g. a citation chain) lands far away and the fitted view shrinks.
// Pure: positions and edges in, moved positions out. Positions are a Map: ids are data, and an id
// such as `constructor` must not find Object's own members.
export type Point = [number, number];

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function components(ids: string[], edges: Array<[string, string]>): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(id, root);
    return root;
  };
  for (const [a, b] of edges) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

function boxOf(ids: string[], positions: ReadonlyMap<string, Point>): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const id of ids) {
    const [x, y] = positions.get(id) as Point;
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  }
  return box;
}

/**
 * Keeps the largest component where it is and stacks the others in columns to its right, each
 * column no taller than the largest component, separated by `gap`.
 */
export function packComponents(positions: ReadonlyMap<string, Point>, edges: Array<[string, string]>, gap = 90): ReadonlyMap<string, Point> {
  const groups = components([...positions.keys()], edges);
  const [main, ...rest] = groups;
  if (!main || rest.length === 0) return positions;
  const mainBox = boxOf(main, positions);
  const columnHeight = Math.max(mainBox.y2 - mainBox.y1, gap);
  const out = new Map(positions);
  let columnX = mainBox.x2 + gap;
  let columnWidth = 0;
  let y = mainBox.y1;
  for (const group of rest) {
    const box = boxOf(group, positions);
    const w = box.x2 - box.x1;
    const h = box.y2 - box.y1;
    if (y > mainBox.y1 && y + h > mainBox.y1 + columnHeight) {
      columnX += columnWidth + gap;
      columnWidth = 0;
      y = mainBox.y1;
    }
    const dx = columnX - box.x1;
    const dy = y - box.y1;
    for (const id of group) {
      const [px, py] = positions.get(id) as Point;
      out.set(id, [px + dx, py + dy]);
    }
    columnWidth = Math.max(columnWidth, w);
    y += h + gap;
  }
  return out;
}
