// The strings of the header's "Curate" button: on the first screen, so apart from the workbench's.
import type { Lang } from './strings';

export const CURATE_ENTRY_STRINGS = {
  en: { open: 'Curate', openLabel: 'Open the curation workbench: turn an article into quote-anchored facts' },
  fa: { open: 'گردآوری', openLabel: 'باز کردن میز گردآوری: تبدیل یک خبر به واقعیت‌هایی با نقل‌قول' },
} satisfies Record<Lang, Record<string, string>>;
