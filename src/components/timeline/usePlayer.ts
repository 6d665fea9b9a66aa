// "Play": steps a window across the domain; stops at the end, on pause and on unmount.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Calendar, TimeSpan } from '../../domain/dates';
import * as TL from '../../graph/timeline';
import { appStore } from '../../store/store';

const FRAME_MS = 320; // one step of "play"

export function usePlayer(domain: TimeSpan | null, calendar: Calendar) {
  const [playing, setPlaying] = useState(false);
  const timer = useRef<number | null>(null);
  const stop = useCallback(() => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    setPlaying(false);
  }, []);
  const play = useCallback(() => {
    if (!domain) return;
    const frames = TL.playFrames(domain, appStore.getState().time.window, calendar);
    const show = (i: number) => appStore.getState().setWindow(TL.windowFromBrush(frames[i]!, domain));
    let i = 0;
    show(0);
    if (frames.length < 2) return;
    setPlaying(true);
    timer.current = window.setInterval(() => {
      i += 1;
      if (i < frames.length) show(i);
      if (i >= frames.length - 1) stop();
    }, FRAME_MS);
  }, [domain, calendar, stop]);
  useEffect(() => stop, [stop]);
  return { playing, play, stop };
}
