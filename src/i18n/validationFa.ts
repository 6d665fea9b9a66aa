// The validator's messages (data:check's words, src/domain/validate.ts and schema.ts) in Persian,
// for the curation workbench's Persian interface. The validator itself stays in English: its
// messages are also what data:check prints. A message without a rendering here is shown in
// English, marked lang="en" (Field.tsx).
import { toPersianDigits } from '../domain/persian';

const PRECISION: Record<string, string> = { day: 'روز', month: 'ماه', year: 'سال', range: 'بازه', unknown: 'نامعلوم' };
const TYPES: Record<string, string> = {
  'a string': 'متن',
  'a number': 'عدد',
  'a whole number': 'عدد درست',
  'a list': 'فهرست',
  'an object': 'شیء',
  'true or false': 'درست یا نادرست',
};
const digits = (s: string) => toPersianDigits(s);

const EXACT: Record<string, string> = {
  'expected a non-empty string': 'متنی ناتهی لازم است',
  'expected a date as YYYY, YYYY-MM or YYYY-MM-DD': 'تاریخی به شکل YYYY، YYYY-MM یا YYYY-MM-DD لازم است',
  'expected an end not before the start': 'پایان نباید پیش از آغاز باشد',
  'expected a basis for an inferred date': 'تاریخ استنباطی مبنایی لازم دارد',
  'expected a start date for a range': 'بازه تاریخ آغاز لازم دارد',
  'expected an end date for a range': 'بازه تاریخ پایان لازم دارد',
  'expected at least one piece of evidence': 'دست‌کم یک شاهد لازم است',
  'expected at least one participant': 'دست‌کم یک شرکت‌کننده لازم است',
  'expected at least one quote naming this participant in this role': 'دست‌کم یک نقل‌قول لازم است که این شرکت‌کننده را در این نقش نام ببرد',
  'expected a finite number': 'عددی متناهی لازم است',
};

const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^expected a value for (\w+) precision$/, (m) => `برای دقتِ «${PRECISION[m[1]!] ?? m[1]}» مقدار تاریخ لازم است`],
  [/^expected a value of (\w+) precision$/, (m) => `مقدار تاریخ باید به دقتِ «${PRECISION[m[1]!] ?? m[1]}» باشد`],
  [/^expected (.+), but the field is missing$/, (m) => (TYPES[m[1]!] ? `این فیلد خالی است؛ ${TYPES[m[1]!]} لازم است` : '')],
  [/^expected at least (\d+) character\(s\)$/, (m) => `دست‌کم ${digits(m[1]!)} نویسه لازم است`],
  [/^expected at most (\d+) characters$/, (m) => `حداکثر ${digits(m[1]!)} نویسه`],
  [/^expected at least (\d+) item\(s\)$/, (m) => `دست‌کم ${digits(m[1]!)} مورد لازم است`],
  [/^expected a year from (-?\d+) to (\d+)$/, (m) => `سالی از ${digits(m[1]!)} تا ${digits(m[2]!)} لازم است`],
  [/^expected one of (.+)$/, (m) => `یکی از این‌ها لازم است: ${m[1]}`],
  [/^expected (.+)$/, (m) => (TYPES[m[1]!] ? `${TYPES[m[1]!]} لازم است` : '')],
];

/** The Persian for one of the validator's messages, or null when there is none. */
export function validationMessageFa(message: string): string | null {
  const exact = EXACT[message];
  if (exact) return exact;
  for (const [pattern, render] of PATTERNS) {
    const m = message.match(pattern);
    if (m) return render(m) || null;
  }
  return null;
}
