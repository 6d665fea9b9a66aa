import { describe, expect, it } from 'vitest';
import { eventCanvasLabel, shortenLabel } from './labels';

describe('canvas labels', () => {
  it('keeps a short title whole', () => {
    expect(shortenLabel('Turkey–Armenia normalisation')).toBe('Turkey–Armenia normalisation');
    expect(shortenLabel('Baku meeting')).toBe('Baku meeting');
  });

  it('cuts a long title at a word boundary with an ellipsis', () => {
    const out = shortenLabel('Demir invites Indonesia, Pakistan, Malaysia and Azerbaijan to join the fighter programme');
    expect(out).toBe('Demir invites Indonesia…');
    expect(out.length).toBeLessThanOrEqual(29);
  });

  it('cuts Persian text at a space too', () => {
    const out = shortenLabel('دیدار ولی‌یف و گونایدین در باکو برای رایزنی‌های نظامی', 20);
    expect(out.endsWith('…')).toBe(true);
    expect(out.slice(0, -1)).toBe('دیدار ولی‌یف و');
  });

  it('prefers the curated short label', () => {
    expect(eventCanvasLabel('Baku meeting', 'Valiyev–Güneydin meeting in Baku on military intelligence')).toBe('Baku meeting');
    expect(eventCanvasLabel(undefined, 'Turkey–Armenia normalisation')).toBe('Turkey–Armenia normalisation');
    expect(eventCanvasLabel('  ', 'Turkey–Armenia normalisation')).toBe('Turkey–Armenia normalisation');
  });
});
