// "Play": steps a window across the domain; stops at the end, on pause and on unmount. The speed
// can change while playing (the next step uses it).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Calendar, TimeSpan } from '../../domain/dates';
import * as TL from '../../graph/timeline';
import { appStore } from '../../store/store';

/** Frames per second of each speed; "normal" plays the article's five years in about eight seconds. */
export const SPEEDS = { slow: 3, normal: 6, fast: 12 } as const;
export type Speed = keyof typeof SPEEDS;

export function usePlayer(domain: TimeSpan | null, calendar: Calendar) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeedState] = useState<Speed>('normal');
  const speedRef = useRef<Speed>('normal');
  const setSpeed = useCallback((next: Speed) => {
    speedRef.current = next;
    setSpeedState(next);
  }, []);
  const timer = useRef<number | null>(null);
  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    setPlaying(false);
  }, []);
  const play = useCallback(() => {
    if (!domain) return;
    const frames = TL.playFrames(domain, appStore.getState().time.window, calendar);
    const show = (i: number) => appStore.getState().setWindow(TL.windowFromBrush(frames[i]!, domain));
    show(0);
    if (frames.length < 2) return;
    setPlaying(true);
    const step = (i: number) => {
      timer.current = window.setTimeout(() => {
        show(i);
        if (i >= frames.length - 1) stop();
        else step(i + 1);
      }, 1000 / SPEEDS[speedRef.current]);
    };
    step(1);
  }, [domain, calendar, stop]);
  useEffect(() => stop, [stop]);
  return { playing, play, stop, speed, setSpeed };
}
