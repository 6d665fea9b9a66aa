// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { busySources } from '../settle';
import { lazyPanel } from './lazyPanel';

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
      <Suspense fallback={<p>loading</p>}>
        <Panel word="here" />
      </Suspense>,
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
          <Suspense fallback={<p>loading</p>}>
            <Panel />
          </Suspense>
        </Boundary>,
      );
      expect(busySources()).toContain('panels');
      await screen.findByText('failed: offline');
      expect(busySources()).not.toContain('panels');
    } finally {
      console.error = quiet;
    }
  });
});
