// The facts of a view as a dataset of their own: what the JSON bundle export writes.
import type { Dataset } from '../../domain/schema';
import type { Visibility } from '../filter';
import type { GraphModel } from '../model';


/**
 * The facts of a view as a dataset that validates on its own: the visible entities, events and
 * relations, plus every entity they refer to (participants, places, affiliations, relation ends)
 * even where a filter hides it, and the documents their evidence cites.
 */
export function datasetOfView(model: GraphModel, visible?: Visibility): Dataset {
  const { dataset } = model;
  if (!visible) return dataset;
  const events = dataset.events.filter((e) => visible.nodes.has(e.id));
  const relations = dataset.relations.filter((r) => visible.edges.has(r.id));
  const wanted = new Set(dataset.entities.filter((e) => visible.nodes.has(e.id)).map((e) => e.id));
  for (const e of events) {
    for (const p of e.participants) wanted.add(p.entity);
    if (e.place) wanted.add(e.place);
  }
  for (const r of relations) wanted.add(r.source).add(r.target);
  for (const queue = [...wanted]; queue.length > 0; ) {
    const country = model.entityById.get(queue.pop() as string)?.country;
    if (country && !wanted.has(country)) {
      wanted.add(country);
      queue.push(country);
    }
  }
  const entities = dataset.entities.filter((e) => wanted.has(e.id));
  const cited = new Set([...entities, ...events, ...relations].flatMap((f) => f.evidence.map((ev) => ev.doc)));
  const documents = dataset.documents.filter((d) => cited.has(d.id));
  const texts: Record<string, string> = {};
  for (const d of documents) if (dataset.texts[d.id] !== undefined) texts[d.id] = dataset.texts[d.id] as string;
  return { documents, texts, entities, events, relations };
}
