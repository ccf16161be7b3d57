import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/admin/back-link';
import { RegistrationForm } from '@/components/admin/pipeline/registration-form';
import { RegistrationReviewForm } from '@/components/admin/pipeline/review-form';
import { formatDateTime } from '@/lib/common/format';
import { entryKey, getRegistrationSheet, type SheetCandidate } from '@/lib/registry/data/registrations';
import { covers, requirePipelineScope, writesFor } from '@/lib/registry/data/scope';
import { recipientKindLabels } from '@/lib/registry/labels';
import { registrationStatusLabels } from '@/lib/registry/pipeline-labels';
import { yearFrom } from '@/lib/registry/pipeline-year';

export const metadata: Metadata = { title: 'Đăng ký thi đua của đơn vị' };
export const instant = false;

/** One unit's registration: the sheet to fill in and send, or to read and review. */
export default async function RegistrationSheetPage({ params, searchParams }: PageProps<'/admin/thi-dua/dang-ky/[unitId]'>) {
  const [{ unitId }, query] = await Promise.all([params, searchParams]);
  const year = yearFrom(query.nam);
  const { scope } = await requirePipelineScope(`/admin/thi-dua/dang-ky/${unitId}`);
  // Outside the scope: as if the unit did not exist (nothing is told about it).
  if (!covers(scope, unitId)) notFound();
  const sheet = await getRegistrationSheet(unitId, year);
  if (!sheet) notFound();
  const status = sheet.registration?.status ?? 'NONE';
  const editable = (status === 'NONE' || status === 'DRAFT' || status === 'RETURNED') && writesFor(scope, unitId);
  const reviewer = scope.all || (sheet.unit.parentId !== null && scope.units.has(sheet.unit.parentId));
  const groups: { kind: SheetCandidate['kind']; title: string }[] = [
    { kind: 'UNIT', title: 'Đơn vị' },
    { kind: 'COLLECTIVE', title: 'Tập thể' },
    { kind: 'INDIVIDUAL', title: 'Cá nhân' },
  ];
  const aims = (
    <div className="space-y-4">
      {groups.map((g) => {
        const people = sheet.candidates.filter((c) => c.kind === g.kind);
        const titles = sheet.titles.filter((t) => t.recipientKinds.includes(g.kind));
        if (people.length === 0 || titles.length === 0) return null;
        return (
          <fieldset key={g.kind} className="rounded border border-stone-200 bg-white p-3">
            <legend className="px-1 font-semibold">
              {g.title} ({people.length.toLocaleString('vi-VN')})
            </legend>
            <ul className="divide-y divide-stone-100">
              {people.map((p) => (
                <li key={p.id} className="py-2">
                  <span className="font-semibold">{p.name}</span>
                  {p.detail && g.kind === 'INDIVIDUAL' ? <span className="text-stone-600">, {p.detail}</span> : null}
                  <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                    {titles.map((t) => {
                      const key = entryKey(t.id, p.kind, p.id);
                      return (
                        <label key={t.id} className="inline-flex min-h-8 items-center gap-1.5">
                          <input type="checkbox" name="entry" value={key} defaultChecked={sheet.entries.has(key)} disabled={!editable} aria-label={`${p.name}: ${t.name}`} />
                          {t.name}
                        </label>
                      );
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
  return (
    <div className="max-w-4xl">
      <BackLink href={`/admin/thi-dua/dang-ky?nam=${year}`}>Đăng ký thi đua năm {year}</BackLink>
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">{sheet.unit.name}</h1>
      <p className="mb-3 text-stone-700">
        Đăng ký thi đua năm {year} · <strong>{registrationStatusLabels[status]}</strong>
        {sheet.registration?.submittedAt ? ` · gửi lúc ${formatDateTime(sheet.registration.submittedAt)}` : ''}
        {sheet.unit.parentName ? ` · cấp trên: ${sheet.unit.parentName}` : ''}
      </p>
      {status === 'RETURNED' && sheet.registration?.reviewNote ? (
        <p role="status" className="mb-4 rounded border border-brand-100 bg-brand-50 p-3 text-sm">
          <strong>Cấp trên trả lại:</strong> {sheet.registration.reviewNote}
        </p>
      ) : null}
      <p className="mb-3 text-sm text-stone-700">
        {sheet.entries.size.toLocaleString('vi-VN')} mục đăng ký. Mỗi ô là một danh hiệu {recipientKindLabels.INDIVIDUAL.toLowerCase()}, tập thể hoặc đơn vị đăng ký phấn đấu trong năm; khi xét
        khen thưởng, người không đăng ký danh hiệu sẽ được đánh dấu.
      </p>
      {editable ? <RegistrationForm unitId={sheet.unit.id} year={year}>{aims}</RegistrationForm> : aims}
      {reviewer && sheet.registration && (status === 'SUBMITTED' || status === 'ACCEPTED') ? (
        <section aria-labelledby="review" className="mt-6 max-w-md rounded border border-stone-200 bg-white p-4">
          <h2 id="review" className="mb-2 font-semibold">
            Tiếp nhận hoặc trả lại
          </h2>
          <RegistrationReviewForm id={sheet.registration.id} canAccept={status === 'SUBMITTED'} />
        </section>
      ) : null}
    </div>
  );
}
