// The bench's peer: the same synthetic corpus drawn by sigma.js 3 (WebGL) over a graphology graph,
// at the same positions (the corpus's layout.json), with the same operations performed the way a
// sigma app performs them: a filter hides elements through the node and edge reducers, a selection
// highlights its neighbourhood through the reducers, then sigma.refresh(). Which elements a filter
// hides comes from Kavosh's own pure computeVisibility, so both pages hide the same elements.
//
// Built only by `npm run bench` (scripts/bench/sigma-build.ts) into bench-data/app/sigma-ref/; it
// is never part of the app's bundle. It exposes the same `__bench` operations as the app (see
// page.ts) and the same `kavosh:` marks, so run.ts measures both the same way.
import { MultiDirectedGraph } from 'graphology';
import { Sigma } from 'sigma';
import type { Dataset } from '../../../src/domain/schema';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER, type Filters, type TimeFilter, type Visibility } from '../../../src/graph/filter';
import { buildGraphModel, type GraphModel } from '../../../src/graph/model';
import { countryColours, EVENT_COLOURS, NO_COUNTRY_COLOUR } from '../../../src/graph/style';

interface BenchApi {
  settle(): Promise<void>;
  afterFrame(): Promise<number>;
  describeModel(model: GraphModel): unknown;
  describe(): unknown;
  timeChange(kind: string, arg: unknown, timeout: number): Promise<number>;
  timeSelection(id: string, timeout: number): Promise<number>;
  select(id: string | null): void;
  backgroundPoint(): { x: number; y: number };
}

/** page.ts's helpers live at window.__bench (a name no app code uses). */
const BENCH = '__bench';
const pageWindow = window as unknown as Record<typeof BENCH, BenchApi>;

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

/**
 * The corpus as the app gets it: a dataset folder (one document) or, from 100k, a bundle file of
 * many. The generated corpora are valid by construction (the bench's own data:check); unlike the
 * app, this page does not validate them: sigma apps do not.
 */
async function loadCorpus(data: URL): Promise<Dataset> {
  if (data.pathname.endsWith('.json')) {
    const bundle = (await fetchJson(data)) as { documents: Array<{ document: Dataset['documents'][number]; text: string }>; facts: Pick<Dataset, 'entities' | 'events' | 'relations'> };
    return {
      documents: bundle.documents.map((d) => d.document),
      texts: Object.fromEntries(bundle.documents.map((d) => [d.document.id, d.text])),
      ...bundle.facts,
    };
  }
  const [document, facts] = (await Promise.all([fetchJson(new URL('document.json', data)), fetchJson(new URL('facts.json', data))])) as [
    Dataset['documents'][number],
    Pick<Dataset, 'entities' | 'events' | 'relations'>,
  ];
  const text = await (await fetch(new URL(document.textFile, data))).text();
  return { documents: [document], texts: { [document.id]: text }, ...facts };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const dataset = await loadCorpus(new URL(params.get('data') ?? '', location.origin + '/'));
  const layout = (await fetchJson(new URL(params.get('layout') ?? 'layout.json', new URL(params.get('data') ?? '', location.origin + '/')))) as {
    positions: Record<string, [number, number]>;
  };
  const model = buildGraphModel(dataset);
  const colours = countryColours(model.dataset.entities.filter((e) => e.kind === 'country'));

  const graph = new MultiDirectedGraph();
  for (const node of model.nodes) {
    const p = layout.positions[node.id] ?? [0, 0];
    const isEvent = node.type === 'event';
    const isCountry = node.kind === 'country';
    graph.addNode(node.id, {
      // sigma's y axis points up; Kavosh's (the screen's) points down.
      x: p[0],
      y: -p[1],
      size: isCountry ? 5 : isEvent ? 2 : 3,
      color: isEvent ? (EVENT_COLOURS[node.kind] ?? '#eeeeee') : (colours.get(node.country ?? '') ?? NO_COUNTRY_COLOUR),
      // Like the overview, only countries carry a label when zoomed out.
      ...(isCountry ? { label: node.nameEn, forceLabel: true } : {}),
    });
  }
  for (const edge of model.edges) {
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, { color: edge.type === 'relation' ? '#6f7887' : '#c3c8d0', size: 1 });
  }

  let filters: Filters = EMPTY_FILTERS;
  let time: TimeFilter = NO_TIME_FILTER;
  let visibility: Visibility = computeVisibility(model, filters, time);
  let selected: string | null = null;
  let neighbours = new Set<string>();
  const container = window.document.getElementById('graph') as HTMLElement;
  const sigma = new Sigma(graph, container, {
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 100,
    nodeReducer: (node, data) => {
      if (!visibility.nodes.has(node)) return { ...data, hidden: true };
      if (selected === null) return data;
      if (node === selected) return { ...data, highlighted: true, size: (data.size ?? 3) * 2 };
      return neighbours.has(node) ? { ...data, zIndex: 1 } : { ...data, color: '#e5e7eb', label: null };
    },
    edgeReducer: (edge, data) => {
      if (!visibility.edges.has(edge)) return { ...data, hidden: true };
      if (selected === null) return data;
      const [s, t] = graph.extremities(edge);
      return s === selected || t === selected ? { ...data, color: '#f59e0b', size: 2, zIndex: 1 } : { ...data, color: '#eef0f3' };
    },
  });
  performance.mark('kavosh:graph-created');

  const helpers = pageWindow[BENCH];
  const select = (id: string | null) => {
    selected = id;
    neighbours = id ? new Set(graph.neighbors(id)) : new Set();
    sigma.refresh();
  };
  pageWindow[BENCH] = {
    ...helpers,
    describe: () => helpers.describeModel(model),
    async timeChange(kind, arg, _timeout) {
      await helpers.settle();
      const t0 = performance.now();
      if (kind === 'filter') {
        const k = arg as string;
        const hidden = filters.hiddenEventKinds.includes(k) ? filters.hiddenEventKinds.filter((x) => x !== k) : [...filters.hiddenEventKinds, k];
        filters = { ...filters, hiddenEventKinds: hidden };
      } else if (kind === 'time') time = { ...time, window: time.window ? null : (arg as TimeFilter['window']) };
      else throw new Error(`unknown change ${kind}`);
      visibility = computeVisibility(model, filters, time);
      sigma.refresh();
      const at = await helpers.afterFrame();
      performance.mark('kavosh:visibility-painted');
      return at - t0;
    },
    async timeSelection(id, _timeout) {
      await helpers.settle();
      const t0 = performance.now();
      select(id);
      return (await helpers.afterFrame()) - t0;
    },
    select,
    backgroundPoint() {
      const rect = container.getBoundingClientRect();
      const points = model.nodes.map((n) => sigma.graphToViewport(graph.getNodeAttributes(n.id) as { x: number; y: number }));
      let best = { x: rect.width / 2, y: rect.height / 2, d: -1 };
      for (let gx = 2; gx <= 8; gx++)
        for (let gy = 2; gy <= 8; gy++) {
          const x = (rect.width * gx) / 10;
          const y = (rect.height * gy) / 10;
          let d = Infinity;
          for (const p of points) d = Math.min(d, Math.hypot(p.x - x, p.y - y));
          if (d > best.d) best = { x, y, d };
        }
      return { x: rect.left + best.x, y: rect.top + best.y };
    },
  };
  // sigma drew the first frame synchronously in its constructor; mark after it reaches the screen.
  await helpers.afterFrame();
  performance.mark('kavosh:graph-painted');
  window.document.body.dataset.graphReady = 'true';
}

main().catch((error: unknown) => {
  console.error(error);
  window.document.body.dataset.graphError = String(error);
});
