// Strings for reaching the app on every screen and with every hand: skip links, the graph's
// keyboard, the phone tab bar, play speed, and the Persian fallbacks. English and Persian, the
// same keys (src/i18n/strings.test.ts checks).
import { toPersianDigits } from '../domain/persian';
import type { Lang } from './strings';
import { useApp } from '../store/store';

export const REACH_STRINGS = {
  en: {
    speed: 'Play speed',
    slow: 'Slow',
    normal: 'Normal',
    fast: 'Fast',
    skipLinks: 'Skip links',
    skipToGraph: 'Skip to the graph',
    skipToDetails: 'Skip to the details',
    skipToTimeline: 'Skip to the timeline',
    skipToCurate: 'Skip to Curate (add an article)',
    graphKeys: 'Graph. Arrow keys move to the nearest node in that direction, Enter selects it, + and − zoom, Escape clears the selection, the context-menu key or Shift+F10 opens the node’s actions.',
    focused: (name: string, kind: string, n: number) => `${name}, ${kind}, ${n} connection${n === 1 ? '' : 's'}`,
    views: 'Views',
    graphView: 'Graph',
    detailsView: 'Details',
    timelineView: 'Timeline',
    articleView: 'Article',
    tableView: 'Table',
    filtersOpen: 'Filters',
    filtersClose: 'Close filters',
    englishOnly: 'English',
    showEnglish: 'English',
    hideEnglish: 'Hide English',
    sentenceEnglish: 'English translation of this sentence',
    factHere: 'Fact in this passage',
    openDetails: 'Open in Details',
    undatedScroll: (shown: number, total: number) => `${shown} of ${total} visible, scroll for more`,
  },
  fa: {
    speed: 'سرعت پخش',
    slow: 'آهسته',
    normal: 'عادی',
    fast: 'تند',
    skipLinks: 'پیوندهای پرش',
    skipToGraph: 'پرش به گراف',
    skipToDetails: 'پرش به جزئیات',
    skipToTimeline: 'پرش به خط زمان',
    skipToCurate: 'پرش به گردآوری (افزودن خبر)',
    graphKeys: 'گراف. کلیدهای جهت به نزدیک‌ترین گره در آن سو می‌روند، کلید اینتر آن را برمی‌گزیند، + و − بزرگ‌نمایی می‌کنند، کلید اِسکیپ انتخاب را لغو می‌کند، کلید منو یا شیفت+اف۱۰ کارهای گره را باز می‌کند.',
    focused: (name: string, kind: string, n: number) => `${name}، ${kind}، ${toPersianDigits(String(n))} پیوند`,
    views: 'نماها',
    graphView: 'گراف',
    detailsView: 'جزئیات',
    timelineView: 'خط زمان',
    articleView: 'متن خبر',
    tableView: 'جدول',
    filtersOpen: 'پالایه‌ها',
    filtersClose: 'بستن پالایه‌ها',
    englishOnly: 'انگلیسی',
    showEnglish: 'انگلیسی',
    hideEnglish: 'پنهان کردن انگلیسی',
    sentenceEnglish: 'ترجمهٔ انگلیسی این جمله',
    factHere: 'واقعیت این بخش',
    openDetails: 'باز کردن در جزئیات',
    undatedScroll: (shown: number, total: number) => `${toPersianDigits(String(shown))} از ${toPersianDigits(String(total))} پیداست، برای بقیه بلغزانید`,
  },
} as const;

export type ReachStrings = (typeof REACH_STRINGS)[Lang];

/** This module's strings in the current language. */
export function useReach(): ReachStrings {
  return REACH_STRINGS[useApp((s) => s.lang)];
}
