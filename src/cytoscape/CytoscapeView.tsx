// react-cytoscapejs with three changes. Props are compared by identity, so a re-render (language,
// layout choice) never walks every element the way the default shallow diff does; the elements
// are built once per dataset anyway. Elements are patched by patchElements (Maps, not objects
// keyed by id, so an id such as `constructor` is drawn). And `webgl` creates the instance with
// Cytoscape's WebGL renderer (3.31+, experimental), which react-cytoscapejs has no option for.
import { useEffect, useState, type ComponentProps } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import Cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { patchElements } from './patchElements';
import { loadWebglRenderer, webglRendererLoaded } from './webglRenderer';

type Props = ComponentProps<typeof CytoscapeComponent>;

const identityDiff = (a: unknown, b: unknown) => a !== b;

interface Internals {
  _cy: Core;
  containerRef: { current: HTMLElement | null };
  props: Props;
  updateCytoscape(prev: Props | null, next: Props): void;
}

/** One empty list handed to react-cytoscapejs every time, so its own element patch never runs. */
const NO_ELEMENTS: ElementDefinition[] = [];

const asList = (elements: Props['elements'] | undefined): ElementDefinition[] =>
  elements ? (CytoscapeComponent.normalizeElements(elements) as ElementDefinition[]) : [];

/** The same component, with elements patched through Maps. */
export class SafeCytoscapeComponent extends CytoscapeComponent {
  // Not in the typings, but react-cytoscapejs calls it on mount and on every update.
  updateCytoscape(prev: Props | null, next: Props): void {
    const self = this as unknown as Internals;
    // oxlint-disable-next-line no-underscore-dangle -- react-cytoscapejs keeps its instance there
    const cy = self._cy;
    const diff = (next.diff ?? identityDiff) as (a: unknown, b: unknown) => boolean;
    // The stylesheet BEFORE the elements: react-cytoscapejs sets it after them, and a new stylesheet
    // makes Cytoscape clear and re-derive the style of every element it holds (0.7 s of a 100k
    // graph's first paint). Set first, on a mount it meets an empty graph.
    const restyle = !prev || diff(prev.stylesheet, next.stylesheet);
    // As react-cytoscapejs does it (its patchStyle): the instance keeps its style object.
    if (restyle && next.stylesheet) (cy.style() as unknown as { fromJson(json: unknown): { update(): void } }).fromJson(next.stylesheet).update();
    if (!prev || prev.elements !== next.elements) patchElements(cy, prev ? asList(prev.elements) : null, asList(next.elements), diff);
    const base = CytoscapeComponent.prototype as unknown as Internals;
    // Base sees the stylesheet as unchanged (done above) and no elements (patched above); an empty
    // `prev` on a mount still makes it set zoom, pan and the other options.
    const before = { ...(prev ?? {}), elements: NO_ELEMENTS, stylesheet: next.stylesheet } as Props;
    base.updateCytoscape.call(this, before, { ...next, elements: NO_ELEMENTS });
  }
}

/** The same component, mounted with `renderer: { name: 'canvas', webgl: true }`. */
class WebglCytoscapeComponent extends SafeCytoscapeComponent {
  override componentDidMount(): void {
    const self = this as unknown as Internals;
    const { hideEdgesOnViewport, textureOnViewport, motionBlur, wheelSensitivity, pixelRatio } = self.props;
    // The typings know neither the constructor form nor the renderer option.
    const create = Cytoscape as unknown as (options: Record<string, unknown>) => Core;
    // oxlint-disable-next-line no-underscore-dangle -- react-cytoscapejs keeps its instance there
    self._cy = create({
      container: self.containerRef.current ?? undefined,
      hideEdgesOnViewport,
      textureOnViewport,
      motionBlur,
      wheelSensitivity,
      pixelRatio: pixelRatio as number | 'auto' | undefined,
      renderer: { name: 'canvas', webgl: true },
    });
    self.updateCytoscape(null, self.props);
  }
}

type WebglState = 'loading' | 'ready' | 'failed';

/** Whether the WebGL renderer's module is there yet (it is fetched on demand, see webglRenderer.ts). */
function useWebglRenderer(wanted: boolean): WebglState {
  const [state, setState] = useState<WebglState>(() => (webglRendererLoaded() ? 'ready' : 'loading'));
  useEffect(() => {
    if (!wanted || state !== 'loading') return;
    let live = true;
    loadWebglRenderer().then(
      () => live && setState('ready'),
      (error: unknown) => {
        // A failed chunk fetch (offline, a stale deploy): draw with the canvas renderer instead.
        console.warn('Kavosh: the WebGL renderer could not be loaded; drawing with the canvas renderer.', error);
        if (live) setState('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, state]);
  return state;
}

export function CytoscapeView({ webgl = false, ...props }: Props & { webgl?: boolean }) {
  const renderer = useWebglRenderer(webgl);
  // Until the renderer's module arrives, an empty box of the same size: no instance, so the graph
  // is not reported ready and the page's settled signal keeps waiting.
  if (webgl && renderer === 'loading') return <div className={props.className} style={props.style} />;
  const Component = webgl && renderer === 'ready' ? WebglCytoscapeComponent : SafeCytoscapeComponent;
  return <Component {...props} diff={identityDiff} />;
}
