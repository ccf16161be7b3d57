import 'server-only';
// Creating the people and collectives a decision names for the first time, once each even
// when several rows (or several decisions of an imported register) name them. Used by the
// decision grid (lib/registry/actions/decisions.ts) and the file import (lib/registry/data/import-commit.ts).
import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RecipientKind } from '@/lib/generated/prisma/enums';
import { nameKey } from '@/lib/registry/names';
import { slugify } from '@/lib/common/slug';

export interface RecipientRef {
  kind: RecipientKind;
  recordId?: string | null;
  name: string;
  position?: string | null;
  unitId?: string | null;
}

/** The same recipient has the same key: an existing record by id, a new one by unit and name. */
export function recipientKey(r: RecipientRef): string {
  return r.recordId ? `${r.kind}:${r.recordId}` : `${r.kind}:new:${r.unitId}:${nameKey(r.name)}`;
}

/**
 * Creates the rows' new people (with a first unit-history entry from `startedAt`) and
 * collectives; returns each new recipient's key → id. The first row naming a new record
 * gives its details (spelling, position).
 */
export async function createNewRecipients(tx: Prisma.TransactionClient, rows: RecipientRef[], startedAt: Date): Promise<Map<string, string>> {
  const created = new Map<string, string>();
  const firstByKey = (kind: RecipientKind) => {
    const byKey = new Map<string, RecipientRef>();
    for (const r of rows) if (!r.recordId && r.kind === kind && !byKey.has(recipientKey(r))) byKey.set(recipientKey(r), r);
    return [...byKey.entries()];
  };
  const suffix = () => randomBytes(4).toString('hex');
  const people = firstByKey('INDIVIDUAL');
  for (let i = 0; i < people.length; i += 1000) {
    const batch = people.slice(i, i + 1000);
    // Each new record gets a unique slug, which maps the returned rows back to their keys.
    const slugs = batch.map(([, r]) => `${slugify(r.name, 60)}-${suffix()}`);
    const made = await tx.individual.createManyAndReturn({
      data: batch.map(([, r], k) => ({ slug: slugs[k]!, fullName: r.name.trim(), position: r.position || null, unitId: r.unitId! })),
      select: { id: true, slug: true, unitId: true, position: true },
    });
    await tx.individualUnitHistory.createMany({ data: made.map((m) => ({ individualId: m.id, unitId: m.unitId, position: m.position, startedAt })) });
    const bySlug = new Map(made.map((m) => [m.slug, m.id]));
    batch.forEach(([key], k) => created.set(key, bySlug.get(slugs[k]!)!));
  }
  const collectives = firstByKey('COLLECTIVE');
  for (let i = 0; i < collectives.length; i += 1000) {
    const batch = collectives.slice(i, i + 1000);
    const slugs = batch.map(([, r]) => `${slugify(r.name, 60)}-${suffix()}`);
    const made = await tx.collective.createManyAndReturn({
      data: batch.map(([, r], k) => ({ slug: slugs[k]!, name: r.name.trim(), unitId: r.unitId! })),
      select: { id: true, slug: true },
    });
    const bySlug = new Map(made.map((m) => [m.slug, m.id]));
    batch.forEach(([key], k) => created.set(key, bySlug.get(slugs[k]!)!));
  }
  return created;
}

/** Award columns for a row: the one recipient column that matches its kind. */
export function recipientColumns(kind: RecipientKind, id: string) {
  return { individualId: kind === 'INDIVIDUAL' ? id : null, collectiveId: kind === 'COLLECTIVE' ? id : null, unitId: kind === 'UNIT' ? id : null };
}

/** Audit entries for the records an import or a decision created. */
export function createdRecordsAudit(created: Map<string, string>, via: string) {
  return [...created.entries()].map(([key, id]) => {
    const entity = key.startsWith('INDIVIDUAL') ? 'individual' : 'collective';
    return { action: `${entity}.create`, entity, entityId: id, diff: { via } };
  });
}
