// Time slices: a slice stops once its budget is spent (never before its first unit), and the
// budget follows what the page can spare.
import { HURRY_SLICE_MS, IDLE_SLICE_MAX_MS, runSlice, sliceBudget, TIMEOUT_SLICE_MS } from './slices';

function* units(n: number, clock: { t: number }, cost: number) {
  for (let i = 0; i < n; i++) {
    clock.t += cost;
    yield i;
  }
}

describe('runSlice', () => {
  it('runs units until the budget is spent, then resumes where it stopped', () => {
    const clock = { t: 0 };
    const work = units(10, clock, 3);
    const now = () => clock.t;
    expect(runSlice(work, 10, now)).toBe(false);
    expect(clock.t).toBe(12); // 4 units: the slice ends at the first check past its budget
    expect(runSlice(work, 10, now)).toBe(false);
    expect(clock.t).toBe(24);
    expect(runSlice(work, 100, now)).toBe(true);
    expect(clock.t).toBe(30);
  });

  it('always runs one unit, even with no budget', () => {
    const clock = { t: 0 };
    const work = units(3, clock, 50);
    expect(runSlice(work, 0, () => clock.t)).toBe(false);
    expect(clock.t).toBe(50);
  });
});

describe('sliceBudget', () => {
  it('uses most of a frame when hurried, the idle time offered otherwise, a little on a timeout', () => {
    expect(sliceBudget(true, null)).toBe(HURRY_SLICE_MS);
    expect(sliceBudget(true, 49)).toBe(HURRY_SLICE_MS);
    expect(sliceBudget(false, 12)).toBe(11);
    expect(sliceBudget(false, 500)).toBe(IDLE_SLICE_MAX_MS);
    expect(sliceBudget(false, null)).toBe(TIMEOUT_SLICE_MS);
    expect(sliceBudget(false, 0)).toBe(TIMEOUT_SLICE_MS);
  });
});
