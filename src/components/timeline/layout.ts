// The timeline's geometry constants and the small helpers every part shares: how wide the plot is,
// how long a label runs, which calendar a language reads. Pure apart from useWidth.
import { useLayoutEffect, useRef, useState } from 'react';
import { DAY_MS, type Calendar } from '../../domain/dates';
import type { Lang } from '../../i18n/strings';

export const HEIGHT = 120; // the plot's height when its lanes fit
export const TOP = 8;
export const AXIS = 22; // room under the lanes for ticks and year labels
export const PAD_X = 16; // room at both ends for the handles' grips
export const LANE_MAX = 18;
export const LANE_MIN = 8;
export const TIP_ID = 'timeline-tip';
export const HATCH_ID = 'kavosh-tl-hatch';
export const FADE_LTR = 'kavosh-tl-fade-ltr'; // gradients that fade a cut label's end
export const FADE_RTL = 'kavosh-tl-fade-rtl';
export const DEFAULT_COLOUR = '#eef0f3';
export const LABEL_MAX = 180; // px for a narrow bar's label beside it
export const UNDATED_MAX = 50; // chips in the undated lane; the fact table lists the rest
export const SUMMARY_ID = 'timeline-density-summary';

/** A rough width of a bar label at 10.5px: enough to reserve its lane space; the text is clipped to it. */
export const textPx = (text: string) => Math.ceil(text.length * 5.8) + 4;
export const labelPx = (text: string) => Math.min(LABEL_MAX, textPx(text));

export const calendarOf = (lang: Lang): Calendar => (lang === 'fa' ? 'solarHijri' : 'gregorian');
export const days = (ms: number) => Math.round(ms / DAY_MS);

/** The element's width in whole pixels, kept up to date by a ResizeObserver. */
export function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
