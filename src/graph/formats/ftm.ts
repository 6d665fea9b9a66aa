// FollowTheMoney entities as JSON lines (one `{"id", "schema", "properties"}` per line), the
// format Aleph and `ftm` load. Built through the official @alephdata/followthemoney model, so a
// schema or property name that FtM does not know throws here instead of producing a file Aleph
// rejects. Every fact keeps its sources: the documents become `Article` entities and each fact
// names them in `proof`; quotes and their translations go to `indexText`/`summary`. A document's
// address (its optional `url`) is the Article's `sourceUrl` and, on every fact citing it, one of
// the fact's `sourceUrl`s (FtM has the property on Thing and on Interval, so on every schema here).
//
//   entities → Person, Organization (organisations, groups, media), PublicBody (countries),
//              Address (places), Asset (weapons)
//   events   → Event (name, dates, involved parties, location) and, for parties FtM does not let
//              an Event involve (places, assets), an UnknownLink with the role
//   relations→ Membership (member_of, part_of to an organisation), Directorship (leads an
//              organisation), UnknownLink (every other kind, the kind as `role`); these are FtM
//              Intervals, which have no `proof`, so they name their outlets in `publisher`
import { defaultModel, Model, type Entity as FtmEntity } from '@alephdata/followthemoney';
import { corroborationOf } from '../../domain/corroboration';
import { factGrades, NO_GRADES, type Grades } from '../../domain/grades';
import type { Dataset, Entity, Evidence, FuzzyDate } from '../../domain/schema';

export const ftmModel = new Model(defaultModel);

const SCHEMA_OF: Record<string, string> = {
  person: 'Person',
  organisation: 'Organization',
  group: 'Organization',
  media: 'Organization',
  country: 'PublicBody',
  place: 'Address',
  weapon: 'Asset',
};

/** FtM ids are opaque strings; a prefix keeps Kavosh's ids apart from others in one Aleph collection. */
export const ftmId = (id: string) => `kavosh-${id}`;
const docId = (id: string) => `kavosh-doc-${id}`;

/** FtM dates are ISO prefixes, as ours are; an undated or unknown date gives none. */
function dates(date: FuzzyDate | undefined): { date?: string; startDate?: string; endDate?: string } {
  if (!date) return {};
  if (date.precision === 'range') return { startDate: date.start, endDate: date.end };
  return date.value ? { date: date.value } : {};
}

function make(schema: string, id: string, props: Record<string, Array<string | undefined> | string | undefined>): FtmEntity {
  const entity = ftmModel.getEntity({ id, schema });
  for (const [prop, value] of Object.entries(props))
    for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined && v !== '') entity.setProperty(prop, v);
  return entity;
}

/** Quotes and translations (every schema here has them); `proof` links only Things to documents. */
function sources(evidence: Evidence[], thing = true) {
  return {
    proof: thing ? [...new Set(evidence.map((ev) => docId(ev.doc)))] : undefined,
    indexText: evidence.map((ev) => ev.quote),
    summary: evidence.map((ev) => ev.translation),
  };
}

/** Whether an FtM entity of `schema` may fill a property whose range is `range`. */
function fits(schema: string, range: string): boolean {
  return ftmModel.getSchema(schema).isA(range);
}

