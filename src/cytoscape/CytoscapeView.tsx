// react-cytoscapejs with two changes. Props are compared by identity, so a re-render (language,
// layout choice) never walks every element the way the default shallow diff does; the elements
// are built once per dataset anyway. And `webgl` creates the instance with Cytoscape's WebGL
// renderer (3.31+, experimental), which react-cytoscapejs has no option for.
import type { ComponentProps } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import Cytoscape, { type Core } from 'cytoscape';

type Props = ComponentProps<typeof CytoscapeComponent>;

const identityDiff = (a: unknown, b: unknown) => a !== b;

interface Internals {
  _cy: Core;
  containerRef: { current: HTMLElement | null };
  props: Props;
  updateCytoscape(prev: Props | null, next: Props): void;
}

/** The same component, mounted with `renderer: { name: 'canvas', webgl: true }`. */
class WebglCytoscapeComponent extends CytoscapeComponent {
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

export function CytoscapeView({ webgl = false, ...props }: Props & { webgl?: boolean }) {
  const Component = webgl ? WebglCytoscapeComponent : CytoscapeComponent;
  return <Component {...props} diff={identityDiff} />;
}
