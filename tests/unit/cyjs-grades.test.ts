// The cyjs export keeps grades: a fact's information credibility (the curator's in the workspace,
// else the data's) and each cited document's source reliability come back through the importer,
// and so give the same Admiralty grade per fact after the round trip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllDatasets } from '../../scripts/lib/load-all';
import { factGrades, NO_GRADES, sourceKey, type Grades } from '../../src/domain/grades';
import { importInto, type ImportFile } from '../../src/domain/import';
import type { Dataset } from '../../src/domain/schema';
import { serialise } from '../../src/graph/formats';
import { buildGraphModel } from '../../src/graph/model';

const real = loadAllDatasets('data');
const documentFiles: ImportFile[] = ['document.json', 'source.txt'].map((name) => ({ name, text: readFileSync(join('data/aran-news-baku', name), 'utf8') }));

function roundTrip(dataset: Dataset, grades: Grades): Dataset {
  const [file] = serialise(buildGraphModel(dataset), 'cyjs', undefined, undefined, undefined, grades);
  const result = importInto(null, [{ name: 'kavosh-graph.cyjs', text: file!.content }, ...documentFiles]);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.dataset;
}

describe('cyjs round trip of grades', () => {
  const doc = real.documents[0]!;
  const grades: Grades = {
    reliability: { [sourceKey(doc)]: 'B' },
    credibility: { 'baku-intelligence-meeting': 2, turkey: 1, [real.relations[0]!.id]: 3 },
  };

  it('brings back the curator’s grades as the facts’ and the document’s own', () => {
    const back = roundTrip(real, grades);
    expect(back.events.find((e) => e.id === 'baku-intelligence-meeting')?.credibility).toBe(2);
    expect(back.entities.find((e) => e.id === 'turkey')?.credibility).toBe(1);
    expect(back.relations[0]?.credibility).toBe(3);
    expect(back.documents[0]?.reliability).toBe('B');
    // Every fact's grade is the same after the trip (read without the workspace's grades).
    expect(factGrades(back, NO_GRADES)).toEqual(factGrades(real, grades));
    expect(factGrades(back, NO_GRADES).get('baku-intelligence-meeting')).toBe('B2');
  });

  it('keeps grades curated in the data, and adds none where there were none', () => {
    const curated: Dataset = {
      ...real,
      documents: [{ ...doc, reliability: 'C' }],
      events: real.events.map((e) => (e.id === 'second-karabakh-war' ? { ...e, credibility: 4 } : e)),
    };
    const back = roundTrip(curated, NO_GRADES);
    expect(back.events.find((e) => e.id === 'second-karabakh-war')?.credibility).toBe(4);
    expect(back.documents[0]?.reliability).toBe('C');
    expect(back.events.filter((e) => e.credibility !== undefined).map((e) => e.id)).toEqual(['second-karabakh-war']);
    expect(roundTrip(real, NO_GRADES)).toEqual(real);
  });
});
