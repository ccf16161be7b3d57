import { describe, expect, it } from 'vitest';
import { diffLines } from '@/lib/audit/labels';

describe('an audit event’s change, as the log shows it', () => {
  it('pairs each field’s before and after, in the order they first appear', () => {
    expect(diffLines({ before: { role: 'REPORTER', active: true }, after: { role: 'EDITOR', active: true, password: 'đã đổi' } })).toEqual([
      { field: 'role', before: 'REPORTER', after: 'EDITOR' },
      { field: 'active', before: true, after: true },
      { field: 'password', after: 'đã đổi' },
    ]);
  });

  it('shows a deletion’s before alone, and other recorded values as they are', () => {
    expect(diffLines({ before: { slug: 'cu', name: 'Cũ' } })).toEqual([
      { field: 'slug', before: 'cu' },
      { field: 'name', before: 'Cũ' },
    ]);
    expect(diffLines({ source: { id: 'u1' }, moved: 3 })).toEqual([
      { field: 'source', after: { id: 'u1' } },
      { field: 'moved', after: 3 },
    ]);
    expect(diffLines(null)).toEqual([]);
  });
});
