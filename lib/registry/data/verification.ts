import 'server-only';
// One award as a printed certificate shows it and as its QR code verifies it. The consent
// rule holds here too: a person who has not agreed to publication is named on their own
// certificate (staff print it for them) but the public check shows only their initials.
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { db, reader } from '@/lib/db';
import type { Db } from '@/lib/db/client';

const select = {
  id: true,
  year: true,
  achievement: true,
  type: { select: { name: true, slug: true, kind: true, level: true } },
  decision: { select: { number: true, slug: true, signedAt: true, issuingAuthority: true, signerName: true, signerTitle: true, status: true, revokedAt: true, revocationReason: true } },
  individual: { select: { fullName: true, position: true, slug: true, publicationConsent: true, unit: { select: { name: true } } } },
  collective: { select: { name: true, slug: true, unit: { select: { name: true } } } },
  unit: { select: { name: true, slug: true } },
} as const;

export interface AwardRecordDto {
  id: string;
  year: number;
  achievement: string | null;
  typeName: string;
  typeSlug: string;
  recipient: { kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'UNIT'; name: string; position: string | null; unitName: string | null; slug: string | null; hidden: boolean };
  decision: { number: string; slug: string; signedAt: Date; issuingAuthority: string; signerName: string; signerTitle: string; revoked: boolean; revokedAt: Date | null; revocationReason: string | null };
}

/** "Nguyễn Thị Ánh" → "N. T. Á." */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]!.toLocaleUpperCase('vi-VN')}.`)
    .join(' ');
}

async function load(client: Db, id: string): Promise<AwardRecordDto | null> {
  if (id.length > 64) return null;
  const a = await client.award.findUnique({ where: { id }, select });
  if (!a) return null;
  const recipient = a.individual
    ? { kind: 'INDIVIDUAL' as const, name: a.individual.fullName, position: a.individual.position, unitName: a.individual.unit.name, slug: a.individual.slug, hidden: !a.individual.publicationConsent }
    : a.collective
      ? { kind: 'COLLECTIVE' as const, name: a.collective.name, position: null, unitName: a.collective.unit.name, slug: a.collective.slug, hidden: false }
      : { kind: 'UNIT' as const, name: a.unit!.name, position: null, unitName: null, slug: a.unit!.slug, hidden: false };
  return {
    id: a.id,
    year: a.year,
    achievement: a.achievement,
    typeName: a.type.name,
    typeSlug: a.type.slug,
    recipient,
    decision: { ...a.decision, revoked: a.decision.status === 'REVOKED' },
  };
}

/** For the certificate (staff only: the caller checks the role), from the primary. */
export async function getAwardForCertificate(id: string): Promise<AwardRecordDto | null> {
  return load(db, id);
}

/** For the public check: hidden people reduced to initials, no link to them. */
export async function getAwardVerification(id: string): Promise<AwardRecordDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const award = await load(reader(), id);
  if (!award?.recipient.hidden) return award;
  return { ...award, achievement: null, recipient: { ...award.recipient, name: initials(award.recipient.name), position: null, slug: null } };
}

/** The newest award's id: the one verification page prerendered at build time. */
export async function latestAwardId(): Promise<string | null> {
  const latest = await db.award.findFirst({ orderBy: { createdAt: 'desc' }, select: { id: true } });
  return latest?.id ?? null;
}
