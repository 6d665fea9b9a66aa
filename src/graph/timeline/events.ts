// Which events the timeline can place, and how: a period on the axis or the undated lane; solid
// for a date the text states, hatched and dashed otherwise. Pure.
import { dateSpan, type TimeSpan } from '../../domain/dates';
import type { FuzzyDate } from '../../domain/schema';

/** How a bar is drawn: solid for a date the text states, hatched and dashed otherwise. */
export type DateStyle = 'stated' | 'inferred' | 'uncertain';

export interface TimelineEvent {
  id: string;
  kind: string;
  date: FuzzyDate;
}

export interface DatedItem {
  id: string;
  kind: string;
  span: TimeSpan;
  precision: FuzzyDate['precision'];
  style: DateStyle;
}

export interface UndatedItem {
  id: string;
  kind: string;
  /** The phrase as stated ("روز سهشنبه"), when the text gives one it cannot be resolved from. */
  stated?: string;
  /** True when the text dates it only relative to the (unknown) publication date. */
  relative: boolean;
}

export function dateStyle(date: FuzzyDate): DateStyle {
  return date.certainty === 'stated' ? 'stated' : date.certainty === 'inferred' ? 'inferred' : 'uncertain';
}

/** Splits events into those with a period on the axis and the undated lane; neither is dropped. */
export function classifyEvents(events: readonly TimelineEvent[]): { dated: DatedItem[]; undated: UndatedItem[] } {
  const dated: DatedItem[] = [];
  const undated: UndatedItem[] = [];
  for (const { id, kind, date } of events) {
    const span = dateSpan(date);
    if (span) dated.push({ id, kind, span, precision: date.precision, style: dateStyle(date) });
    else {
      const stated = date.stated?.trim() || undefined;
      undated.push({ id, kind, ...(stated ? { stated } : {}), relative: stated !== undefined });
    }
  }
  return { dated, undated };
}