export function toFtmEntities(dataset: Dataset, grades: Grades = NO_GRADES): FtmEntity[] {
  const out: FtmEntity[] = [];
  const graded = factGrades(dataset, grades);
  const schemaOf = new Map<string, string>();
  const urlOf = new Map(dataset.documents.map((d) => [d.id, d.url]));
  /** Sources plus the addresses of the documents the evidence cites (those that have one). */
  const cite = (evidence: Evidence[], thing = true) => ({
    ...sources(evidence, thing),
    sourceUrl: [...new Set(evidence.map((ev) => urlOf.get(ev.doc)))],
  });
  const note = (id: string, evidence: Evidence[]) => {
    const c = corroborationOf(evidence, dataset.documents);
    return `Admiralty grade ${graded.get(id) ?? 'F6'}; ${c.supports.length} document(s), ${c.origins.length} independent origin(s)`;
  };

  for (const doc of dataset.documents)
    out.push(
      make('Article', docId(doc.id), {
        title: [doc.title.en, doc.title.fa],
        publisher: [doc.outlet.en, ...doc.citationChain.map((c) => c.en)],
        language: doc.language === 'fa' ? 'fas' : doc.language,
        publishedAt: doc.published.value ?? doc.published.start,
        sourceUrl: doc.url,
        bodyText: dataset.texts[doc.id],
        contentHash: undefined,
      }),
    );

  const byId = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
  for (const e of dataset.entities) {
    const schema = SCHEMA_OF[e.kind] ?? 'LegalEntity';
    schemaOf.set(e.id, schema);
    const props: Record<string, Array<string | undefined> | string | undefined> = {
      ...cite(e.evidence),
      name: [e.name.en, e.name.fa],
      alias: e.aliases,
      description: [e.description, e.descriptionFa],
      wikidataId: schema === 'Address' || schema === 'Asset' ? undefined : e.wikidata,
      notes: note(e.id, e.evidence),
    };
    if (schema === 'Address') props.full = e.name.en;
    out.push(make(schema, ftmId(e.id), props));
  }

  for (const ev of dataset.events) {
    const involved = ev.participants.filter((p) => fits(schemaOf.get(p.entity) ?? 'Thing', 'LegalEntity'));
    const place = ev.place ? byId.get(ev.place) : undefined;
    out.push(
      make('Event', ftmId(ev.id), {
        ...cite(ev.evidence),
        ...dates(ev.date),
        name: [ev.label.en, ev.label.fa],
        involved: involved.map((p) => ftmId(p.entity)),
        location: place?.name.en,
        description: ev.kind,
        notes: note(ev.id, ev.evidence),
      }),
    );
    // Parties an Event cannot `involve` in FtM (places, assets) are linked with their role.
    ev.participants
      .filter((p) => !involved.includes(p))
      .forEach((p, i) =>
        out.push(make('UnknownLink', ftmId(`${ev.id}~${p.entity}~${i}`), { ...cite(p.evidence ?? ev.evidence, false), subject: ftmId(ev.id), object: ftmId(p.entity), role: p.role })),
      );
  }

  for (const r of dataset.relations) {
    const source = schemaOf.get(r.source) ?? 'Thing';
    const target = schemaOf.get(r.target) ?? 'Thing';
    // Relations are FtM Intervals, not Things: no `proof`, so the documents' outlets and the grade
    // go to `publisher` and `description`.
    const outlets = [...new Set(r.evidence.map((ev) => dataset.documents.find((d) => d.id === ev.doc)?.outlet.en))];
    const common = { ...cite(r.evidence, false), ...dates(r.date), role: r.label ?? r.kind, publisher: outlets, description: `${r.kind}; ${note(r.id, r.evidence)}` };
    const toOrganisation = fits(source, 'LegalEntity') && fits(target, 'Organization');
    if (toOrganisation && (r.kind === 'member_of' || r.kind === 'part_of'))
      out.push(make('Membership', ftmId(r.id), { ...common, member: ftmId(r.source), organization: ftmId(r.target) }));
    else if (toOrganisation && r.kind === 'leads')
      out.push(make('Directorship', ftmId(r.id), { ...common, director: ftmId(r.source), organization: ftmId(r.target) }));
    else out.push(make('UnknownLink', ftmId(r.id), { ...common, subject: ftmId(r.source), object: ftmId(r.target) }));
  }
  return out;
}

/** The entities as JSON lines, what `ftm` and Aleph's bulk loader read. */
export function toFtmJsonLines(dataset: Dataset, grades: Grades = NO_GRADES): string {
  return toFtmEntities(dataset, grades)
    .map((e) => JSON.stringify(e.toJSON()))
    .join('\n')
    .concat('\n');
}
