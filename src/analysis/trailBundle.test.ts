// The evidence trail in the exported bundle: written with the view's facts, read back from the
// JSON against the facts of the same bundle, equal to the trail the panel shows (and so to its
// Markdown), and refused when it says anything the data does not.
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { readBundle } from '../domain/bundle';
import { computeVisibility, EMPTY_FILTERS, NO_TIME_FILTER } from '../graph/filter';
import { bundleOfView } from '../graph/formats';
import { buildGraphModel } from '../graph/model';
import { findPaths } from './paths';
import { buildSubgraph } from './subgraph';
import { buildTrail, trailToMarkdown, type Trail } from './trail';
import { readTrail } from './trailBundle';

const model = buildGraphModel(loadAllDatasets('data'));
const all = computeVisibility(model, EMPTY_FILTERS, NO_TIME_FILTER);
const paths = (from: string, to: string, k: number) => findPaths(buildSubgraph(model, all), from, to, k).paths;
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Writes the bundle as the export menu does, parses the file, and reads the trail back. */
function roundTrip(trail: Trail | undefined, visible = all) {
  const file = JSON.parse(JSON.stringify(bundleOfView(model, visible, trail), null, 2)) as Record<string, unknown>;
  const read = readBundle('b.json', file);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('; '));
  return { file, back: buildGraphModel(read.dataset) };
}

describe('the evidence trail in the bundle', () => {
  it('reads back the Pakistan → Azerbaijan trail exactly, Markdown included, in both languages', () => {
    const [path] = paths('pakistan', 'azerbaijan', 1);
    const trail = buildTrail(model, path!);
    expect(trail.steps.map((s) => s.fact)).toEqual(['demir-fighter-invitation']);
    const { file, back } = roundTrip(trail);
    const read = readTrail(file.trail, back);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.trail).toEqual(trail);
    for (const lang of ['en', 'fa'] as const) expect(trailToMarkdown(back, read.trail, lang)).toBe(trailToMarkdown(model, trail, lang));
    // The quotes in the file are the data's own, verbatim slices of the document's text.
    const quotes = (file.trail as Trail).steps.flatMap((s) => s.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(model.dataset.texts[q.doc]!.slice(q.start, q.end)).toBe(q.quote);
  });

  it('reads back a trail of several steps', () => {
    const long = paths('pakistan', 'karim-valiyev', 3).find((p) => p.steps.length >= 2);
    expect(long).toBeDefined();
    const trail = buildTrail(model, long!);
    const { file, back } = roundTrip(trail);
    const read = readTrail(file.trail, back);
    expect(read.ok && read.trail).toEqual(trail);
  });

  it('carries no trail without a path, nor when the view left out a fact of it', () => {
    expect('trail' in roundTrip(undefined).file).toBe(false);
    const trail = buildTrail(model, paths('pakistan', 'azerbaijan', 1)[0]!);
    const hidden = { nodes: new Set([...all.nodes].filter((id) => id !== 'demir-fighter-invitation')), edges: all.edges };
    expect('trail' in roundTrip(trail, hidden).file).toBe(false);
  });

  it('refuses a trail that says what the data does not', () => {
    const trail = buildTrail(model, paths('pakistan', 'azerbaijan', 1)[0]!);
    const { file, back } = roundTrip(trail);
    const edited = clone(file.trail) as Trail;
    edited.steps[0]!.quotes[0]!.translation = 'Something nobody wrote.';
    expect(readTrail(edited, back)).toEqual({ ok: false, issues: ['trail.steps[0]: differs from what the data says of "demir-fighter-invitation"'] });
    const wrongFact = clone(file.trail) as Trail;
    const other = model.dataset.events.find((e) => !e.participants.some((p) => p.entity === 'pakistan'))!;
    wrongFact.steps[0]!.fact = other.id;
    expect(readTrail(wrongFact, back).ok).toBe(false);
    const broken = clone(file.trail) as Trail;
    broken.to = 'turkey';
    expect(readTrail(broken, back).ok).toBe(false);
    expect(readTrail({ from: 'pakistan' }, back).ok).toBe(false);
  });
});
