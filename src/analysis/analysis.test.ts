import { loadAllDatasets } from '../../scripts/lib/load-all';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../graph/filter';
import { buildGraphModel } from '../graph/model';
import { tinySubgraph } from './fixture.test-util';
import { centrality, communities, rankCommunities, toGraphology } from './metrics';
import { neighbourhood } from './neighbourhood';
import { findPaths, pathElements } from './paths';
import { buildProjection, projectionDegree } from './projection';
import { buildSubgraph } from './subgraph';
import { applyTopology, mainComponent } from './topology';
import { buildTrail, trailToMarkdown, trailToText } from './trail';

const sorted = (s: Iterable<string>) => [...s].sort();

describe('neighbourhood', () => {
  const sub = tinySubgraph();
  it('counts actor → event → actor as one step with events as connectors', () => {
    expect(sorted(neighbourhood(sub, ['a'], 1).nodes)).toEqual(['a', 'b', 'c', 'e1']);
    expect(sorted(neighbourhood(sub, ['a'], 2).nodes)).toEqual(['a', 'b', 'c', 'd', 'e1', 'e2', 'e3', 'f', 'x']);
  });
  it('counts every edge as a hop in raw mode', () => {
    expect(sorted(neighbourhood(sub, ['a'], 1, 'raw').nodes)).toEqual(['a', 'b', 'e1']);
    expect(sorted(neighbourhood(sub, ['a'], 2, 'raw').nodes)).toEqual(['a', 'b', 'c', 'e1', 'e3']);
  });
  it('leaves out events that would hang at the edge when the centre is an event', () => {
    expect(sorted(neighbourhood(sub, ['e1'], 1).nodes)).toEqual(['a', 'c', 'e1']);
  });
  it('keeps only edges among the neighbourhood and reports distances', () => {
    const hood = neighbourhood(sub, ['a'], 1);
    expect(sorted(hood.edges)).toEqual(['e1~a~0', 'e1~c~1', 'r1']);
    expect(hood.distance.get('c')).toBe(1);
    expect(hood.distance.get('a')).toBe(0);
  });
  it('unions several centres (an expanded node adds its own neighbours)', () => {
    expect(sorted(neighbourhood(sub, ['a', 'g'], 1).nodes)).toEqual(['a', 'b', 'c', 'e1', 'g']);
  });
});

describe('paths', () => {
  const sub = tinySubgraph();
  it('finds the shortest path through events and relations', () => {
    const r = findPaths(sub, 'a', 'd', 4);
    expect(r.shortest).toBe(2);
    expect(r.paths[0]?.nodes).toEqual(['a', 'c', 'd']);
    expect(r.paths[0]?.steps.map((s) => s.fact)).toEqual(['e1', 'e2']);
  });
  it('lists every simple path up to k, shortest first, with no actor or event twice', () => {
    const r = findPaths(sub, 'a', 'd', 4);
    // a-c-x-d would use e2 twice (c→x and x→d), so it is not a simple path.
    expect(r.paths.map((p) => p.nodes.join('-'))).toEqual(['a-c-d', 'a-b-f-d']);
  });
  it('respects k, but always returns the shortest paths', () => {
    expect(findPaths(sub, 'a', 'd', 2).paths.map((p) => p.nodes.join('-'))).toEqual(['a-c-d']);
    expect(findPaths(sub, 'a', 'd', 1).paths.map((p) => p.nodes.join('-'))).toEqual(['a-c-d']);
  });
  it('says when two actors are not connected', () => {
    expect(findPaths(sub, 'a', 'g', 4)).toEqual({ shortest: null, paths: [], truncated: false });
  });
  it('caps the list and says so', () => {
    const r = findPaths(sub, 'a', 'd', 4, 1);
    expect(r.paths).toHaveLength(1);
    expect(r.truncated).toBe(true);
  });
  it('gives the canvas elements of a path, events included', () => {
    const { nodes, edges } = pathElements(findPaths(sub, 'a', 'd', 2).paths);
    expect(sorted(nodes)).toEqual(['a', 'c', 'd', 'e1', 'e2']);
    expect(sorted(edges)).toEqual(['e1~a~0', 'e1~c~1', 'e2~c~0', 'e2~d~1']);
  });
});

