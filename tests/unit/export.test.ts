// The cyjs export loads into headless cytoscape and contains every fact of the dataset,
// with names in both languages, kind, country and evidence quotes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { loadAllDatasets } from '../../scripts/lib/load-all';

describe('npm run export -- --format cyjs', () => {
  const dataset = loadAllDatasets('data');
  const out = join(mkdtempSync(join(tmpdir(), 'kavosh-export-')), 'graph.cyjs');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', '--format', 'cyjs', '--out', out], { stdio: 'pipe' });
  const json = JSON.parse(readFileSync(out, 'utf8'));
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: json.elements });

  it('has a node for every entity and event and an edge for every relation and participant', () => {
    for (const entity of dataset.entities) expect(cy.getElementById(entity.id).isNode(), entity.id).toBe(true);
    for (const event of dataset.events) expect(cy.getElementById(event.id).isNode(), event.id).toBe(true);
    for (const relation of dataset.relations) expect(cy.getElementById(relation.id).isEdge(), relation.id).toBe(true);
    const participations = dataset.events.reduce(
      (n, e) => n + e.participants.length + (e.place && !e.participants.some((p) => p.entity === e.place) ? 1 : 0),
      0,
    );
    expect(cy.nodes().length).toBe(dataset.entities.length + dataset.events.length);
    expect(cy.edges().length).toBe(dataset.relations.length + participations);
  });

  it('carries names, kind, country and every quote verbatim', () => {
    const text = Object.values(dataset.texts)[0] ?? '';
    let quotes = 0;
    cy.elements().forEach((el) => {
      const data = el.data();
      expect(typeof data.kind).toBe('string');
      if (el.isNode()) {
        expect(data.nameEn.length).toBeGreaterThan(0);
        expect(data.nameFa.length).toBeGreaterThan(0);
        expect('country' in data).toBe(true);
      }
      expect(data.evidence.length).toBeGreaterThan(0);
      for (const ev of data.evidence) {
        expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
        quotes += 1;
      }
    });
    const datasetQuotes = [...dataset.entities, ...dataset.events, ...dataset.relations].reduce((n, f) => n + f.evidence.length, 0);
    expect(quotes).toBeGreaterThanOrEqual(datasetQuotes);
    expect(cy.getElementById('azerbaijan').data('country')).toBe('azerbaijan');
  });
});
