// Panel strings in English and Persian, beside the shared ones in strings.ts. Every table has
// the same keys in both languages; src/i18n/strings.test.ts fails when one is missing.
import { toPersianDigits } from '../domain/persian';
import type { ImportSummary } from '../domain/import';
import { isolate } from './isolate';
import type { Lang } from './strings';

export const ARTICLE_STRINGS = {
  en: {
    noFact: 'no fact',
    noFactWhy: 'No fact anchored in this sentence',
    legend: 'Highlight colours',
    relation: 'Relation',
    actor: 'Actor, place or thing named',
    more: (n: number) => `, and ${n} more here (click again)`,
    document: 'Document',
    citing: 'citing',
    sourcePage: 'source page',
    noText: 'This document has no text loaded.',
  },
  fa: {
    noFact: 'بی‌واقعیت',
    noFactWhy: 'در این جمله واقعیتی ثبت نشده است',
    legend: 'رنگ‌ها',
    relation: 'رابطه',
    actor: 'کنشگر، مکان یا چیز نام‌برده',
    more: (n: number) => `، و ${toPersianDigits(String(n))} مورد دیگر (دوباره بزنید)`,
    document: 'سند',
    citing: 'به نقل از',
    sourcePage: 'صفحهٔ منبع',
    noText: 'متن این سند بارگذاری نشده است.',
  },
} as const;

export const FACT_TABLE_STRINGS = {
  en: {
    search: 'Search facts',
    placeholder: 'Search facts… (e.g. Baku, گفتوگو)',
    shown: (n: string, total: string) => `${n} of ${total} facts`,
    noMatch: 'No fact matches the search and filters.',
    sortBy: (col: string) => `Sort by ${col}`,
    hint: 'Arrow keys move between rows; Enter selects the fact in the graph.',
    place: 'Place',
  },
  fa: {
    search: 'جست‌وجوی واقعیت‌ها',
    placeholder: 'جست‌وجو… (مثلاً باکو، گفت‌وگو)',
    shown: (n: string, total: string) => `${n} از ${total} واقعیت`,
    noMatch: 'هیچ واقعیتی با این جست‌وجو و پالایه‌ها جور نیست.',
    sortBy: (col: string) => `مرتب‌سازی بر اساس ${col}`,
    hint: 'با کلیدهای جهت‌نما میان ردیف‌ها بروید؛ کلید اینتر واقعیت را در گراف برمی‌گزیند.',
    place: 'مکان',
  },
} as const;

export type ExportStringKey =
  | 'png'
  | 'png2x'
  | 'svg'
  | 'cyjs'
  | 'graphml'
  | 'gexf'
  | 'csvNodes'
  | 'csvEdges'
  | 'json'
  | 'menu'
  | 'hint'
  | 'saved'
  | 'savedScaled'
  | 'failed'
  | 'noGraph'
  | 'tooLarge';

export const EXPORT_STRINGS: Record<Lang, Record<ExportStringKey, string>> = {
  en: {
    menu: 'Export',
    hint: 'Exports the graph as shown: filters and the time window apply.',
    png: 'PNG image',
    png2x: 'PNG image (2×)',
    svg: 'SVG drawing',
    cyjs: 'Cytoscape JSON (.cyjs)',
    graphml: 'GraphML (yEd, Gephi)',
    gexf: 'GEXF with timeline (Gephi)',
    csvNodes: 'CSV: nodes',
    csvEdges: 'CSV: edges',
    json: 'Kavosh bundle (.json)',
    saved: 'Saved {name}',
    savedScaled: 'Saved {name}, scaled down to {percent}% ({width} × {height} px): the browser cannot draw a larger image',
    failed: 'Export failed: {msg}',
    noGraph: 'the graph is not drawn yet',
    tooLarge: 'the graph is too large for the browser to draw as an image; export SVG instead',
  },
  fa: {
    menu: 'خروجی',
    hint: 'گراف همان‌گونه که دیده می‌شود: پالایه‌ها و بازهٔ زمانی اعمال می‌شوند.',
    png: 'تصویر PNG',
    png2x: 'تصویر PNG (دو برابر)',
    svg: 'تصویر برداری SVG',
    // File extensions in an isolate (LRI … PDI): in a right-to-left line "(.cyjs)" would show as "(cyjs.)".
    cyjs: 'JSON سایتواسکیپ \u2066(.cyjs)\u2069',
    graphml: 'GraphML (yEd، Gephi)',
    gexf: 'GEXF با خط زمان (Gephi)',
    csvNodes: 'CSV: گره‌ها',
    csvEdges: 'CSV: یال‌ها',
    json: 'بستهٔ کاوش \u2066(.json)\u2069',
    saved: '{name} ذخیره شد',
    savedScaled: '{name} ذخیره شد، کوچک‌شده به {percent}٪ ({width} × {height} پیکسل): مرورگر تصویر بزرگ‌تری نمی‌کشد',
    failed: 'خروجی ناموفق بود: {msg}',
    noGraph: 'گراف هنوز رسم نشده است',
    tooLarge: 'گراف برای کشیدن به‌صورت تصویر در مرورگر بیش از حد بزرگ است؛ به‌جای آن SVG بگیرید',
  },
};

