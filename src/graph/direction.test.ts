import { arrowDirection, moveFocus, nearestInDirection, type Point } from './direction';

const p = (id: string, x: number, y: number): Point => ({ id, x, y });
const from = p('o', 0, 0);
const all = [from, p('r', 100, 0), p('rFar', 300, 10), p('side', 40, 90), p('l', -50, 5), p('u', 5, -80), p('d', -10, 60)];

describe('nearestInDirection', () => {
  it('finds the nearest node each way on screen, straight ahead before far to the side', () => {
    expect(nearestInDirection(from, all, 'right')).toBe('r');
    expect(nearestInDirection(from, all, 'left')).toBe('l');
    expect(nearestInDirection(from, all, 'up')).toBe('u');
    expect(nearestInDirection(from, all, 'down')).toBe('d'); // 'side' is lower but mostly sideways
  });

  it('returns null when nothing lies that way, and never the node itself', () => {
    expect(nearestInDirection(from, [from, p('r', 100, 0)], 'left')).toBeNull();
    expect(nearestInDirection(from, [from], 'right')).toBeNull();
  });

  it('follows a neighbour when one lies that way, else the nearest node', () => {
    expect(moveFocus(from, [p('rFar', 300, 10)], all, 'right')).toBe('rFar');
    expect(moveFocus(from, [p('rFar', 300, 10)], all, 'up')).toBe('u');
  });

  it('maps arrow keys to directions', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(arrowDirection)).toEqual(['left', 'right', 'up', 'down', null]);
  });
});
