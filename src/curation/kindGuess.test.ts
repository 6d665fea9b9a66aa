// The kind a new entity starts with: a known entity's of the same name (folded: Arabic yeh/kaf,
// ZWNJ, digits), else the last saved kind, else none (the form asks).
import type { Entity } from '../domain/schema';
import { entityNamed, lastKind, rememberKind, startKind } from './kindGuess';

const ent = (id: string, kind: Entity['kind'], fa: string, en: string, aliases: string[] = []): Entity => ({ id, kind, name: { fa, en }, aliases, evidence: [] });
const KNOWN = [ent('turkey', 'country', 'ترکیه', 'Turkey'), ent('baku', 'place', 'باکو', 'Baku'), ent('f16', 'weapon', 'اف-۱۶', 'F-16', ['جنگنده اف-۱۶'])];

describe('startKind', () => {
  it("takes a known entity's kind when the selection is one of its names, folded", () => {
    expect(entityNamed('تركيه', KNOWN)?.id).toBe('turkey');
    expect(entityNamed(' باکو ', KNOWN)?.id).toBe('baku');
    expect(entityNamed('اف-16', KNOWN)?.id).toBe('f16');
    expect(entityNamed('جنگنده اف-١٦', KNOWN)?.id).toBe('f16');
    expect(startKind('Turkey', KNOWN)).toMatchObject({ kind: 'country', why: 'known' });
    // Only the whole selection: a name inside a longer quote, or with a suffix, is no guess.
    expect(entityNamed('هیئتی از ترکیه', KNOWN)).toBeNull();
    expect(entityNamed('ترکیه‌ای', KNOWN)).toBeNull();
  });

  it('else the kind saved last time, else none', () => {
    expect(lastKind()).toBeNull();
    expect(startKind('هیئت', KNOWN)).toEqual({ kind: '', why: 'none' });
    rememberKind('organisation');
    expect(startKind('هیئت', KNOWN)).toEqual({ kind: 'organisation', why: 'last' });
    // A known name still wins over the last kind.
    expect(startKind('باکو', KNOWN)).toMatchObject({ kind: 'place', why: 'known' });
  });
});
