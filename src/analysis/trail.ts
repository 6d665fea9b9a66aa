// The evidence trail: a path read as a chain of sourced steps. Each step says which fact joins the
// two actors, their roles in it, its date in both calendars, and the verbatim quotes (Persian, with
// their translations) and documents behind it. Everything comes from the dataset; what a curator
// inferred (a fact, a date) is marked inferred with its basis. Pure: no React, no cytoscape.
import { describeDate } from '../domain/dates';
import type { Evidence } from '../domain/schema';
import type { GraphModel } from '../graph/model';
import { kindName } from '../i18n/kinds';
import type { Lang } from '../i18n/strings';
import type { Path } from './paths';

export interface TrailQuote extends Evidence {
  docTitle: { en: string; fa: string };
}

export interface TrailStep {
  from: string;
  to: string;
  fact: string;
  factType: 'event' | 'relation';
  kind: string;
  label: { en: string; fa: string };
  /** The two actors' roles in an event (undefined for a relation). */
  roleFrom?: { en: string; fa?: string };
  roleTo?: { en: string; fa?: string };
  date: { en: string; fa: string } | null;
  /** Basis of what was inferred in this step (the fact or its date), else null. */
  inferred: string | null;
  quotes: TrailQuote[];
}

export interface Trail {
  from: string;
  to: string;
  steps: TrailStep[];
}

const quoteKey = (ev: Evidence) => `${ev.doc}:${ev.start}:${ev.end}`;

function withDocs(model: GraphModel, evidence: Evidence[], seen: Set<string>): TrailQuote[] {
  const out: TrailQuote[] = [];
  for (const ev of evidence) {
    const key = quoteKey(ev);
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = model.dataset.documents.find((d) => d.id === ev.doc);
    out.push({ ...ev, docTitle: doc ? { en: doc.title.en, fa: doc.title.fa } : { en: ev.doc, fa: ev.doc } });
  }
  return out;
}

export function buildTrail(model: GraphModel, path: Path): Trail {
  const steps: TrailStep[] = path.steps.map((step) => {
    const event = model.eventById.get(step.fact);
    const seen = new Set<string>();
    if (event) {
      const pFrom = event.participants.find((p) => p.entity === step.from);
      const pTo = event.participants.find((p) => p.entity === step.to);
      const role = (p: typeof pFrom, id: string) =>
        p ? { en: p.role, fa: p.roleFa } : event.place === id ? { en: 'place', fa: kindName('place_role', 'fa') } : undefined;
      // The quotes naming each participant in its role come first, then the event's own.
      const quotes = withDocs(model, [...(pFrom?.evidence ?? []), ...(pTo?.evidence ?? []), ...event.evidence], seen);
      const inferred = [event.inferred?.basis, event.date.certainty === 'inferred' ? event.date.basis : undefined].filter(Boolean).join(' ');
      return {
        from: step.from,
        to: step.to,
        fact: step.fact,
        factType: 'event' as const,
        kind: event.kind,
        label: { en: event.label.en, fa: event.label.fa },
        roleFrom: role(pFrom, step.from),
        roleTo: role(pTo, step.to),
        date: { en: describeDate(event.date, 'en'), fa: describeDate(event.date, 'fa') },
        inferred: inferred || null,
        quotes,
      };
    }
    const relation = model.relationById.get(step.fact);
    if (!relation) throw new Error(`no fact ${step.fact} in the dataset`);
    const inferred = [relation.inferred?.basis, relation.date?.certainty === 'inferred' ? relation.date.basis : undefined].filter(Boolean).join(' ');
    // A relation read against the path's direction keeps its own direction in the label.
    const forward = relation.source === step.from;
    const en = relation.label ?? kindName(relation.kind, 'en');
    const fa = relation.labelFa ?? kindName(relation.kind, 'fa');
    return {
      from: step.from,
      to: step.to,
      fact: step.fact,
      factType: 'relation' as const,
      kind: relation.kind,
      label: forward ? { en, fa } : { en: `(reverse) ${en}`, fa: `(وارونه) ${fa}` },
      date: relation.date ? { en: describeDate(relation.date, 'en'), fa: describeDate(relation.date, 'fa') } : null,
      inferred: inferred || null,
      quotes: withDocs(model, relation.evidence, seen),
    };
  });
  return { from: path.nodes[0] ?? '', to: path.nodes[path.nodes.length - 1] ?? '', steps };
}

const name = (model: GraphModel, id: string, lang: Lang) => {
  const node = model.nodeById.get(id);
  return node ? (lang === 'fa' ? node.nameFa : node.nameEn) : id;
};

const WORDS = {
  en: { title: 'Evidence trail', step: 'Step', via: 'via', role: 'as', date: 'Date', undated: 'no date', inferred: 'Inferred', doc: 'Document', translation: 'Translation' },
  fa: { title: 'ردّ شواهد', step: 'گام', via: 'از راه', role: 'در نقش', date: 'تاریخ', undated: 'بی‌تاریخ', inferred: 'استنباطی', doc: 'سند', translation: 'ترجمه' },
} as const;

function stepHead(model: GraphModel, step: TrailStep, lang: Lang): string {
  const w = WORDS[lang];
  const role = (r: TrailStep['roleFrom']) => (r ? ` (${w.role} ${lang === 'fa' ? (r.fa ?? r.en) : r.en})` : '');
  return `${name(model, step.from, lang)}${role(step.roleFrom)} — ${step.label[lang]} [${kindName(step.kind, lang)}] — ${name(model, step.to, lang)}${role(step.roleTo)}`;
}

/** The trail as Markdown: a heading, one numbered item per step, quotes as block quotes. */
export function trailToMarkdown(model: GraphModel, trail: Trail, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`# ${w.title}: ${name(model, trail.from, lang)} → ${name(model, trail.to, lang)}`, ''];
  trail.steps.forEach((step, i) => {
    lines.push(`${i + 1}. **${stepHead(model, step, lang)}**`);
    lines.push(`   - ${w.date}: ${step.date ? step.date[lang] : w.undated}`);
    if (step.inferred) lines.push(`   - ${w.inferred}: ${step.inferred}`);
    for (const q of step.quotes) {
      lines.push('', `   > «${q.quote}»`, `   >`, `   > ${w.translation}: ${q.translation}`, `   >`, `   > — ${w.doc}: ${q.docTitle[lang]} [${q.start}–${q.end}]`);
    }
    lines.push('');
  });
  return lines.join('\n');
}

/** The trail as plain text for the clipboard. */
export function trailToText(model: GraphModel, trail: Trail, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [`${w.title}: ${name(model, trail.from, lang)} → ${name(model, trail.to, lang)}`];
  trail.steps.forEach((step, i) => {
    lines.push('', `${i + 1}. ${stepHead(model, step, lang)}`, `   ${w.date}: ${step.date ? step.date[lang] : w.undated}`);
    if (step.inferred) lines.push(`   ${w.inferred}: ${step.inferred}`);
    for (const q of step.quotes) lines.push(`   «${q.quote}»`, `   ${w.translation}: ${q.translation}`, `   ${w.doc}: ${q.docTitle[lang]}`);
  });
  return lines.join('\n');
}
