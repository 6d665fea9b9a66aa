// The workspace as it is stored and exported: the shapes and the writers. Light on purpose (no
// validation, no zod): the page imports it before its first paint, while reading a stored
// workspace back (`migrateStored` in ./workspace, with data:check's rules) is loaded only when
// there is one to read.
import type { Bundle } from '../domain/bundle';
import { consistentDisputes } from '../domain/disputes';
import { readMerges, readPossiblySame } from '../domain/entityMerges';
import { NO_GRADES } from '../domain/grades';
import type { DocumentMeta, Facts } from '../domain/schema';
import type { Workspace, WorkspaceChoices } from './visible';

export const WORKSPACE_VERSION = 2;

export const DEFAULT_CHOICES: WorkspaceChoices = { hidden: [], grades: NO_GRADES };

export interface StoredWorkspace {
  schemaVersion: number;
  documents: Array<{ document: DocumentMeta; text: string }>;
  facts: Facts;
  choices: WorkspaceChoices;
}

export interface WorkspaceBundle extends Omit<Bundle, 'kavoshBundle'> {
  kavoshBundle: 2;
  workspace: { schemaVersion: number } & WorkspaceChoices;
}

export function toStored({ dataset, choices }: Workspace): StoredWorkspace {
  return {
    schemaVersion: WORKSPACE_VERSION,
    documents: dataset.documents.map((document) => ({ document, text: dataset.texts[document.id] ?? '' })),
    facts: { entities: dataset.entities, events: dataset.events, relations: dataset.relations },
    choices: {
      hidden: choices.hidden.filter((id) => dataset.documents.some((d) => d.id === id)),
      grades: choices.grades ?? NO_GRADES,
      disputes: consistentDisputes(choices.disputes ?? [], dataset),
      merges: readMerges(choices.merges ?? [], dataset),
      sameAs: readPossiblySame(choices.sameAs ?? [], dataset),
    },
  };
}

export function toWorkspaceBundle(workspace: Workspace): WorkspaceBundle {
  const stored = toStored(workspace);
  return {
    kavoshBundle: 2,
    documents: stored.documents,
    facts: stored.facts,
    workspace: { schemaVersion: WORKSPACE_VERSION, ...stored.choices },
  };
}

