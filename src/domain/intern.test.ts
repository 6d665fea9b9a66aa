import { getHeapSnapshot } from 'node:v8';
import { internFacts, stringTable } from './intern';

/**
 * How many strings in this process's heap read exactly `text` (a heap snapshot, which collects
 * garbage first). Equal strings are indistinguishable in JavaScript; only the heap tells copies apart.
 */
async function copiesInHeap(...texts: string[]): Promise<number[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk as Buffer);
  const snapshot = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const targets = texts.map((text) => snapshot.strings.indexOf(text));
  const copies = texts.map(() => 0);
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt] as number] ?? '';
    const k = type.endsWith('string') ? targets.indexOf(snapshot.nodes[i + nameAt] as number) : -1;
    if (k >= 0) copies[k] = (copies[k] as number) + 1;
  }
  return copies;
}

/** Facts as JSON text, every quote and role the same `quote` / `role`, as a parsed file has them. */
function factsText(quote: string, role: string, events: number): string {
  const evidence = { doc: 'd1', quote, start: 0, end: quote.length, translation: 'the same sentence' };
  const event = (i: number) => ({
    id: `ev-${i}`,
    kind: 'meeting',
    status: 'reported',
    date: { stated: 'yesterday', precision: 'unknown', certainty: 'unknown' },
    evidence: [evidence],
    participants: [{ entity: 'e-1', role, roleFa: 'میزبان', evidence: [evidence] }],
  });
  return JSON.stringify({ entities: [], events: Array.from({ length: events }, (_, i) => event(i)), relations: [] });
}

describe('internFacts', () => {
  it('leaves one copy of a quote and a role that JSON.parse read many times', async () => {
    // Made at run time, so no constant of this source holds them.
    const quote = `A quote said ${Math.random().toString(36).slice(2)} times over.`;
    const role = `host-${Math.random().toString(36).slice(2)}`;
    const text = factsText(quote, role, 5);
    const [quotes = 0, roles = 0] = await copiesInHeap(quote, role); // the two held here
    const facts = JSON.parse(text) as Parameters<typeof internFacts>[0];
    // Five events, each quoting it once itself and once for its participant.
    expect(await copiesInHeap(quote, role)).toEqual([quotes + 10, roles + 5]);
    internFacts(facts);
    expect(await copiesInHeap(quote, role)).toEqual([quotes + 1, roles + 1]);
    // Nothing a reader sees changes.
    expect(JSON.stringify(facts)).toBe(text);
  }, 60_000);

  it('stringTable gives back the first string equal to the one asked about', () => {
    const one = stringTable();
    expect(one('a')).toBe('a');
    expect(one(['a', 'b'].join(''))).toBe('ab');
    expect(one('ab')).toBe('ab');
  });
});
