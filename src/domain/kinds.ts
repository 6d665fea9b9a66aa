// The vocabularies of the data model and the date check, without zod: the app's first screen
// (filters, URL reader, dates) needs these, while zod is only loaded with the validator.

export const ENTITY_KINDS = [
  'country',
  'person',
  'organisation',
  'media',
  'place',
  'weapon',
  'group',
] as const;

export const EVENT_KINDS = [
  'meeting',
  'agreement',
  'conflict',
  'exercise',
  'arrest',
  'statement',
  'invitation',
  'support',
  'delivery',
  'cooperation',
  'diplomatic_process',
] as const;

export const RELATION_KINDS = [
  'member_of',
  'leads',
  'part_of',
  'located_in',
  'supports',
  'opposes',
  'cites',
  'develops',
  'supplies',
  'affiliated_with',
] as const;

export const DATE_PRECISIONS = ['day', 'month', 'year', 'range', 'unknown'] as const;
export const CERTAINTIES = ['stated', 'inferred', 'unknown'] as const;
export const EVENT_STATUSES = ['happened', 'ongoing', 'planned'] as const;

/** ISO calendar date, year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD), checked for a real day. */
/**
 * The years a date may name, in the schema and in links. Wide enough for history, and inside what
 * both calendars handle (the Solar Hijri era starts in 622 CE, so year 0001 has no Persian date)
 * and what the timeline can step through without freezing.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

/** Whether an ISO date's year (its first four digits) is within MIN_YEAR–MAX_YEAR. */
export function isSupportedYear(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (m === undefined) return true;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}
