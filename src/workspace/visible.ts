// What the graph shows of a workspace: its dataset without the hidden documents. Kept apart from
// workspace.ts (which validates, and so loads zod) because the store needs it on the first screen.
import type { Dispute } from '../domain/disputes';
import { applyMerges, type EntityMerge, type PossiblySame } from '../domain/entityMerges';
import type { Grades } from '../domain/grades';
import type { Dataset } from '../domain/schema';

/** The id of the built-in article: the default workspace, which links need not name. */
export const BUILTIN_DOCUMENT_ID = 'aran-news-baku';

/** The user's choices about the documents, kept beside them. */
export interface WorkspaceChoices {
  /** Documents whose facts are not shown (kept, and shown again with one click). */
  hidden: string[];
  /** The curator's Admiralty grades (absent: every source F, every fact 6). */
  grades?: Grades;
  /** Contradictions between documents, both claims kept (absent: none). */
  disputes?: Dispute[];
  /** Entity merges, each with its cause; the view applies them, removing one undoes it (absent: none). */
  merges?: EntityMerge[];
  /** Pairs a curator marked "possibly the same" without merging (absent: none). */
  sameAs?: PossiblySame[];
}

export interface Workspace {
  dataset: Dataset;
  choices: WorkspaceChoices;
}

/**
 * The dataset without the given documents: their quotes are dropped, then every fact left with no
 * quote, then whatever pointed at a dropped entity (an event's participant or place, a relation's
 * end, an entity's country), so the result is again a dataset that validates.
 */
export function withoutDocuments(dataset: Dataset, ids: readonly string[]): Dataset {
  if (ids.length === 0) return dataset;
  const drop = new Set(ids);
  const keep = <T extends { evidence: Array<{ doc: string }> }>(item: T): T | null => {
    const evidence = item.evidence.filter((ev) => !drop.has(ev.doc));
    return evidence.length > 0 ? { ...item, evidence } : null;
  };
  const entities = dataset.entities.map(keep).filter((e) => e !== null);
  const known = new Set(entities.map((e) => e.id));
  const events = dataset.events
    .map(keep)
    .filter((e) => e !== null)
    .map((e) => ({
      ...e,
      place: e.place && known.has(e.place) ? e.place : undefined,
      // A participant stays only while a remaining document names it in its role.
      participants: e.participants
        .filter((p) => known.has(p.entity))
        .map((p) => ({ ...p, evidence: p.evidence.filter((ev) => !drop.has(ev.doc)) }))
        .filter((p) => p.evidence.length > 0),
    }))
    .filter((e) => e.participants.length > 0);
  const relations = dataset.relations
    .map(keep)
    .filter((r) => r !== null)
    .filter((r) => known.has(r.source) && known.has(r.target));
  return {
    documents: dataset.documents.filter((d) => !drop.has(d.id)),
    texts: Object.fromEntries(Object.entries(dataset.texts).filter(([id]) => !drop.has(id))),
    entities: entities.map((e) => (e.country && !known.has(e.country) ? { ...e, country: undefined } : e)),
    events,
    relations,
  };
}

/** What the graph shows: the workspace without its hidden documents, its entity merges applied. */
export function visibleDataset(workspace: Workspace): Dataset {
  return applyMerges(withoutDocuments(workspace.dataset, workspace.choices.hidden), workspace.choices.merges ?? []);
}
