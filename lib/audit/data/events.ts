// The audit log for administrators (/admin/nhat-ky): every staff change, newest first, with
// what it changed named in words (a story's title, a person's name) beside its id. Names
// are looked up once per kind of object on the page, not once per row. An object deleted
// since is named from what the event itself recorded.
import 'server-only';
import { db } from '@/lib/db';
import type { AuditEntity } from '@/lib/audit/labels';
import { RECORD_UNDO_ACTION, RECORD_UNDOABLE } from '@/lib/registry/record-undo';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  entity?: AuditEntity;
  actor?: string;
  page: number;
}

export interface AuditEventDto {
  id: string;
  action: string;
  entity: string;
  entityId: string;
  /** The object's name or title now (or as the event recorded it, if it is gone); null when unknown. */
  subject: string | null;
  diff: unknown;
  ip: string | null;
  createdAt: Date;
  actorName: string | null;
}

type Namer = (ids: string[]) => Promise<{ id: string; name: string }[]>;

const namers: Partial<Record<string, Namer>> = {
  article: async (ids) => (await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((r) => ({ id: r.id, name: r.title })),
  user: async (ids) => (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((r) => ({ id: r.id, name: `${r.name} (${r.email})` })),
  category: async (ids) => db.category.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  media: async (ids) => (await db.media.findMany({ where: { id: { in: ids } }, select: { id: true, alt: true, key: true } })).map((r) => ({ id: r.id, name: r.alt || r.key })),
  decision: async (ids) => (await db.decision.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, issuingAuthority: true } })).map((r) => ({ id: r.id, name: `${r.number} – ${r.issuingAuthority}` })),
  unit: async (ids) => db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  individual: async (ids) => (await db.individual.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } })).map((r) => ({ id: r.id, name: r.fullName })),
  collective: async (ids) => db.collective.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  campaign: async (ids) => db.campaign.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  commendationType: async (ids) => db.commendationType.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
};

/** A name the event recorded itself (a deleted object's "before"), if any. */
function recordedName(diff: unknown): string | null {
  const sides = diff && typeof diff === 'object' ? [(diff as Record<string, unknown>).before, (diff as Record<string, unknown>).after, diff] : [];
  for (const side of sides) {
    if (!side || typeof side !== 'object') continue;
    for (const key of ['title', 'name', 'fullName', 'number', 'alt', 'email']) {
      const value = (side as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}

export async function listAuditEvents(f: AuditFilters): Promise<{ events: AuditEventDto[]; total: number; pageCount: number }> {
  const where = { ...(f.entity ? { entity: f.entity } : {}), ...(f.actor ? { actorId: f.actor } : {}) };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entity: true, entityId: true, diff: true, ip: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  const idsByEntity = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!namers[row.entity]) continue;
    if (!idsByEntity.has(row.entity)) idsByEntity.set(row.entity, new Set());
    idsByEntity.get(row.entity)!.add(row.entityId);
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...idsByEntity].map(async ([entity, ids]) => {
      for (const { id, name } of await namers[entity]!([...ids])) names.set(`${entity}:${id}`, name);
    }),
  );
  return {
    events: rows.map((r) => ({
      id: String(r.id),
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      subject: names.get(`${r.entity}:${r.entityId}`) ?? recordedName(r.diff),
      diff: r.diff,
      ip: r.ip,
      createdAt: r.createdAt,
      actorName: r.actor?.name ?? null,
    })),
    total,
    pageCount: Math.ceil(total / AUDIT_PAGE_SIZE),
  };
}

/** Everyone who may appear as the one who made a change, for the filter. */
export async function listAuditActors(): Promise<{ id: string; name: string }[]> {
  return db.user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/**
 * Of the page's entries that an administrator may undo (edits of people and collectives),
 * when each was undone (null: it stands and can be undone). Looked up through the undone
 * records' own entries (entity, id), one query for the page.
 */
export async function recordUndoStates(events: AuditEventDto[]): Promise<Map<string, Date | null>> {
  const undoable = events.filter((e) => (RECORD_UNDOABLE as readonly string[]).includes(e.action));
  const states = new Map<string, Date | null>(undoable.map((e) => [e.id, null]));
  if (undoable.length === 0) return states;
  const rows = await db.$queryRaw<{ auditId: string; at: Date }[]>`
    SELECT diff->>'auditId' AS "auditId", created_at AS at FROM audit_events
    WHERE entity IN ('individual', 'collective') AND entity_id = ANY(${[...new Set(undoable.map((e) => e.entityId))]})
      AND action = ${RECORD_UNDO_ACTION} AND diff->>'auditId' = ANY(${undoable.map((e) => e.id)})`;
  for (const row of rows) states.set(row.auditId, row.at);
  return states;
}
