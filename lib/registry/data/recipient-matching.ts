import 'server-only';
// Matching what a registrar types or pastes (names, units, honours as written in an
// office's spreadsheet) against the registry: the same person, collective, unit and
// honour are found whatever the accents, case or spacing, so nothing is created twice.
import { db } from '@/lib/db';
import { viCollator } from '@/lib/common/format';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RecipientKind } from '@/lib/generated/prisma/enums';
import { recipientKindLabels } from '@/lib/registry/labels';
import { nameKey, unitCoreKey } from '@/lib/registry/names';
import { streakIfAwarded } from '@/lib/registry/streaks';
import type { PastedRow } from '@/lib/registry/schemas/writes';

/** nameKey() in SQL, for one of the name columns (a fixed list: never user input). */
export function nameKeySql(column: 'full_name' | 'name' | 'i.full_name' | 'c.name'): Prisma.Sql {
  return Prisma.sql`trim(regexp_replace(lower(bv_unaccent(${Prisma.raw(column)})), '[^a-z0-9]+', ' ', 'g'))`;
}

export interface ResolvedRow {
  kind: RecipientKind;
  recordId: string | null;
  name: string;
  position: string;
  unitId: string | null;
  typeId: string | null;
  achievement: string;
  /** Records of the same kind and name in the row's unit (namesakes the registrar may mean). */
  namesakes: number;
  /** The unit as written, when it matched no unit: the closest units, best first, to pick from once for every row so written. */
  unitSuggestions?: { id: string; name: string }[];
  /**
   * A row that would create a record: records of its unit whose names are close to its name
   * (a misspelling, a dropped word), best first, for the registrar to pick if it is the same.
   */
  recordSuggestions?: { id: string; label: string; name: string; unitId: string }[];
  /** What the row will do when saved. */
  status: 'existing' | 'new' | 'error';
  /**
   * The row's one problem is that the record already holds this honour for the year: an
   * error in a decision, a flag in a dossier (the levels above decide).
   */
  alreadyHonoured?: boolean;
  notes: string[];
}

export interface Catalogue {
  /** Active units, with the ways offices have been seen to write them (aliases). */
  units: { id: string; name: string; shortName: string | null; code: string; aliases: { text: string }[] }[];
  types: { id: string; code: string; slug: string; name: string; recipientKinds: RecipientKind[]; active: boolean }[];
}

export async function loadCatalogue(tx: Prisma.TransactionClient = db): Promise<Catalogue> {
  const [units, types] = await Promise.all([
    tx.unit.findMany({ where: { active: true }, select: { id: true, name: true, shortName: true, code: true, aliases: { select: { text: true } } }, orderBy: { name: 'asc' } }),
    tx.commendationType.findMany({ select: { id: true, code: true, slug: true, name: true, recipientKinds: true, active: true }, orderBy: { rank: 'asc' } }),
  ]);
  return { units, types };
}

/** Units whose name is closest to each way of writing one that matched none, best first (at most 3 each). */
const SUGGESTIONS = 3;
const MIN_SIMILARITY = 0.3;

async function suggestUnits(texts: string[], units: Catalogue['units'], client: Prisma.TransactionClient): Promise<Map<string, { id: string; name: string }[]>> {
  const out = new Map<string, { id: string; name: string }[]>();
  const distinct = [...new Map(texts.map((t) => [nameKey(t), t])).values()].slice(0, 50);
  if (distinct.length === 0) return out;
  // The same name without its Party or union prefix ("Sở Tư pháp" for "Chi bộ Sở Tư pháp").
  const byCore = indexBy(units, (u) => [unitCoreKey(u.name), u.shortName ? unitCoreKey(u.shortName) : null]);
  // Trigram similarity over unaccented names (pg_trgm), for the rest of the ranking.
  const similar = await client.$queryRaw<{ text: string; id: string; score: number }[]>`
    SELECT q.text, u.id, similarity(lower(bv_unaccent(u.name)), lower(bv_unaccent(q.text))) AS score
    FROM unnest(${distinct}::text[]) AS q(text)
    CROSS JOIN LATERAL (
      SELECT id, name FROM units WHERE active ORDER BY similarity(lower(bv_unaccent(name)), lower(bv_unaccent(q.text))) DESC LIMIT ${SUGGESTIONS}
    ) u
    WHERE similarity(lower(bv_unaccent(u.name)), lower(bv_unaccent(q.text))) >= ${MIN_SIMILARITY}`;
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const text of distinct) {
    const core = byCore.get(unitCoreKey(text)) ?? [];
    const near = similar.filter((r) => r.text === text).sort((a, b) => b.score - a.score).map((r) => byId.get(r.id)).filter((u): u is Catalogue['units'][number] => !!u);
    const ranked = [...new Map([...core, ...near].map((u) => [u.id, { id: u.id, name: u.name }])).values()].slice(0, SUGGESTIONS);
    if (ranked.length) out.set(nameKey(text), ranked);
  }
  return out;
}

