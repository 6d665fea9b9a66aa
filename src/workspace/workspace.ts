// The workspace: every document the user has imported or curated, their texts, the merged facts,
// and the user's choices about them (documents hidden). It is what persists between visits and
// what the workspace bundle file carries. Pure: no storage, no React.
//
// Versions. Bundles written before workspaces exist are `"kavoshBundle": 1` (documents and facts
// only); a workspace bundle is `"kavoshBundle": 2` with a `workspace` section. Stored workspaces
// carry `schemaVersion`; `migrateStored` and `readWorkspaceBundle` bring older shapes up to the
// current one (missing choices take their defaults), so nothing saved earlier is refused.
import { readBundle } from '../domain/bundle';
import { consistentDisputes } from '../domain/disputes';
import { readMerges, readPossiblySame } from '../domain/entityMerges';
import { readGrades } from '../domain/grades';
import type { Dataset } from '../domain/schema';
import type { ValidationIssue } from '../domain/validate';
import type { Workspace, WorkspaceChoices } from './visible';

export { visibleDataset, withoutDocuments, type Workspace, type WorkspaceChoices } from './visible';

import { DEFAULT_CHOICES, WORKSPACE_VERSION, type StoredWorkspace } from './stored';

export { DEFAULT_CHOICES, toStored, toWorkspaceBundle, WORKSPACE_VERSION, type StoredWorkspace, type WorkspaceBundle } from './stored';

const KEEP_APART = { wikidata: 'keep' } as const;

function readChoices(raw: unknown, dataset: Dataset): WorkspaceChoices {
  const { hidden, grades, disputes, merges, sameAs } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const known = new Set(dataset.documents.map((d) => d.id));
  return {
    hidden: Array.isArray(hidden) ? hidden.filter((id): id is string => typeof id === 'string' && known.has(id)) : [],
    grades: readGrades(grades),
    disputes: consistentDisputes(disputes, dataset),
    merges: readMerges(merges, dataset),
    sameAs: readPossiblySame(sameAs, dataset),
  };
}

export type WorkspaceRead = { ok: true; workspace: Workspace } | { ok: false; issues: ValidationIssue[] };

/**
 * A stored workspace of any version, validated with the rules of data:check (what is in storage
 * was written by an earlier build, perhaps before a rule existed, so it is checked again).
 */
export function migrateStored(file: string, stored: unknown): WorkspaceRead {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<StoredWorkspace>;
  const version = typeof value.schemaVersion === 'number' ? value.schemaVersion : 1;
  if (version > WORKSPACE_VERSION)
    return { ok: false, issues: [{ file, path: 'schemaVersion', rule: 'workspace-version', message: `expected a workspace of version ${WORKSPACE_VERSION} or older, got ${version} (saved by a newer Kavosh)` }] };
  // Entities stored apart stay apart: their merges are records in the choices.
  const read = readBundle(file, { kavoshBundle: 1, documents: value.documents ?? [], facts: value.facts }, KEEP_APART);
  if (!read.ok) return { ok: false, issues: read.issues };
  // Version 1 had no choices: every document shown.
  return { ok: true, workspace: { dataset: read.dataset, choices: version < 2 ? DEFAULT_CHOICES : readChoices(value.choices, read.dataset) } };
}

/** A bundle file (version 1 or 2) read as a whole workspace, for "restore". */
export function readWorkspaceBundle(file: string, value: unknown): WorkspaceRead {
  const bundle = (typeof value === 'object' && value !== null ? value : {}) as { kavoshBundle?: unknown; workspace?: unknown };
  if (bundle.kavoshBundle === 2) {
    const { workspace, ...rest } = bundle;
    const read = readBundle(file, { ...rest, kavoshBundle: 1 }, KEEP_APART);
    if (!read.ok) return { ok: false, issues: read.issues };
    return { ok: true, workspace: { dataset: read.dataset, choices: readChoices(workspace, read.dataset) } };
  }
  const read = readBundle(file, value);
  return read.ok ? { ok: true, workspace: { dataset: read.dataset, choices: DEFAULT_CHOICES } } : { ok: false, issues: read.issues };
}

