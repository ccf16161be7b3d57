import 'server-only';
// Importing a register file: the preview's rows written in one transaction, all rows or the
// valid ones as the registrar chose, under one lock so two imports never interleave.
// Re-importing a file finds its rows already in the register and writes nothing again.
// The import route (app/api/admin/registry-import) authorizes the registrar first.
import { createHash } from 'node:crypto';
import type { CurrentUser } from '@/lib/auth/session';
import { slugify } from '@/lib/common/slug';
import { ActionError, commitChange } from '@/lib/db/commit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { tags } from '@/lib/platform/cache-tags';
import { previewImport, summarize, type ImportTarget } from '@/lib/registry/data/import-preview';
import { ImportRejected, readSheet } from '@/lib/registry/import/read-file';
import { createdRecordsAudit, createNewRecipients, recipientColumns, recipientKey } from '@/lib/registry/recipients-write';

export async function commitImport(user: CurrentUser, bytes: Buffer, fileName: string, target: ImportTarget, onlyValid: boolean) {
  const sheet = await readSheet(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let summary: ReturnType<typeof summarize> | undefined;
  const result = await commitChange(user, async (tx: Prisma.TransactionClient) => {
    // One import at a time, classified and written under the same lock: a second import of
    // the same file waits here, then finds the first one's decisions and rows in its own
    // preview below. (Classified before the lock, its reads could straddle the first
    // import's commit: the decision not there yet, the person's award for that year already
    // there, and the row wrongly refused as a repeat award.) The wait may be a long import.
    await tx.$executeRaw`SET LOCAL statement_timeout = '180s'`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('bang-vang:registry-import'))`;
    let preview: Awaited<ReturnType<typeof previewImport>>;
    try {
      preview = await previewImport(sheet, target, tx);
    } catch (error) {
      if (error instanceof ImportRejected) throw new ActionError(error.message, { file: [error.message] });
      throw error;
    }
    const { rows, groups } = preview;
    summary = summarize(rows);
    if (summary.error > 0 && !onlyValid) {
      throw new ActionError(`Chưa nhập: ${summary.error.toLocaleString('vi-VN')} dòng có lỗi. Hãy sửa tệp, hoặc chọn "chỉ nhập các dòng hợp lệ".`);
    }
    const toWrite = rows.filter((r) => r.status === 'existing' || r.status === 'new');
    if (toWrite.length === 0) return { message: 'Không có dòng mới để nhập: mọi dòng hợp lệ đã có trong sổ.', data: { written: 0, decisions: 0, records: 0 }, audit: [], tags: [] };
    // Decisions: the existing ones, and the new ones created in one query.
    const used = new Set(toWrite.map((r) => r.decisionKey));
    const wanted = groups.filter((g) => used.has(g.key));
    const decisionIds = new Map<string, string>(wanted.filter((g) => g.existingId).map((g) => [g.key, g.existingId!]));
    const fresh = wanted.filter((g) => !g.existingId);
    let newDecisions = 0;
    if (fresh.length) {
      const slugs = fresh.map((g) => slugify(`${g.number} ${g.signedAt!.getUTCFullYear()}`));
      const taken = new Set((await tx.decision.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((d) => d.slug));
      const made = await tx.decision.createManyAndReturn({
        data: fresh.map((g, i) => ({
          // Two numbers of one file that make the same slug, or a slug in use: a suffix.
          slug: taken.has(slugs[i]!) || slugs.indexOf(slugs[i]!) !== i ? `${slugs[i]}-${sha256.slice(0, 6)}-${i}` : slugs[i]!,
          number: g.number,
          signedAt: g.signedAt!,
          issuingAuthority: g.authority,
          signerName: g.signerName,
          signerTitle: g.signerTitle,
          category: 'PERIODIC' as const,
        })),
        select: { id: true, issuingAuthority: true, number: true },
      });
      // Matched by their unique (authority, number), not by the order rows come back in.
      for (const g of fresh) decisionIds.set(g.key, made.find((d) => d.issuingAuthority === g.authority && d.number === g.number)!.id);
      newDecisions = made.length;
    }
    const created = await createNewRecipients(tx, toWrite.map((r) => ({ ...r, position: r.position || null })), new Date());
    // New rows go after the decision's existing ones.
    const counts = await tx.award.groupBy({ by: ['decisionId'], where: { decisionId: { in: [...decisionIds.values()] } }, _count: { _all: true } });
    const positions = new Map<string, number>([...decisionIds.values()].map((id) => [id, counts.find((c) => c.decisionId === id)?._count._all ?? 0]));
    const data = toWrite.map((r) => {
      const decisionId = decisionIds.get(r.decisionKey)!;
      const position = positions.get(decisionId)!;
      positions.set(decisionId, position + 1);
      const recipient = r.recordId ?? created.get(recipientKey(r))!;
      return { decisionId, typeId: r.typeId!, year: r.year!, achievement: r.achievement || null, position, ...recipientColumns(r.kind, recipient) };
    });
    for (let i = 0; i < data.length; i += 2000) await tx.award.createMany({ data: data.slice(i, i + 2000) });
    const written = data.length;
    return {
      message: `Đã nhập ${written.toLocaleString('vi-VN')} lượt khen thưởng (${newDecisions} quyết định mới, ${created.size.toLocaleString('vi-VN')} hồ sơ mới)${summary.duplicate ? `; bỏ qua ${summary.duplicate} dòng đã có` : ''}${summary.error ? `; bỏ qua ${summary.error} dòng lỗi` : ''}.`,
      data: { written, decisions: newDecisions, records: created.size },
      audit: [
        { action: 'registry.import', entity: 'import', entityId: sha256.slice(0, 32), diff: { fileName: fileName.slice(0, 200), sha256, summary, written, decisions: [...decisionIds.values()] } },
        ...createdRecordsAudit(created, `import:${sha256.slice(0, 12)}`),
      ],
      tags: [tags.registry, tags.sitemap],
    };
    // A 20,000-row register on a busy server: more than an ordinary action's 30 s.
  }, { timeout: 180_000, inRoute: true });
  return { ...result, summary };
}

