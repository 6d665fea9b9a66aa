// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { PanelBoundary } from './PanelBoundary';

function Broken(): never {
  throw new Error('boom in the panel');
}

describe('PanelBoundary', () => {
  it('contains a failing panel, says what happened, and leaves its siblings working', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <PanelBoundary name="broken">
          <Broken />
        </PanelBoundary>
        <PanelBoundary name="fine">
          <p>still here</p>
        </PanelBoundary>
      </div>,
    );
    expect(screen.getByRole('alert').textContent).toContain('boom in the panel');
    expect(screen.getByText('still here')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('alert').textContent).toContain('boom in the panel');
    spy.mockRestore();
  });
});
