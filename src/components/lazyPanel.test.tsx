// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { busySources } from '../settle';
import { lazyPanel, PanelSuspense } from './lazyPanel';

afterEach(cleanup);

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error.message}</p> : this.props.children;
  }
}

describe('lazyPanel', () => {
  it('is busy from the first render that asks for it until it is on the page', async () => {
    let arrive!: (component: (props: { word: string }) => ReactNode) => void;
    const Panel = lazyPanel<{ word: string }>('test-panel', () => new Promise((resolve) => (arrive = resolve)));
    expect(busySources()).not.toContain('panels');
    render(
      <PanelSuspense fallback={<p>loading</p>}>
        <Panel word="here" />
      </PanelSuspense>,
    );
    expect(busySources()).toContain('panels');
    await act(async () => arrive(({ word }) => <p>{word}</p>));
    await screen.findByText('here');
    expect(busySources()).not.toContain('panels');
  });

  it('is not busy after its chunk failed to load', async () => {
    const Panel = lazyPanel('failing-panel', () => Promise.reject(new Error('offline')));
    const quiet = console.error;
    console.error = () => undefined; // React reports the caught error; the boundary shows it
    try {
      render(
        <Boundary>
          <PanelSuspense fallback={<p>loading</p>}>
            <Panel />
          </PanelSuspense>
        </Boundary>,
      );
      expect(busySources()).toContain('panels');
      await screen.findByText('failed: offline');
      expect(busySources()).not.toContain('panels');
    } finally {
      console.error = quiet;
    }
  });

  // A tab switched away before its panel's chunk arrived: the panel will never be shown, so the
  // page must settle (it stayed busy for ever when "asked for, not yet shown" was counted).
  it('is not busy once a panel asked for is no longer wanted and its chunk arrived', async () => {
    let arrive!: (component: () => ReactNode) => void;
    const Panel = lazyPanel('abandoned-panel', () => new Promise<() => ReactNode>((resolve) => (arrive = resolve)));
    const { rerender } = render(
      <PanelSuspense fallback={<p>loading</p>}>
        <Panel />
      </PanelSuspense>,
    );
    expect(busySources()).toContain('panels');
    rerender(
      <PanelSuspense fallback={<p>loading</p>}>
        <p>another tab</p>
      </PanelSuspense>,
    );
    await screen.findByText('another tab');
    await act(async () => arrive(() => <p>never shown</p>));
    expect(screen.queryByText('never shown')).toBeNull();
    expect(busySources()).not.toContain('panels');
  });

  it('is busy while its fallback is on the page, whatever its chunk is doing', async () => {
    let arrive!: (component: () => ReactNode) => void;
    const Slow = lazyPanel('slow-panel', () => new Promise<() => ReactNode>((resolve) => (arrive = resolve)));
    const Fast = lazyPanel('fast-panel', () => Promise.resolve(() => <p>fast</p>));
    render(
      <PanelSuspense fallback={<p>loading</p>}>
        <Fast />
        <Slow />
      </PanelSuspense>,
    );
    await act(async () => undefined);
    expect(screen.getByText('loading')).toBeTruthy();
    expect(busySources()).toContain('panels');
    await act(async () => arrive(() => <p>slow</p>));
    await screen.findByText('slow');
    expect(screen.queryByText('loading')).toBeNull();
    expect(busySources()).not.toContain('panels');
  });
});
