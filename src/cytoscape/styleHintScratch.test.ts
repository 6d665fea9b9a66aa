import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildStylesheet } from '../graph/style';
import { shareStyleHintScratch } from './styleHintScratch';

const KEYS = ['styleKey', 'labelDimsKey', 'labelKey', 'labelStyleKey', 'nodeKey', 'hasPie', 'sourceLabelKey', 'sourceLabelStyleKey', 'targetLabelKey', 'targetLabelStyleKey'] as const;
const priv = (ele: unknown) => Reflect.get(ele as object, '_private') as Record<string, unknown>;

function graph(): ElementDefinition[] {
  const defs: ElementDefinition[] = [];
  const kinds = ['person', 'organization', 'country'];
  for (let i = 0; i < 60; i++)
    defs.push({ group: 'nodes', data: { id: `n${i}`, label: `Node ${i}`, labelFa: `گره ${i}`, country: i % 3 ? 'IR' : 'TR' }, classes: i % 7 === 0 ? 'event meeting' : `entity ${kinds[i % 3]}` });
  for (let i = 1; i < 60; i++)
    defs.push({ group: 'edges', data: { id: `e${i}`, label: `rel ${i}`, labelFa: `رابطه ${i}`, source: `n${i}`, target: `n${(i * 7) % i}`, origins: (i % 4) + 1, weight: 1 + (i % 4) }, classes: i % 2 ? 'relation' : 'participation' });
  return defs;
}

function make(patched: boolean, lang: 'en' | 'fa' = 'en'): Core {
  const colours = new Map([['IR', '#2a9d8f'], ['TR', '#e76f51']]);
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(colours, lang, true) });
  if (patched) expect(shareStyleHintScratch(cy)).toBe(true);
  cy.add(graph());
  return cy;
}

/** Every element's cache keys, computed (pstyle makes Cytoscape apply the style). */
function keys(cy: Core): Record<string, unknown>[] {
  return cy.elements().map((ele) => {
    (ele as unknown as { pstyle(name: string): unknown }).pstyle('label');
    const p = priv(ele);
    return Object.fromEntries(KEYS.map((k) => [k, p[k]]));
  });
}

describe('shareStyleHintScratch', () => {
  it('gives every element the same style keys as Cytoscape alone, through class and style changes', () => {
    const plain = make(false);
    const shared = make(true);
    expect(keys(shared)).toEqual(keys(plain));
    expect(keys(plain).some((k) => k.styleKey !== keys(plain)[0]?.styleKey)).toBe(true); // the keys differ between elements
    for (const cy of [plain, shared]) {
      cy.$('#n3, #n4, #e5').addClass('highlighted');
      cy.$('#n10').addClass('chosen');
      cy.elements().filter((_e, i) => i % 5 === 0).addClass('faded');
      cy.style().fromJson(buildStylesheet(new Map([['IR', '#000000']]), 'fa', true)).update();
    }
    expect(keys(shared)).toEqual(keys(plain));
  });

  it('leaves one scratch object for all elements instead of one per element', () => {
    const plain = make(false);
    const shared = make(true);
    keys(plain);
    keys(shared);
    const scratchOf = (cy: Core) => new Set(cy.elements().map((ele) => priv(ele).styleKeys));
    expect(scratchOf(plain).size).toBe(plain.elements().length);
    expect(scratchOf(shared).size).toBe(1);
  });

  it('changes nothing where the internals it relies on are missing', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const style = cy.style() as unknown as { updateStyleHints?: unknown };
    const own = Object.getPrototypeOf(style) as { updateStyleHints?: unknown };
    const saved = own.updateStyleHints;
    delete own.updateStyleHints;
    try {
      expect(shareStyleHintScratch(cy)).toBe(false);
      expect(Object.hasOwn(style, 'updateStyleHints')).toBe(false);
    } finally {
      own.updateStyleHints = saved;
    }
    expect(shareStyleHintScratch(cy)).toBe(true);
    expect(shareStyleHintScratch(cy)).toBe(true); // once only
  });
});