export const IMPORT_STRINGS = {
  en: {
    button: 'Import…',
    // The name starts with the visible words (WCAG 2.5.3, label in name).
    buttonLabel: 'Import…: a Kavosh bundle, or document.json, facts.json and the source text',
    drop: 'Drop a Kavosh bundle (.json), or document.json + facts.json + the source text, to add it to the graph',
    reading: 'Reading and checking the files…',
    refused: 'Import refused: nothing was changed',
    problems: (n: string) => `${n} problem(s). Fix them and import again.`,
    more: (n: string) => `…and ${n} more.`,
    file: 'File',
    path: 'Path',
    rule: 'Rule',
    message: 'Problem',
    close: 'Close',
    done: (s: ImportSummary, n: (x: number) => string) => {
      const count = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;
      return (
        `Imported ${s.documents.map((d) => `“${isolate(d.title.en)}”`).join(', ') || 'the files'}: ${count(s.newEntities, 'new entity', 'new entities')}, ` +
        `${n(s.mergedEntities)} merged with existing ones, ${count(s.newEvents, 'new event', 'new events')}, ${count(s.newRelations, 'new relation', 'new relations')}` +
        `${s.conflicts.length > 0 ? `; ${count(s.conflicts.length, 'fact was', 'facts were')} already present` : ''}.`
      );
    },
  },
  fa: {
    button: 'ورود داده…',
    buttonLabel: 'ورود داده…: بستهٔ کاوش، یا document.json و facts.json و متن منبع',
    drop: 'بستهٔ کاوش (.json)، یا document.json و facts.json و متن منبع را اینجا رها کنید تا به گراف افزوده شود',
    reading: 'در حال خواندن و بررسی پرونده‌ها…',
    refused: 'ورود داده پذیرفته نشد: چیزی تغییر نکرد',
    problems: (n: string) => `${n} مشکل. آن‌ها را برطرف کنید و دوباره وارد کنید.`,
    more: (n: string) => `…و ${n} مورد دیگر.`,
    file: 'پرونده',
    path: 'مسیر',
    rule: 'قاعده',
    message: 'مشکل',
    close: 'بستن',
    done: (s: ImportSummary, n: (x: number) => string) =>
      `${s.documents.map((d) => `«${isolate(d.title.fa)}»`).join('، ') || 'پرونده‌ها'} وارد شد: ${n(s.newEntities)} موجودیت تازه، ` +
      `${n(s.mergedEntities)} موجودیت ادغام‌شده با موجودیت‌های کنونی، ${n(s.newEvents)} رویداد تازه، ${n(s.newRelations)} رابطهٔ تازه` +
      `${s.conflicts.length > 0 ? `؛ ${n(s.conflicts.length)} واقعیت از پیش موجود بود` : ''}.`,
  },
} as const;


export const TIMELINE_DENSITY_STRINGS = {
  en: {
    summary: (dated: string, period: string, shown: string) =>
      `${dated} dated events, ${period}, drawn as how many fall in each stretch of time; ${shown} of them match the filters. The fact table lists them one by one.`,
    peak: (n: string) => `peak ${n}`,
    more: (n: string) => `and ${n} more in the fact table`,
  },
  fa: {
    summary: (dated: string, period: string, shown: string) =>
      `${dated} رویداد تاریخ‌دار، ${period}، به صورت شمار رویدادها در هر بازهٔ زمانی؛ ${shown} تای آن‌ها با پالایه‌ها جورند. جدول واقعیت‌ها یکایک آن‌ها را فهرست می‌کند.`,
    peak: (n: string) => `اوج ${n}`,
    more: (n: string) => `و ${n} مورد دیگر در جدول واقعیت‌ها`,
  },
} as const;

