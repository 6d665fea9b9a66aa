import { describe, expect, it } from 'vitest';
import { emptyLayersProblem, hideWhileEmpty } from './emptyLayers';

/** A stand-in 2D context that records the calls reaching it. */
function fakeLayer() {
  const calls: string[] = [];
  let identity = true;
  const context = {
    clearRect: (...a: number[]) => calls.push(`clearRect ${a.join(',')}`),
    fill: () => calls.push('fill'),
    stroke: () => calls.push('stroke'),
    fillRect: () => calls.push('fillRect'),
    strokeRect: () => calls.push('strokeRect'),
    fillText: () => calls.push('fillText'),
    strokeText: () => calls.push('strokeText'),
    drawImage: () => calls.push('drawImage'),
    putImageData: () => calls.push('putImageData'),
    getTransform: () => ({ isIdentity: identity }),
  } as Record<string, unknown> & { clearRect(x: number, y: number, w: number, h: number): void; getTransform(): { isIdentity: boolean } };
  const canvas = { width: 100, height: 50, style: { visibility: '' } };
  return { calls, context, canvas, setIdentity: (on: boolean) => (identity = on) };
}

const call = (ctx: Record<string, unknown>, name: string, ...args: number[]) => (ctx[name] as (...a: number[]) => void)(...args);

describe('hideWhileEmpty', () => {
  it('hides an empty layer and drops its clears', () => {
    const l = fakeLayer();
    hideWhileEmpty(l);
    expect(l.canvas.style.visibility).toBe('hidden');
    call(l.context, 'clearRect', 0, 0, 100, 50);
    call(l.context, 'clearRect', 0, 0, 100, 50);
    expect(l.calls).toEqual([]);
  });

  it('shows the layer at its first drawing call, and hides it again after a whole clear', () => {
    const l = fakeLayer();
    hideWhileEmpty(l);
    call(l.context, 'fill');
    expect(l.canvas.style.visibility).toBe('');
    // A partial clear (or one under a transform) may leave pixels: the layer stays shown.
    call(l.context, 'clearRect', 10, 10, 20, 20);
    expect(l.canvas.style.visibility).toBe('');
    l.setIdentity(false);
    call(l.context, 'clearRect', 0, 0, 100, 50);
    expect(l.canvas.style.visibility).toBe('');
    l.setIdentity(true);
    call(l.context, 'clearRect', 0, 0, 100, 50);
    expect(l.canvas.style.visibility).toBe('hidden');
    call(l.context, 'clearRect', 0, 0, 100, 50);
    expect(l.calls).toEqual(['fill', 'clearRect 10,10,20,20', 'clearRect 0,0,100,50', 'clearRect 0,0,100,50']);
    for (const name of ['stroke', 'fillRect', 'strokeRect', 'fillText', 'strokeText', 'drawImage', 'putImageData']) {
      call(l.context, 'clearRect', 0, 0, 100, 50);
      expect(l.canvas.style.visibility).toBe('hidden');
      call(l.context, name);
      expect(l.canvas.style.visibility, name).toBe('');
    }
  });

  it('puts the context back and shows the canvas when undone', () => {
    const l = fakeLayer();
    const before = l.context.clearRect;
    const undo = hideWhileEmpty(l);
    expect(l.context.clearRect).not.toBe(before);
    undo();
    expect(l.context.clearRect).toBe(before);
    expect(l.canvas.style.visibility).toBe('');
    call(l.context, 'clearRect', 0, 0, 100, 50);
    expect(l.calls).toEqual(['clearRect 0,0,100,50']);
  });
});

describe('emptyLayersProblem', () => {
  it('names a renderer it does not know', () => {
    expect(emptyLayersProblem(undefined)).toBe('no renderer');
    expect(emptyLayersProblem({ webgl: {} })).toBe('WebGL renderer');
    expect(emptyLayersProblem({ data: {} })).toBe('no layer indices');
    expect(emptyLayersProblem({ SELECT_BOX: 0, DRAG: 1, data: { canvases: [], contexts: [] } })).toBe('no canvas layers');
  });
});