describe('actor projection', () => {
  it('joins actors through shared events and relations, weighted by the number of facts', () => {
    const sub = tinySubgraph();
    const p = buildProjection(sub);
    const pairs = p.edges.map(([a, b, w]) => `${[p.nodes[a], p.nodes[b]].sort().join('-')}:${w}`).sort();
    expect(pairs).toEqual(['a-b:1', 'a-c:1', 'b-f:1', 'c-d:1', 'c-x:1', 'd-f:1', 'd-x:1']);
    expect(projectionDegree(p).get('c')).toBe(3);
    expect(projectionDegree(p).get('g')).toBe(0);
  });
});

describe('evidence trail', () => {
  const sub = tinySubgraph();
  const path = findPaths(sub, 'a', 'd', 4).paths[1];
  it('reads a path as sourced steps, relations in their own direction', () => {
    if (!path) throw new Error('no path');
    const trail = buildTrail(sub.model, path);
    expect(trail.steps.map((s) => [s.from, s.fact, s.to])).toEqual([
      ['a', 'r1', 'b'],
      ['b', 'e3', 'f'],
      ['f', 'r2', 'd'],
    ]);
    expect(trail.steps[0]?.label.en).toBe('supports');
    expect(trail.steps[2]?.label.en).toBe('(reverse) supports');
    // The two participants' own quotes first (b is e3's first participant, f its second), then the event's.
    expect(trail.steps[1]?.quotes.map((q) => q.quote)).toEqual(['q31', 'q32', 'q30']);
    expect(trail.steps[1]?.roleFrom).toEqual({ en: 'participant', fa: 'شرکت‌کننده' });
    expect(trail.steps[1]?.date?.en).toContain('8 January 2023');
    expect(trail.steps[1]?.date?.fa).toContain('۱۴۰۱');
  });
});

