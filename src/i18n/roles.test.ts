import { edgeLabel } from './roles';

describe('edgeLabel', () => {
  it('gives the data\'s Persian role or label, else the kind\'s Persian name, else a Persian word for the type', () => {
    expect(edgeLabel({ type: 'participation', kind: 'host', labelFa: 'میزبان' }, 'fa')).toBe('میزبان');
    expect(edgeLabel({ type: 'participation', kind: 'host', labelFa: 'میزبان' }, 'en')).toBe('host');
    expect(edgeLabel({ type: 'relation', kind: 'member_of' }, 'fa')).toBe('عضو');
    expect(edgeLabel({ type: 'relation', kind: 'member_of' }, 'en')).toBe('member of');
    // An English role the data has not translated yet never shows in Persian.
    expect(edgeLabel({ type: 'participation', kind: 'visiting side (senior intelligence officials)' }, 'fa')).toBe('مشارکت‌کننده');
    expect(edgeLabel({ type: 'relation', kind: 'trains_with' }, 'fa')).toBe('رابطه');
  });
});
