// Hostile data, round two, in Chromium: what the validator lets through draws exactly the model
// (an id of `constructor`, prototype names as roles and phrases), a bad or missing layout cache is
// a notice, a missing folder is said to be missing, a BOM changes nothing, dates at the ends of the
// supported years play in Persian, link windows are read as whole days, imported names cannot
// reorder the app's own messages, and the preview server sends the full security policy.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/bench/server';
import { openApp, recordTexts, waitForGraph, type AppPage } from './browser';

const MINI = 'tests/fixtures/mini';
const miniFacts = () => JSON.parse(readFileSync(join(MINI, 'facts.json'), 'utf8')) as {
  entities: Array<{ id: string; country?: string }>;
  events: Array<{ id: string; participants: Array<{ entity: string; role: string }>; place?: string; date: unknown }>;
  relations: Array<{ source: string; target: string }>;
};

let app: AppPage | undefined;
let server: StaticServer | undefined;
let root = '';

afterEach(async () => {
  await app?.close();
  app = undefined;
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kavosh-hostile-'));
  // ctor/: Karim Valiyev is "constructor", a role is "constructor", a stated phrase "__proto__",
  // the dates sit at both ends of the supported years, and layout.json does not parse.
  const ctor = join(root, 'ctor');
  cpSync(MINI, ctor, { recursive: true });
  const facts = miniFacts();
  const rename = (id: string) => (id === 'valiyev' ? 'constructor' : id);
  for (const e of facts.entities) e.id = rename(e.id);
  for (const e of facts.events) for (const p of e.participants) p.entity = rename(p.entity);
  facts.events[0]!.participants[1]!.role = 'constructor';
  facts.events[0]!.date = { precision: 'day', value: '1000-01-01', certainty: 'stated' };
  facts.events[1]!.date = { precision: 'day', value: '2999-12-31', certainty: 'stated' };
  writeFileSync(join(ctor, 'facts.json'), JSON.stringify(facts));
  writeFileSync(join(ctor, 'layout.json'), '{"version": 1, "positions": {');
  // proto/: the mini dataset with a stated phrase of "__proto__" and coordinates of ±1e308.
  const proto = join(root, 'proto');
  cpSync(MINI, proto, { recursive: true });
  const f2 = miniFacts();
  f2.events[0]!.date = { stated: '__proto__', precision: 'unknown', certainty: 'unknown' };
  writeFileSync(join(proto, 'facts.json'), JSON.stringify(f2));
  const ids = [...f2.entities.map((e) => e.id), ...f2.events.map((e) => e.id)];
  writeFileSync(join(proto, 'layout.json'), JSON.stringify({ version: 1, positions: Object.fromEntries(ids.map((id, i) => [id, [i % 2 ? 1e308 : -1e308, 1e308]])) }));
  cpSync('tests/fixtures/hostile-bom', join(root, 'bom'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  server = await serveStatic('dist', root);
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const notice = (a: AppPage) => a.page.locator('.notice').textContent();

describe('hostile data in Chromium', () => {
  it('an id and a role of "constructor" are drawn; an unparsable layout is a notice; dates at the range ends play in Persian', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${server!.url}?data=bench-data/ctor/&layout=layout.json&lang=fa`);
    await waitForGraph(page);
    const drawn = await page.evaluate(() => {
      const { cy, store } = window.kavosh!;
      const model = store.getState().model!;
      const sorted = (xs: string[]) => [...xs].sort();
      return {
        same: JSON.stringify(sorted(cy!.nodes().map((n) => n.id()))) === JSON.stringify(sorted(model.nodes.map((n) => n.id))) &&
          JSON.stringify(sorted(cy!.edges().map((e) => e.id()))) === JSON.stringify(sorted(model.edges.map((e) => e.id))),
        ctorEdges: cy!.getElementById('constructor').connectedEdges().length,
        roleFa: cy!.edges().filter((e) => e.data('kind') === 'constructor').map((e) => e.data('labelFa') as string),
      };
    });
    expect(drawn).toEqual({ same: true, ctorEdges: 2, roleFa: ['constructor'] });
    await expect.poll(() => notice(app!)).toContain('layout.json');
    // Play in the Persian interface walks from 1000 to 2999 without an error.
    await page.locator('.tl-play').click();
    await expect.poll(() => page.evaluate(() => window.kavosh!.store.getState().time.window !== null)).toBe(true);
    await page.locator('.tl-play').click();
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('a stated phrase of "__proto__" shows in the fact table; absurd cached coordinates are a notice and the graph is on screen', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${server!.url}?data=bench-data/proto/&layout=layout.json`);
    await waitForGraph(page);
    await expect.poll(() => notice(app!)).toContain('±10000000');
    const onScreen = await page.evaluate(() => {
      const cy = window.kavosh!.cy!;
      const box = cy.extent();
      return cy.nodes().toArray().every((n) => {
        const p = n.position();
        return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
      });
    });
    expect(onScreen).toBe(true);
    await page.getByRole('tab', { name: 'Fact table' }).click();
    await expect.poll(() => page.locator('.fact-table').textContent()).toContain('“__proto__”');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('a source text with a BOM loads; a missing layout file is a notice; a missing or empty folder is said to be missing', async () => {
    app = await openApp('', undefined, { waitForGraph: false });
    const { page } = app;
    await page.goto(`${server!.url}?data=bench-data/bom/&layout=nothing.json`);
    await waitForGraph(page);
    await expect.poll(() => notice(app!)).toContain('nothing.json');
    // vite preview answers a missing file with index.html: that is "missing", not a JSON error.
    for (const folder of ['no-such-folder/', 'bench-data/empty/']) {
      await page.goto(`${inject('baseUrl')}?data=${folder}`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('expected a dataset folder (document.json and facts.json), but there is none');
      expect(await alert.textContent()).not.toContain('Unexpected token');
    }
    // Failed fetches of a missing folder are logged by Chromium as resource errors: nothing else.
    expect(app.problems.filter((p) => !/Failed to load resource|404/.test(p)), app.problems.join('\n')).toEqual([]);
  });

  it('a link window of milliseconds is read as whole days and announced', async () => {
    app = await openApp('?t=0~1');
    const { page } = app;
    await expect.poll(() => notice(app!)).toContain('read as whole days');
    expect(await page.evaluate(() => window.kavosh!.store.getState().time.window)).toEqual({ start: 0, end: 86_400_000 });
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('an unbalanced right-to-left override in a title stays inside it in the import message', async () => {
    app = await openApp();
    const { page } = app;
    const doc = JSON.parse(readFileSync(join(MINI, 'document.json'), 'utf8')) as { title: { en: string } };
    doc.title.en = '\u202ETest';
    const statuses = await recordTexts(page, 'import-status');
    await page.getByTestId('import-input').setInputFiles([
      { name: 'document.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) },
      { name: 'facts.json', mimeType: 'application/json', buffer: readFileSync(join(MINI, 'facts.json')) },
      { name: 'source.txt', mimeType: 'text/plain', buffer: readFileSync(join(MINI, 'source.txt')) },
    ]);
    await expect.poll(async () => (await statuses()).join('\n')).toContain('Imported “\u2068\u202ETest\u2069”: ');
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });

  it('vite preview sends the full policy as headers, and the page runs with no violation', async () => {
    const response = await fetch(inject('baseUrl'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(readFileSync('dist/_headers', 'utf8')).toContain(`Content-Security-Policy: ${csp}`);
    // Mounting the graph inserts Cytoscape's stylesheet: allowed by its hash, no violation.
    app = await openApp();
    expect(await app.page.evaluate(() => document.getElementById('__________cytoscape_stylesheet') !== null)).toBe(true);
    expect(app.problems, app.problems.join('\n')).toEqual([]);
  });
});
