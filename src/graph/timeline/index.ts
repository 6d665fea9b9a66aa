// The timeline's geometry and time arithmetic, pure: which events are dated and how (style), the
// domain they span, lanes so overlapping bars don't collide, axis ticks in either calendar, and the
// brush — handle steps, pointer snapping, the window the handles make, and the frames of "play" —
// and, for corpora too big for a bar per event, the density drawn instead.
// All times are UTC epoch ms; windows are half-open [start, end) like dateSpan's periods.
//
// By concern: events.ts (dated or undated, style), calendar.ts (units, domain, scale), bars.ts
// (lanes, bars, ticks), brush.ts (brush, play, words), density.ts (many events). The two clocks
// (happened / reported) are in ../clock.ts.
export * from './events';
export * from './calendar';
export * from './bars';
export * from './brush';
export * from './density';
