import 'server-only';
// Recording a decision and its awards: the registrar's grid (createDecision) and an
// accepted dossier turned into a decision (decideDossier) write through this one function,
// so both check the same things and nothing is typed twice.
import { randomBytes } from 'node:crypto';
import { ActionError, type ActionResult } from '@/lib/db/commit';
import { tags } from '@/lib/platform/cache-tags';
import { recipientKindLabels } from '@/lib/registry/labels';
import { nameKeySql } from '@/lib/registry/data/recipient-matching';
import { nameKey } from '@/lib/registry/names';
import { createdRecordsAudit, createNewRecipients, recipientColumns, recipientKey } from '@/lib/registry/recipients-write';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugify } from '@/lib/common/slug';
import type { DecisionInput, RecipientRow } from '@/lib/registry/schemas/writes';

/**
 * Record a decision with all its recipients in one transaction: every row is checked
 * (honour allowed for the kind, records and units exist, no recipient twice for the same
 * honour, not already honoured for that year) and a single error writes nothing. New
 * people and collectives typed in the grid are created with it.
 */
export async function recordDecision(tx: Prisma.TransactionClient, input: DecisionInput): Promise<ActionResult<{ id: string; slug: string }>> {
  const errors: Record<string, string[]> = {};
  const fail = (key: string, message: string) => void (errors[key] ??= []).push(message);
  const rows = input.recipients;
  const ids = (kind: RecipientRow['kind']) => [...new Set(rows.filter((r) => r.kind === kind && r.recordId).map((r) => r.recordId!))];

  const [existing, campaign, types, people, collectives, units] = await Promise.all([
    tx.decision.findUnique({ where: { issuingAuthority_number: { issuingAuthority: input.issuingAuthority, number: input.number } }, select: { id: true } }),
    input.campaignId ? tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } }) : Promise.resolve(null),
    tx.commendationType.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.typeId))] } }, select: { id: true, name: true, active: true, recipientKinds: true } }),
    tx.individual.findMany({ where: { id: { in: ids('INDIVIDUAL') } }, select: { id: true } }),
    tx.collective.findMany({ where: { id: { in: ids('COLLECTIVE') } }, select: { id: true } }),
    tx.unit.findMany({ where: { id: { in: [...new Set([...ids('UNIT'), ...rows.map((r) => r.unitId).filter((u): u is string => !!u)])] } }, select: { id: true, active: true } }),
  ]);
  if (existing) fail('number', `Quyết định số ${input.number} của ${input.issuingAuthority} đã có trong sổ`);
  if (input.campaignId && !campaign) fail('campaignId', 'Phong trào không còn tồn tại');
  const typeById = new Map(types.map((t) => [t.id, t]));
  const known = { INDIVIDUAL: new Set(people.map((p) => p.id)), COLLECTIVE: new Set(collectives.map((c) => c.id)), UNIT: new Set(units.map((u) => u.id)) };
  const unitIds = new Set(units.map((u) => u.id));

  // A new person or collective whose name a record in the same unit already bears: the
  // registrar must pick that record or say it is someone else (namesakes are common).
  const namesakes = await namesakesInUnits(tx, rows.filter((r) => !r.recordId && !r.distinct && r.unitId && r.kind !== 'UNIT'));

  // The same recipient (existing record, or a new name in a unit) may appear once per honour.
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const at = (field: string) => `recipients.${i}.${field}`;
    const type = typeById.get(row.typeId);
    if (!type) fail(at('typeId'), 'Danh hiệu / hình thức không có trong danh mục');
    else if (!type.active) fail(at('typeId'), `"${type.name}" đã ngừng sử dụng`);
    else if (!type.recipientKinds.includes(row.kind)) fail(at('typeId'), `"${type.name}" không dành cho ${recipientKindLabels[row.kind].toLowerCase()}`);
    if (row.recordId && !known[row.kind].has(row.recordId)) fail(at('name'), 'Hồ sơ đã chọn không còn tồn tại');
    if (!row.recordId && row.unitId && !unitIds.has(row.unitId)) fail(at('unitId'), 'Đơn vị không còn tồn tại');
    const same = !row.recordId && !row.distinct ? (namesakes.get(recipientKey(row)) ?? 0) : 0;
    if (same) fail(at('name'), `Đơn vị đã có ${same} hồ sơ tên "${row.name}": chọn hồ sơ có sẵn trong danh sách gợi ý, hoặc đánh dấu là ${row.kind === 'INDIVIDUAL' ? 'người' : 'tập thể'} khác trùng tên`);
    const key = `${recipientKey(row)}|${row.typeId}`;
    const first = seen.get(key);
    if (first !== undefined) fail(at('name'), `Trùng với dòng ${first + 1}: cùng đối tượng, cùng hình thức`);
    else seen.set(key, i);
  });

  // Already honoured with the same title for the same year (by an in-force decision)?
  const already = await tx.award.findMany({
    where: {
      year: input.year,
      typeId: { in: [...typeById.keys()] },
      decision: { status: 'IN_FORCE' },
      OR: [{ individualId: { in: [...known.INDIVIDUAL] } }, { collectiveId: { in: [...known.COLLECTIVE] } }, { unitId: { in: [...known.UNIT] } }],
    },
    select: { typeId: true, individualId: true, collectiveId: true, unitId: true, decision: { select: { number: true } } },
  });
  rows.forEach((row, i) => {
    const hit = already.find((a) => a.typeId === row.typeId && (a.individualId ?? a.collectiveId ?? a.unitId) === row.recordId);
    if (hit) fail(`recipients.${i}.name`, `Đã được khen hình thức này cho năm ${input.year} (Quyết định số ${hit.decision.number})`);
  });

  const rowErrors = new Set(Object.keys(errors).filter((k) => k.startsWith('recipients.')).map((k) => k.split('.')[1])).size;
  if (Object.keys(errors).length > 0) {
    throw new ActionError(`Quyết định chưa được lưu${rowErrors ? `: ${rowErrors} dòng có lỗi` : ''}. Không dòng nào được ghi; hãy sửa các ô được đánh dấu rồi lưu lại.`, errors);
  }

  // New people and collectives, once each even if they appear on several rows.
  const created = await createNewRecipients(tx, rows, input.signedAt);
  const suffix = () => randomBytes(4).toString('hex');

  let slug = slugify(`${input.number} ${input.signedAt.getUTCFullYear()}`);
  if (await tx.decision.findUnique({ where: { slug }, select: { id: true } })) slug = `${slug}-${suffix()}`;
  const decision = await tx.decision.create({
    data: {
      slug,
      number: input.number,
      signedAt: input.signedAt,
      issuingAuthority: input.issuingAuthority,
      signerName: input.signerName,
      signerTitle: input.signerTitle,
      category: input.category,
      campaignId: input.campaignId ?? null,
      summary: input.summary,
    },
    select: { id: true, slug: true },
  });
  await tx.award.createMany({
    data: rows.map((r, position) => {
      const recipient = r.recordId ?? created.get(recipientKey(r))!;
      return { decisionId: decision.id, typeId: r.typeId, year: input.year, achievement: r.achievement, streakNote: r.streakNote, position, ...recipientColumns(r.kind, recipient) };
    }),
  });
  return {
    message: `Đã lưu Quyết định số ${input.number} với ${rows.length.toLocaleString('vi-VN')} lượt khen thưởng${created.size ? ` (tạo mới ${created.size} hồ sơ)` : ''}.`,
    data: { id: decision.id, slug: decision.slug },
    audit: [
      {
        action: 'decision.create',
        entity: 'decision',
        entityId: decision.id,
        diff: { after: { number: input.number, signedAt: input.signedAt.toISOString().slice(0, 10), issuingAuthority: input.issuingAuthority, year: input.year, awards: rows.length, createdRecords: created.size } },
      },
      ...createdRecordsAudit(created, decision.id),
    ],
    tags: [tags.registry, tags.sitemap],
  };
}

/** How many records of each new row's kind and name its unit already has, by recipientKey. */
async function namesakesInUnits(tx: Prisma.TransactionClient, rows: RecipientRow[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const keys = [...new Set(rows.map((r) => nameKey(r.name)).filter(Boolean))];
  const unitIds = [...new Set(rows.map((r) => r.unitId!))];
  if (keys.length === 0) return counts;
  const found = await tx.$queryRaw<{ kind: RecipientRow['kind']; unit_id: string; key: string; n: number }[]>`
    SELECT 'INDIVIDUAL' AS kind, unit_id, ${nameKeySql('full_name')} AS key, count(*)::int AS n FROM individuals
    WHERE unit_id = ANY(${unitIds}) AND ${nameKeySql('full_name')} = ANY(${keys}) GROUP BY 1, 2, 3
    UNION ALL
    SELECT 'COLLECTIVE', unit_id, ${nameKeySql('name')}, count(*)::int FROM collectives
    WHERE unit_id = ANY(${unitIds}) AND ${nameKeySql('name')} = ANY(${keys}) GROUP BY 1, 2, 3`;
  for (const f of found) counts.set(`${f.kind}:new:${f.unit_id}:${f.key}`, f.n);
  return counts;
}
