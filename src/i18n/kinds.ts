// Display names of kinds and roles, in both languages. Unknown roles fall back to the raw text.
import type { Lang } from './strings';

// A Map, not an object: a role is free text, and `constructor` must not find Object's.
const KIND_NAMES = new Map<string, [string, string]>(Object.entries({
  country: ['Country', 'کشور'],
  person: ['Person', 'شخص'],
  organisation: ['Organisation', 'سازمان'],
  media: ['Media outlet', 'رسانه'],
  place: ['Place', 'مکان'],
  weapon: ['Weapon system', 'سامانه تسلیحاتی'],
  group: ['Group', 'گروه'],
  meeting: ['Meeting', 'دیدار'],
  agreement: ['Agreement', 'توافق'],
  conflict: ['Conflict', 'نبرد'],
  exercise: ['Exercise', 'رزمایش'],
  arrest: ['Arrest', 'دستگیری'],
  statement: ['Statement', 'اظهارات'],
  invitation: ['Invitation', 'دعوت'],
  support: ['Support', 'حمایت'],
  delivery: ['Delivery', 'ارسال'],
  cooperation: ['Cooperation', 'همکاری'],
  diplomatic_process: ['Diplomatic process', 'روند دیپلماتیک'],
  member_of: ['member of', 'عضو'],
  leads: ['leads', 'رهبری'],
  part_of: ['part of', 'بخشی از'],
  located_in: ['located in', 'واقع در'],
  supports: ['supports', 'حمایت از'],
  opposes: ['opposes', 'مخالف'],
  cites: ['cites', 'به نقل از'],
  develops: ['develops', 'توسعه'],
  supplies: ['supplies', 'تأمین'],
  affiliated_with: ['affiliated with', 'وابسته به'],
  happened: ['happened', 'رخ داده'],
  ongoing: ['ongoing', 'در جریان'],
  planned: ['planned', 'برنامه‌ریزی‌شده'],
  place_role: ['place', 'مکان'],
} satisfies Record<string, [string, string]>));

export function kindName(kind: string, lang: Lang): string {
  const names = KIND_NAMES.get(kind);
  if (!names) return kind.replaceAll('_', ' ');
  return lang === 'fa' ? names[1] : names[0];
}
