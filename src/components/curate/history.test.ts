import { describe, expect, it } from 'vitest';
import { record, redo, undo, type History } from './history';

describe('draft history', () => {
  it('undoes and redoes at least 50 steps in order', () => {
    let h: History<number> = { present: 0, past: [], future: [] };
    for (let i = 1; i <= 60; i++) h = record(h, i);
    for (let i = 0; i < 55; i++) h = undo(h);
    expect(h.present).toBe(5);
    for (let i = 0; i < 3; i++) h = redo(h);
    expect(h.present).toBe(8);
  });
  it('drops the redo list on a new change and bounds the past', () => {
    let h: History<number> = { present: 0, past: [], future: [] };
    for (let i = 1; i <= 5; i++) h = record(h, i, 3);
    expect(h.past).toEqual([2, 3, 4]);
    h = record(undo(h), 9, 3);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });
});
