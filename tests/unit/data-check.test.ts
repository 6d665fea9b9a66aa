// Each broken fixture breaks exactly one rule; the validator must name the file, the JSON path and
// the rule. The real data and the mini fixture must pass. The CLI's exit code is checked too.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readAnyDataset, readDataset } from '../../scripts/lib/read-dataset';
import { formatIssue } from '../../src/domain/validate';

const fixtures = join(__dirname, '..', 'fixtures');

const expectations: Array<[string, string, string, RegExp]> = [
  ['unknown-kind', 'facts.json', 'entities[2].kind', /expected one of "country"/],
  ['duplicate-id', 'facts.json', 'relations[0].id', /"meeting" is also used at events\[0\]\.id/],
  ['dangling-reference', 'facts.json', 'events[0].participants[1].entity', /no entity has id "gunaydin"/],
  ['quote-mismatch', 'facts.json', 'events[1].evidence[0].quote', /text\.slice\(51, 95\)/],
  ['offsets-out-of-range', 'facts.json', 'entities[0].evidence[0].end', /start 90, end 500/],
  ['sha256-mismatch', 'document.json', 'sha256', /source\.txt hashes to [0-9a-f]{64}/],
  ['bad-date', 'facts.json', 'events[1].date.value', /YYYY, YYYY-MM or YYYY-MM-DD/],
  ['inferred-date-without-basis', 'facts.json', 'events[1].date.basis', /basis for an inferred date/],
  ['missing-evidence', 'facts.json', 'entities[1].evidence', /at least one piece of evidence/],
  ['missing-text', 'document.json', 'textFile', /source text file "source\.txt"/],
  ['invalid-json', 'facts.json', '', /valid JSON/],
  ['unknown-key', 'facts.json', 'entities[0]', /unexpected key\(s\) "quote"/],
  ['participation-without-evidence', 'facts.json', 'events[0].participants[1].evidence', /expected a list, but the field is missing/],
  ['event-without-short-label', 'facts.json', 'events[1].shortLabel', /expected an object, but the field is missing/],
  ['role-without-persian-form', 'facts.json', 'events[0].participants[0].roleFa', /expected a string, but the field is missing/],
  ['bad-grade', 'facts.json', 'events[0].credibility', /information credibility 1–6 \(Admiralty scale\), got 7/],
  ['citation-cycle', 'document.json', 'citationChain[2]', /without cycles, but "Agency A \(again\)" is also citationChain\[0\]/],
  ['short-label-too-long', 'facts.json', 'events[0].shortLabel.en', /at most 4 words, got 7/],
  ['relation-label-without-persian-form', 'facts.json', 'relations[0].labelFa', /Persian form of the label "capital"/],
  ['description-without-persian-form', 'facts.json', 'entities[2].descriptionFa', /Persian form of the description/],
  // A workspace bundle (the made-up second and third fixtures) whose dispute names a document it lacks.
  ['dispute-inconsistent', 'bundle.json', 'workspace.disputes[0].claims[1].docs[0]', /expected a document the bundle holds, but "test-fourth-article" is not one of "test-second-article", "test-third-article"/],
];

describe('data:check on broken fixtures', () => {
  it.each(expectations)('%s is refused with file, path and message', (name, file, path, message) => {
    const result = readAnyDataset(join(fixtures, 'broken', name), fixtures);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    const match = issues.find((i) => i.file === join('broken', name, file) && i.path === path);
    expect(match, issues.map(formatIssue).join('\n')).toBeDefined();
    expect(match?.message).toMatch(message);
  });

  it('covers every broken fixture folder', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(fixtures, 'broken')).sort()).toEqual(expectations.map(([n]) => n).sort());
  });

  it('accepts the mini fixture and the real data', () => {
    expect(readDataset(join(fixtures, 'mini')).ok).toBe(true);
    const real = readDataset(join(__dirname, '..', '..', 'data', 'aran-news-baku'));
    expect(real.ok ? [] : real.issues.map(formatIssue)).toEqual([]);
  });

  it('the CLI exits non-zero and prints the message for a broken dataset, zero for a good one', () => {
    const run = (dir: string) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/data-check.ts', dir], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { code: e.status, out: e.stderr };
      }
    };
    const bad = run('tests/fixtures/broken/dangling-reference');
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('tests/fixtures/broken/dangling-reference/facts.json at events[0].participants[1].entity');
    expect(run('tests/fixtures/mini').code).toBe(0);
    const dispute = run('tests/fixtures/broken/dispute-inconsistent');
    expect(dispute.code).toBe(1);
    expect(dispute.out).toContain('bundle.json at workspace.disputes[0].claims[1].docs[0]: expected a document the bundle holds');
  });
});