/** The timeline's two clocks: when a fact happened, and when its documents first reported it. */
export const TIMELINE_CLOCK_STRINGS = {
  en: {
    clock: 'Clock',
    happened: 'Happened',
    reported: 'Reported',
    happenedTip: 'Happened',
    reportedTip: 'First reported',
    notReported: 'no publication date known',
    lag: (days: string) => `reported ${days} day(s) after it happened`,
    early: (days: string) => `the report's earliest possible date is ${days} day(s) before it happened`,
    sameDay: 'reported the day it happened',
  },
  fa: {
    clock: 'ساعت',
    happened: 'رخ داد',
    reported: 'گزارش شد',
    happenedTip: 'زمان رخ دادن',
    reportedTip: 'نخستین گزارش',
    notReported: 'تاریخ انتشار نامعلوم',
    lag: (days: string) => `${days} روز پس از رخ دادن گزارش شد`,
    early: (days: string) => `نخستین تاریخ ممکن گزارش ${days} روز پیش از رخ دادن است`,
    sameDay: 'همان روز رخ دادن گزارش شد',
  },
} as const;

/** Entity merges in the Details panel: what caused each, unmerge, and "possibly the same". */
export const MERGE_STRINGS = {
  en: {
    heading: 'Merges',
    mergedHere: 'Merged into this entity',
    byWikidata: (id: string) => `same Wikidata id ${id}`,
    bySameId: (id: string) => `same id "${id}" in two documents`,
    byCurator: 'merged by a curator',
    from: 'from',
    unmerge: (name: string) => `Unmerge ${name}`,
    possiblySame: 'Possibly the same as',
    notSame: (name: string) => `Not the same as ${name}`,
    other: 'Another entity',
    choose: 'Choose an entity…',
    merge: 'Merge into this one',
    markSame: 'Mark possibly the same',
  },
  fa: {
    heading: 'ادغام‌ها',
    mergedHere: 'ادغام‌شده در این موجودیت',
    byWikidata: (id: string) => `شناسهٔ ویکی‌داده یکسان ${id}`,
    bySameId: (id: string) => `شناسهٔ یکسان «${id}» در دو سند`,
    byCurator: 'ادغام به دست ویراستار',
    from: 'از',
    unmerge: (name: string) => `جدا کردن ${name}`,
    possiblySame: 'شاید همان',
    notSame: (name: string) => `همان ${name} نیست`,
    other: 'موجودیتی دیگر',
    choose: 'یک موجودیت برگزینید…',
    merge: 'ادغام در این موجودیت',
    markSame: 'نشان «شاید همان»',
  },
} as const;