/** Rows of one paste looked at for close names (a bound on the work of one check). */
const CLOSE_ROWS = 500;
/** How close a name must be (pg_trgm similarity of the unaccented names). */
const CLOSE_SIMILARITY = 0.6;

/**
 * For each row (by its index), the records of the same kind in its unit whose names are close
 * to its name, best first (at most 3): the trigram index on search_text finds the candidates
 * (`<%`, word similarity), the similarity of the names themselves ranks and bounds them.
 */
async function closeRecords(rows: { name: string; unitId: string; kind: 'INDIVIDUAL' | 'COLLECTIVE' }[], client: Prisma.TransactionClient) {
  const found = await client.$queryRaw<{ idx: bigint; id: string; name: string; unit_id: string; position: string | null }[]>`
    SELECT q.idx, r.id, r.name, r.unit_id, r.position
    FROM unnest(${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.unitId)}::text[], ${rows.map((r) => r.kind)}::text[]) WITH ORDINALITY AS q(text, unit_id, kind, idx)
    CROSS JOIN LATERAL (
      SELECT * FROM (
        SELECT i.id, i.full_name AS name, i.unit_id, i.position, similarity(lower(bv_unaccent(i.full_name)), lower(bv_unaccent(q.text))) AS score
        FROM individuals i WHERE q.kind = 'INDIVIDUAL' AND i.unit_id = q.unit_id AND lower(bv_unaccent(q.text)) <% i.search_text
        UNION ALL
        SELECT c.id, c.name, c.unit_id, NULL, similarity(c.search_text, lower(bv_unaccent(q.text)))
        FROM collectives c WHERE q.kind = 'COLLECTIVE' AND c.unit_id = q.unit_id AND lower(bv_unaccent(q.text)) <% c.search_text
      ) m WHERE m.score >= ${CLOSE_SIMILARITY} ORDER BY m.score DESC LIMIT ${SUGGESTIONS}
    ) r
    ORDER BY q.idx`;
  const out = new Map<number, { id: string; label: string; name: string; unitId: string }[]>();
  for (const f of found) {
    const i = Number(f.idx) - 1;
    out.set(i, [...(out.get(i) ?? []), { id: f.id, name: f.name, unitId: f.unit_id, label: f.position ? `${f.name} (${f.position})` : f.name }]);
  }
  return out;
}

function indexBy<T>(items: T[], keys: (item: T) => (string | null | undefined)[]) {
  const map = new Map<string, T[]>();
  for (const item of items) for (const k of new Set(keys(item).filter((x): x is string => !!x).map(nameKey))) map.set(k, [...(map.get(k) ?? []), item]);
  return map;
}

/**
 * Classifies pasted rows (one query per record kind): each row gets its unit, honour and
 * kind, an existing record when one matches by name in that unit, and notes in Vietnamese
 * (a namesake in another unit, an honour not found, the streak this award would extend).
 */
