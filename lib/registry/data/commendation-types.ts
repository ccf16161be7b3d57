import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { db, reader } from '@/lib/db';
import type { AwardLevel, CommendationKind, IssuingSystem, RecipientKind } from '@/lib/generated/prisma/enums';

// The catalogue of commendation types (danh hiệu thi đua, hình thức khen thưởng) as readers see it.

export interface CommendationTypeDto {
  slug: string;
  code: string;
  name: string;
  kind: CommendationKind;
  issuingSystem: IssuingSystem;
  level: AwardLevel;
  authority: string;
  recipientKinds: RecipientKind[];
  legalBasis: string | null;
  description: string | null;
  active: boolean;
  /** In-force awards a reader can see. */
  awardCount: number;
}

/** The catalogue with public award counts, in precedence order (two queries). */
export async function listCommendationTypes(): Promise<CommendationTypeDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const [types, counts] = await Promise.all([
    reader().commendationType.findMany({
      orderBy: [{ rank: 'asc' }, { name: 'asc' }],
      select: {
        id: true,
        slug: true,
        code: true,
        name: true,
        kind: true,
        issuingSystem: true,
        level: true,
        authority: true,
        recipientKinds: true,
        legalBasis: true,
        description: true,
        active: true,
      },
    }),
    reader().$queryRaw<{ type_id: string; n: bigint }[]>`
      SELECT a.type_id, count(*) AS n FROM awards a
      JOIN decisions d ON d.id = a.decision_id LEFT JOIN individuals i ON i.id = a.individual_id
      WHERE d.status = 'IN_FORCE' AND (a.individual_id IS NULL OR i.publication_consent)
      GROUP BY a.type_id`,
  ]);
  const byType = new Map(counts.map((c) => [c.type_id, Number(c.n)]));
  return types.map(({ id, ...t }) => ({ ...t, awardCount: byType.get(id) ?? 0 }));
}

export async function getCommendationType(slug: string): Promise<CommendationTypeDto | null> {
  const types = await listCommendationTypes();
  return types.find((t) => t.slug === slug) ?? null;
}


// The catalogue's screens for staff: uncached and from the primary.

export async function listCommendationTypesForStaff() {
  return db.commendationType.findMany({
    orderBy: [{ issuingSystem: 'asc' }, { rank: 'asc' }],
    select: { id: true, code: true, name: true, issuingSystem: true, level: true, active: true, _count: { select: { awards: true } } },
  });
}

/** A commendation type as the administrator's form edits it. */
export async function getCommendationTypeForEdit(id: string) {
  return db.commendationType.findUnique({
    where: { id },
    select: { id: true, code: true, name: true, kind: true, issuingSystem: true, level: true, authority: true, recipientKinds: true, legalBasis: true, description: true, rank: true, active: true },
  });
}
