// `npm run export` as a command: misuse is one line and exit 2, nothing to export is one line and
// exit 1 with no file written, and a dataset with no cached layout gets one computed (the app's
// fcose) and kept for the next run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutPositions } from '../../scripts/lib/layout-positions';
import { readDataset } from '../../scripts/lib/read-dataset';
import { buildGraphModel } from '../../src/graph/model';
import { cli } from './cli';

const dir = mkdtempSync(join(tmpdir(), 'kavosh-export-cli-'));
const CLI_TIMEOUT = 120_000;

function run(...args: string[]) {
  const r = spawnSync(...cli('export', ...args), { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe('export misuse', () => {
  it(
    'an unknown option is one usage line, exit 2, no stack trace',
    () => {
      const r = run('--bogus');
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr).toContain("export: Unknown option '--bogus'");
      expect(r.stderr).toContain('usage: npm run export -- --format');
      expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    },
    CLI_TIMEOUT,
  );

  it(
    'a missing --out is one usage line, exit 2',
    () => {
      const r = run('--format', 'gexf');
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toEqual([expect.stringContaining('export: --out FILE is required')]);
    },
    CLI_TIMEOUT,
  );

  it(
    'an empty folder is "no dataset", exit 2 as in data:check, and writes nothing',
    () => {
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      const out = join(dir, 'empty-out.csv');
      const r = run('--data', empty, '--format', 'csv', '--out', out);
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(new RegExp(`^export: no dataset \\(a folder with facts\\.json\\) under ${empty}; nothing exported \\(usage: `))]);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(join(dir, 'empty-out-nodes.csv'))).toBe(false);
    },
    CLI_TIMEOUT,
  );

  it(
    'a missing folder is one line, exit 2',
    () => {
      const r = run('--data', join(dir, 'nowhere'), '--out', join(dir, 'x.cyjs'));
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toEqual([expect.stringContaining(`export: no such folder: ${join(dir, 'nowhere')} (usage: `)]);
    },
    CLI_TIMEOUT,
  );
});

describe('positions for a dataset without a cached layout', () => {
  it(
    'are computed with the app\'s layout, kept in the cache, and read back from it',
    async () => {
      const result = readDataset('tests/fixtures/second-article');
      if (!result.ok) throw new Error('the second-article fixture must be valid');
      const model = buildGraphModel(result.dataset);
      const cache = join(dir, 'cache', 'layouts.json');
      const first = await layoutPositions(model, ['tests/fixtures/second-article'], cache);
      expect(first.from).toContain('computed now');
      for (const node of model.nodes) {
        const p = first.positions.get(node.id);
        expect(p && Number.isFinite(p[0]) && Number.isFinite(p[1]), node.id).toBe(true);
      }
      // Not all on one spot: the layout ran.
      expect(new Set([...first.positions.values()].map((p) => p.join(','))).size).toBe(model.nodes.length);
      expect(Object.values(JSON.parse(readFileSync(cache, 'utf8')))).toEqual([Object.fromEntries(first.positions)]);
      const second = await layoutPositions(model, ['tests/fixtures/second-article'], cache);
      expect(second.from).toBe(cache);
      expect(second.positions).toEqual(first.positions);
    },
    CLI_TIMEOUT,
  );
});
