import cytoscape, { type Core } from 'cytoscape';
import CytoscapeComponent from 'react-cytoscapejs';
import { describe, expect, it } from 'vitest';
import { SafeCytoscapeComponent } from './CytoscapeView';

type Props = Record<string, unknown>;
const identity = (a: unknown, b: unknown) => a !== b;

/** The component's update path on a headless instance, without React rendering it. */
function mounted(props: Props) {
  const all = { ...(CytoscapeComponent as unknown as { defaultProps: Props }).defaultProps, diff: identity, ...props };
  const view = new SafeCytoscapeComponent(all as never) as unknown as { _cy: Core; updateCytoscape(prev: Props | null, next: Props): void };
  const cy = cytoscape({ headless: true, styleEnabled: true });
  // What the instance holds each time a stylesheet is set (through cy.style(sheet) or the style's fromJson).
  const heldAtRestyle: number[] = [];
  const style = cy.style.bind(cy) as (sheet?: unknown) => unknown;
  const watched = new WeakSet<object>();
  (cy as unknown as { style: (sheet?: unknown) => unknown }).style = (sheet?: unknown) => {
    if (sheet !== undefined) heldAtRestyle.push(cy.elements().length);
    const s = style(sheet) as { fromJson: (json: unknown) => unknown };
    if (!watched.has(s)) {
      watched.add(s);
      const fromJson = s.fromJson.bind(s);
      s.fromJson = (json: unknown) => (heldAtRestyle.push(cy.elements().length), fromJson(json));
    }
    return s;
  };
  // oxlint-disable-next-line no-underscore-dangle -- react-cytoscapejs keeps its instance there
  view._cy = cy;
  view.updateCytoscape(null, all);
  return { view, cy, heldAtRestyle, all };
}

const elements = [
  { data: { id: 'a' } },
  { data: { id: 'b' } },
  { data: { id: 'a-b', source: 'a', target: 'b' } },
];
const sheet = (colour: string) => [{ selector: 'node', style: { 'background-color': colour } }];

describe('SafeCytoscapeComponent', () => {
  it('sets the stylesheet on mount before the elements arrive, once, and the elements wear it', () => {
    const { cy, heldAtRestyle } = mounted({ elements, stylesheet: sheet('#ff0000'), minZoom: 0.01, maxZoom: 4 });
    expect(heldAtRestyle).toEqual([0]);
    expect(cy.elements()).toHaveLength(3);
    expect(cy.getElementById('a').style('background-color')).toBe('rgb(255,0,0)');
    // The other options still reach the instance.
    expect(cy.minZoom()).toBe(0.01);
    expect(cy.maxZoom()).toBe(4);
  });

  it('restyles on a new stylesheet once, and not at all when only other props change', () => {
    const { view, cy, heldAtRestyle, all } = mounted({ elements, stylesheet: sheet('#ff0000') });
    const green = { ...all, stylesheet: sheet('#00ff00') };
    view.updateCytoscape(all, green);
    expect(heldAtRestyle).toEqual([0, 3]);
    expect(cy.getElementById('b').style('background-color')).toBe('rgb(0,255,0)');
    view.updateCytoscape(green, { ...green, maxZoom: 2 });
    expect(heldAtRestyle).toEqual([0, 3]);
    expect(cy.maxZoom()).toBe(2);
  });
});