export const DOCUMENTS_STRINGS = {
  en: {
    heading: 'Documents in this workspace',
    count: (n: string) => `${n} document(s)`,
    citing: 'citing',
    sourcePage: 'source page',
    published: 'Published',
    undated: 'date unknown',
    facts: (n: string) => `${n} fact(s)`,
    show: 'Show its facts',
    remove: 'Remove',
    removeLabel: (title: string) => `Remove “${title}” from the workspace`,
    removed: (n: string) => `Removed ${n} document(s) from the workspace.`,
    undo: 'Undo',
    clear: 'Clear workspace',
    exportBundle: 'Export workspace',
    exportFtm: 'Export for Aleph (FollowTheMoney)',
    exportNeo4j: 'Export for Neo4j (CSV)',
    restore: 'Restore workspace…',
    restoreLabel: 'Restore a workspace from a Kavosh bundle file (replaces this workspace; undo brings it back)',
    restoreRefused: (n: string) => `The file was not restored (${n} problem(s)); nothing was changed:`,
    restored: 'Workspace restored from the file.',
    storedIn: { indexeddb: 'Saved in this browser (IndexedDB).', memory: 'Not saved: this browser refused storage, so the workspace lives until the tab closes.', link: 'Loaded from the link (?data=); changes are not saved.' },
    storageError: (msg: string) => `Could not save the workspace: ${msg}. What was saved before is unchanged.`,
    missing: (ids: string) => `This link names documents that are not in this workspace: ${ids}. The graph shows the rest without them; import those documents to see the whole view.`,
  },
  fa: {
    heading: 'سندهای این فضای کار',
    count: (n: string) => `${n} سند`,
    citing: 'به نقل از',
    sourcePage: 'صفحهٔ منبع',
    published: 'انتشار',
    undated: 'تاریخ نامعلوم',
    facts: (n: string) => `${n} واقعیت`,
    show: 'نمایش واقعیت‌هایش',
    remove: 'حذف',
    removeLabel: (title: string) => `حذف «${title}» از فضای کار`,
    removed: (n: string) => `${n} سند از فضای کار حذف شد.`,
    undo: 'بازگردانی',
    clear: 'پاک کردن فضای کار',
    exportBundle: 'خروجی فضای کار',
    exportFtm: 'خروجی برای Aleph (FollowTheMoney)',
    exportNeo4j: 'خروجی برای Neo4j (CSV)',
    restore: 'بازیابی فضای کار…',
    restoreLabel: 'بازیابی فضای کار از پروندهٔ بستهٔ کاوش (جای این فضای کار را می‌گیرد؛ با «بازگردانی» برمی‌گردد)',
    restoreRefused: (n: string) => `پرونده بازیابی نشد (${n} مشکل)؛ چیزی تغییر نکرد:`,
    restored: 'فضای کار از پرونده بازیابی شد.',
    storedIn: { indexeddb: 'در همین مرورگر ذخیره شده است (IndexedDB).', memory: 'ذخیره نشده است: مرورگر اجازهٔ ذخیره نداد و فضای کار تا بسته شدن زبانه می‌ماند.', link: 'از پیوند (?data=) بارگذاری شده است؛ تغییرها ذخیره نمی‌شوند.' },
    storageError: (msg: string) => `فضای کار ذخیره نشد: ${msg}. آنچه پیش‌تر ذخیره شده بود دست‌نخورده است.`,
    missing: (ids: string) => `این پیوند سندهایی را نام می‌برد که در این فضای کار نیستند: ${ids}. گراف بقیه را بدون آن‌ها نشان می‌دهد؛ برای دیدن همهٔ نما آن سندها را وارد کنید.`,
  },
} as const;

export const CORROBORATION_STRINGS = {
  en: {
    summary: (docs: string, origins: string) => `Supported by ${docs} document(s) from ${origins} independent origin(s)`,
    firstReported: (date: string) => `first reported ${date}`,
    origin: 'origin',
    citing: 'citing',
    filter: 'Sources',
    atLeast: 'At least this many independent origins',
    any: 'any',
    reliability: (source: string) => `Source reliability (Admiralty A–F) of ${source}`,
    credibility: 'Information credibility of this fact (Admiralty 1–6)',
    grade: (code: string) => `Admiralty grade ${code} (source reliability, information credibility; F6 = cannot be judged)`,
    minGrade: 'Admiralty grade at least',
    ungraded: 'not graded',
    disputed: (field: string) => `Disputed ${field}: the documents disagree, both claims kept`,
    fields: { date: 'date', place: 'place', participants: 'participants', ends: 'ends' },
  },
  fa: {
    summary: (docs: string, origins: string) => `پشتیبانی‌شده با ${docs} سند از ${origins} خاستگاه مستقل`,
    firstReported: (date: string) => `نخستین گزارش ${date}`,
    origin: 'خاستگاه',
    citing: 'به نقل از',
    filter: 'منبع‌ها',
    atLeast: 'دست‌کم این شمار خاستگاه مستقل',
    any: 'هر شمار',
    reliability: (source: string) => `اعتبار منبع (مقیاس دریاداری A تا F): ${source}`,
    credibility: 'باورپذیری این واقعیت (مقیاس دریاداری ۱ تا ۶)',
    grade: (code: string) => `درجهٔ دریاداری ${code} (اعتبار منبع، باورپذیری خبر؛ F6 = داوری‌ناپذیر)`,
    minGrade: 'درجهٔ دریاداری دست‌کم',
    ungraded: 'درجه‌بندی‌نشده',
    disputed: (field: string) => `${field} مورد اختلاف: سندها هم‌داستان نیستند و هر دو ادعا نگه داشته شده است`,
    fields: { date: 'تاریخ', place: 'مکان', participants: 'طرف‌ها', ends: 'دو سر رابطه' },
  },
} as const;