export async function resolveRows(
  rows: (PastedRow & { year?: number })[],
  defaultYear: number,
  catalogue?: Catalogue,
  client: Prisma.TransactionClient = db,
): Promise<ResolvedRow[]> {
  const { units, types } = catalogue ?? (await loadCatalogue(client));
  const unitIndex = indexBy(units, (u) => [u.name, u.shortName, u.code, ...u.aliases.map((a) => a.text)]);
  const unitSuggestions = await suggestUnits(
    rows.map((r) => r.unit).filter((text) => text && !unitIndex.has(nameKey(text))),
    units,
    client,
  );
  const typeIndex = indexBy(types, (t) => [t.name, t.code]);
  const keys = [...new Set(rows.map((r) => nameKey(r.name)).filter(Boolean))];
  const [people, collectives] = keys.length
    ? await Promise.all([
        client.$queryRaw<{ id: string; key: string; unit_id: string; unit_name: string; position: string | null }[]>`
          SELECT i.id, ${nameKeySql('i.full_name')} AS key, i.unit_id, u.name AS unit_name, i.position
          FROM individuals i JOIN units u ON u.id = i.unit_id
          WHERE ${nameKeySql('i.full_name')} = ANY(${keys})`,
        client.$queryRaw<{ id: string; key: string; unit_id: string; unit_name: string }[]>`
          SELECT c.id, ${nameKeySql('c.name')} AS key, c.unit_id, u.name AS unit_name
          FROM collectives c JOIN units u ON u.id = c.unit_id
          WHERE ${nameKeySql('c.name')} = ANY(${keys})`,
      ])
    : [[], []];
  const byKey = <T extends { key: string }>(list: T[]) => indexBy(list, (x) => [x.key]);
  const peopleByKey = byKey(people);
  const collectivesByKey = byKey(collectives);

  const resolved = rows.map((row): ResolvedRow & { typeSlug: string | null; year: number } => {
    const notes: string[] = [];
    let error = false;
    const unitMatches = row.unit ? (unitIndex.get(nameKey(row.unit)) ?? []) : [];
    const unit = unitMatches.length === 1 ? unitMatches[0]! : null;
    const suggested = row.unit && !unit && unitMatches.length === 0 ? (unitSuggestions.get(nameKey(row.unit)) ?? []) : [];
    if (row.unit && !unit) {
      notes.push(
        unitMatches.length > 1
          ? `Có ${unitMatches.length} đơn vị tên "${row.unit}": chọn đúng đơn vị`
          : suggested.length
            ? `Không có đơn vị "${row.unit}"; gần nhất: ${suggested.map((u) => u.name).join('; ')} — chọn một lần cho mọi dòng ghi như vậy`
            : `Không tìm thấy đơn vị "${row.unit}"`,
      );
      error = true;
    }
    const typeMatches = row.type ? (typeIndex.get(nameKey(row.type)) ?? []) : [];
    const type = typeMatches.length === 1 ? typeMatches[0]! : null;
    if (!type) {
      notes.push(row.type ? `Không tìm thấy danh hiệu / hình thức "${row.type}" trong danh mục` : 'Thiếu danh hiệu / hình thức khen thưởng');
      error = true;
    } else if (!type.active) {
      notes.push(`"${type.name}" đã ngừng sử dụng trong danh mục`);
      error = true;
    }

    // The kind: what the honour allows; a unit named as itself; a position means a person.
    const allowed = type?.recipientKinds ?? (['INDIVIDUAL', 'COLLECTIVE', 'UNIT'] as RecipientKind[]);
    const key = nameKey(row.name);
    let kind: RecipientKind;
    if (row.kind) kind = row.kind;
    else if (allowed.length === 1) kind = allowed[0]!;
    else if (unit && key === nameKey(unit.name) && allowed.includes('UNIT')) kind = 'UNIT';
    else if (row.position || !allowed.includes('COLLECTIVE')) kind = allowed.includes('INDIVIDUAL') ? 'INDIVIDUAL' : allowed[0]!;
    else kind = 'COLLECTIVE';
    if (type && !type.recipientKinds.includes(kind)) {
      notes.push(`"${type.name}" không dành cho ${recipientKindLabels[kind].toLowerCase()}`);
      error = true;
    }

    let recordId: string | null = null;
    let namesakes = 0;
    if (!key) {
      notes.push('Thiếu tên');
      error = true;
    } else if (kind === 'UNIT') {
      const named = unitIndex.get(key) ?? [];
      recordId = named.length === 1 ? named[0]!.id : unit?.id ?? null;
      if (!recordId) {
        notes.push('Đơn vị chưa có trong sổ: tạo ở trang Đơn vị trước');
        error = true;
      }
    } else {
      const candidates: { id: string; unit_id: string; unit_name: string; position?: string | null }[] = kind === 'INDIVIDUAL' ? (peopleByKey.get(key) ?? []) : (collectivesByKey.get(key) ?? []);
      const chosen = row.recordId ? candidates.find((c) => c.id === row.recordId) : undefined;
      const inUnit = unit ? candidates.filter((c) => c.unit_id === unit.id) : [];
      namesakes = inUnit.length;
      const here = chosen ? [chosen] : row.distinct ? [] : inUnit;
      // Namesakes in one unit: the position tells them apart, or the registrar picks one.
      const byPosition = here.length > 1 && row.position ? here.filter((c) => nameKey(c.position ?? '') === nameKey(row.position)) : [];
      if (here.length === 1 || byPosition.length === 1) {
        recordId = (here.length === 1 ? here[0] : byPosition[0])!.id;
        if (byPosition.length === 1) notes.push(`Có ${here.length} hồ sơ trùng tên trong đơn vị này: đã chọn theo chức vụ "${row.position}"`);
      } else if (here.length > 1) {
        const positions = [...new Set(here.map((c) => c.position).filter((x): x is string => !!x))].sort(viCollator.compare);
        notes.push(
          `Có ${here.length} hồ sơ trùng tên trong đơn vị này${positions.length ? ` (chức vụ: ${positions.join('; ')})` : ''}: ghi đúng chức vụ, hoặc chọn hồ sơ trong danh sách gợi ý`,
        );
        error = true;
      } else {
        if (!unit && !row.unit) {
          notes.push('Thiếu đơn vị');
          error = true;
        }
        if (row.distinct && namesakes) notes.push(`Hồ sơ mới, khác ${namesakes} hồ sơ trùng tên trong đơn vị này`);
        const elsewhere = candidates.filter((c) => c.unit_id !== unit?.id).slice(0, 2);
        if (elsewhere.length) notes.push(`Trùng tên với hồ sơ ở ${elsewhere.map((c) => c.unit_name).join(', ')}: sẽ tạo hồ sơ mới nếu không chọn lại`);
      }
    }
    return {
      kind,
      recordId,
      name: row.name,
      position: row.position,
      unitId: unit?.id ?? null,
      namesakes,
      ...(suggested.length ? { unitSuggestions: suggested } : {}),
      typeId: type?.id ?? null,
      typeSlug: type?.slug ?? null,
      year: row.year ?? defaultYear,
      achievement: row.achievement,
      status: error ? 'error' : recordId ? 'existing' : 'new',
      notes,
    };
  });

  // A row that would create a record: close names in its unit (a misspelling, a dropped
  // word), never picked for the registrar.
  const fresh = resolved.filter((r, i) => r.status === 'new' && !r.recordId && r.kind !== 'UNIT' && r.unitId && !rows[i]!.distinct).slice(0, CLOSE_ROWS);
  if (fresh.length) {
    const close = await closeRecords(fresh.map((r) => ({ name: r.name, unitId: r.unitId!, kind: r.kind as 'INDIVIDUAL' | 'COLLECTIVE' })), client);
    fresh.forEach((row, i) => {
      const found = close.get(i) ?? [];
      if (found.length === 0) return;
      row.recordSuggestions = found;
      row.notes.push(`Gần giống hồ sơ có sẵn: ${found.map((f) => f.label).join('; ')} — chọn nếu là cùng ${row.kind === 'INDIVIDUAL' ? 'người' : 'tập thể'}`);
    });
  }

  // Eligibility hints: the run this award would extend, from the records' own history.
  const withRecord = resolved.filter((r) => r.recordId && r.typeSlug && r.kind !== 'UNIT');
  if (withRecord.length) {
    const history = await client.award.findMany({
      where: { OR: [{ individualId: { in: withRecord.filter((r) => r.kind === 'INDIVIDUAL').map((r) => r.recordId!) } }, { collectiveId: { in: withRecord.filter((r) => r.kind === 'COLLECTIVE').map((r) => r.recordId!) } }] },
      select: { individualId: true, collectiveId: true, year: true, type: { select: { slug: true, name: true } }, decision: { select: { status: true } } },
    });
    for (const row of withRecord) {
      const own = history
        .filter((h) => h.individualId === row.recordId || h.collectiveId === row.recordId)
        .map((h) => ({ typeSlug: h.type.slug, typeName: h.type.name, year: h.year, revoked: h.decision.status === 'REVOKED' }));
      const same = own.filter((a) => a.typeSlug === row.typeSlug && !a.revoked);
      const year = row.year;
      if (same.some((a) => a.year === year)) {
        row.notes.push(`Đã được tặng danh hiệu / hình thức này cho năm ${year}`);
        if (row.status !== 'error') row.alreadyHonoured = true;
        row.status = 'error';
        continue;
      }
      const run = streakIfAwarded(own, row.typeSlug!, year);
      if (run >= 2) row.notes.push(`Lần này là ${run} năm liền (${year - run + 1}–${year})`);
      else if (same.length) row.notes.push(`Đã được tặng các năm ${same.map((a) => a.year).sort().join(', ')}`);
    }
  }
  return resolved.map((row) => {
    const out: ResolvedRow & { typeSlug?: string | null; year?: number } = { ...row };
    delete out.typeSlug;
    delete out.year;
    return out;
  });
}