describe('on the article', () => {
  const model = buildGraphModel(loadAllDatasets('data'));
  const sub = buildSubgraph(model, computeVisibility(model, EMPTY_FILTERS, NO_TIME_FILTER));

  it('joins Pakistan and Azerbaijan in one step, through Demir\'s invitation, with its Persian quotes', () => {
    const r = findPaths(sub, 'pakistan', 'azerbaijan', 2);
    expect(r.shortest).toBe(1);
    const direct = r.paths.filter((p) => p.steps.length === 1);
    expect(direct.map((p) => p.steps[0]?.fact)).toEqual(['demir-fighter-invitation']);
    const trail = buildTrail(model, direct[0]!);
    const event = model.eventById.get('demir-fighter-invitation')!;
    // Every quote is the dataset's, verbatim, and the invitation's own evidence is all there.
    const text = model.dataset.texts[event.evidence[0]!.doc]!;
    for (const q of trail.steps[0]!.quotes) expect(text.slice(q.start, q.end)).toBe(q.quote);
    for (const ev of event.evidence) expect(trail.steps[0]!.quotes.map((q) => q.quote)).toContain(ev.quote);
    const md = trailToMarkdown(model, trail, 'en');
    expect(md).toContain('# Evidence trail: Pakistan → Azerbaijan');
    expect(md).toContain(`«${event.evidence[0]!.quote}»`);
    expect(trailToText(model, trail, 'fa')).toContain('پاکستان');
  });

  it('finds Karim Valiyev\'s neighbourhood at depth 1: his events, their participants and his relations', () => {
    const hood = neighbourhood(sub, ['karim-valiyev'], 1);
    const expected = new Set(['karim-valiyev']);
    for (const e of model.dataset.events)
      if (e.participants.some((p) => p.entity === 'karim-valiyev')) {
        expected.add(e.id);
        for (const p of e.participants) expected.add(p.entity);
        if (e.place) expected.add(e.place);
      }
    for (const r of model.dataset.relations)
      if (r.source === 'karim-valiyev' || r.target === 'karim-valiyev') expected.add(r.source).add(r.target);
    expect(sorted(hood.nodes)).toEqual(sorted(expected));
  });

  it('ranks Turkey first by degree on the actor graph (tied with Azerbaijan, 18 actors each)', () => {
    const degree = projectionDegree(buildProjection(sub));
    const max = Math.max(...degree.values());
    expect(degree.get('turkey')).toBe(max);
    expect([...degree].filter(([, d]) => d === max).map(([id]) => id).sort()).toEqual(['azerbaijan', 'turkey']);
  });

  it('computes betweenness, PageRank and Louvain communities with graphology', () => {
    const graph = toGraphology(buildProjection(sub));
    const bet = centrality(graph, 'betweenness');
    const pr = centrality(graph, 'pagerank');
    expect(Object.keys(bet)).toHaveLength(graph.order);
    expect(Object.values(pr).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    // Isolated bookkeeping nodes (the citation chain) have no betweenness; Turkey, a hub, has some.
    expect(bet['turkey']).toBeGreaterThan(0);
    expect(bet['azertac']).toBe(0);
    const groups = rankCommunities(communities(graph));
    expect(Object.keys(groups)).toHaveLength(graph.order);
    // The citation chain (Aran News → Fars → AzerTac) is its own component, so its own community.
    expect(groups['aran-news']).toBe(groups['fars']);
    expect(groups['aran-news']).not.toBe(groups['turkey']);
    expect(communities(graph)).toEqual(communities(graph));
  });

  it('keeps the main component only, and filters by minimum degree', () => {
    const main = mainComponent(sub);
    expect(main.has('turkey')).toBe(true);
    expect(main.has('aran-news')).toBe(false);
    const filtered = applyTopology(sub, { minDegree: 9, mainOnly: false });
    const degree = projectionDegree(buildProjection(sub));
    for (const id of filtered.nodes) if (model.nodeById.get(id)?.type === 'entity') expect(degree.get(id)).toBeGreaterThanOrEqual(9);
    expect(filtered.nodes.has('turkey')).toBe(true);
    expect(filtered.nodes.has('ankara')).toBe(false);
  });
});

describe('shortest paths by bidirectional search', () => {
  it('agree with a plain breadth-first search on the article, for every pair of actors', async () => {
    const { stepDistances, shortestDistances, stepsFrom } = await import('./paths');
    const model = buildGraphModel(loadAllDatasets('data'));
    const sub = buildSubgraph(model, computeVisibility(model, EMPTY_FILTERS, NO_TIME_FILTER));
    const actors = model.dataset.entities.map((e) => e.id);
    let compared = 0;
    for (const a of actors) {
      const plain = stepDistances(sub, a);
      for (const b of actors) {
        if (a === b) continue;
        const found = shortestDistances(sub, a, b);
        expect(found?.length ?? null, `${a} → ${b}`).toBe(plain.get(b) ?? null);
        if (found) {
          // Every shortest path found this way is a real one: as many as the plain search allows.
          const r = findPaths(sub, a, b, 1);
          for (const p of r.paths) expect(p.steps.length).toBe(found.length);
          // As many as a count over the plain search's levels (steps through each fact counted).
          const count = new Map<string, number>([[a, 1]]);
          const byLevel = [...plain].sort((x, y) => x[1] - y[1]);
          for (const [id, d] of byLevel)
            for (const step of stepsFrom(sub, id))
              if (plain.get(step.to) === d + 1) count.set(step.to, (count.get(step.to) ?? 0) + (count.get(id) ?? 0));
          if (!r.truncated) expect(r.paths.length, `${a} → ${b}`).toBe(count.get(b));
        }
        compared++;
      }
    }
    expect(compared).toBe(actors.length * (actors.length - 1));
  });
});
