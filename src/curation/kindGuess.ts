// The kind a new entity's form starts with. Never a silent default the curator will miss: the
// kind of a known entity with the selected name («تركيه» is Turkey, a country), else the kind the
// curator saved last time (an article names several of a kind in a row), else none at all (the
// form asks for one; Save waits). The form says which of these it was.
import { ENTITY_KINDS, type Entity } from '../domain/schema';
import { findMentions } from './mentions';

export type KindStart = { kind: Entity['kind']; why: 'known'; entity: Entity } | { kind: Entity['kind']; why: 'last' } | { kind: ''; why: 'none' };

const KEY = 'kavosh.curate.lastEntityKind';
let memory: string | null = null; // where there is no localStorage (tests, a browser that refuses it)

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function lastKind(): Entity['kind'] | null {
  let value = memory;
  try {
    value = storage()?.getItem(KEY) ?? memory;
  } catch {
    // storage refused: the memory copy
  }
  return (ENTITY_KINDS as readonly string[]).includes(value ?? '') ? (value as Entity['kind']) : null;
}

export function rememberKind(kind: Entity['kind']): void {
  memory = kind;
  try {
    storage()?.setItem(KEY, kind);
  } catch {
    // storage refused: kept in memory for this page
  }
}

/** A known entity one of whose names is the whole quote (folded as search folds it), the first in `known`'s order. */
export function entityNamed(quote: string, known: readonly Entity[]): Entity | null {
  const lead = quote.length - quote.trimStart().length;
  const end = quote.trimEnd().length;
  const whole = findMentions(quote, known).find((m) => m.start === lead && m.end === end && !m.suffix);
  return whole ? (known.find((e) => e.id === whole.entityId) ?? null) : null;
}

/** How a new entity's kind starts, and why. */
export function startKind(quote: string, known: readonly Entity[]): KindStart {
  const entity = entityNamed(quote, known);
  if (entity) return { kind: entity.kind, why: 'known', entity };
  const last = lastKind();
  return last ? { kind: last, why: 'last' } : { kind: '', why: 'none' };
}
