import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/admin/back-link';
import {
  AchievementForm,
  AddRowsForm,
  DecideForm,
  RaiseRowForm,
  RejectRowForm,
  RemoveRowForm,
  RestoreRowForm,
  ReturnForm,
  StepForm,
} from '@/components/admin/pipeline/dossier-forms';
import { RowFlags } from '@/components/admin/pipeline/row-flags';
import { formatBytes, formatDate, formatDateTime } from '@/lib/common/format';
import { listCommendationTypesForStaff } from '@/lib/registry/data/commendation-types';
import { getDossier, levelBelow } from '@/lib/registry/data/dossiers';
import { actsAt, attachesTo, requirePipelineScope, writesFor } from '@/lib/registry/data/scope';
import { attachmentKindLabel } from '@/lib/registry/attachments';
import { AttachmentUploadForm, RemoveAttachmentForm } from '@/components/admin/pipeline/attachment-forms';
import { decisionCategoryLabels, recipientKindLabels } from '@/lib/registry/labels';
import { dossierActionLabels, dossierStatusLabels } from '@/lib/registry/pipeline-labels';

export const metadata: Metadata = { title: 'Hồ sơ đề nghị khen thưởng' };
export const instant = false;

/** One dossier on one screen: where it is and why, what can be done now, its rows with their flags, its history. */
export default async function DossierPage({ params }: PageProps<'/admin/thi-dua/ho-so/[id]'>) {
  const { id } = await params;
  const { scope } = await requirePipelineScope(`/admin/thi-dua/ho-so/${id}`);
  const d = await getDossier(id, scope);
  if (!d) notFound();
  const ref = { id: d.id, version: d.version };
  const here = actsAt(scope, d.holderUnitId);
  const editable = (d.status === 'DRAFT' || d.status === 'RETURNED') && here && writesFor(scope, d.unit.id);
  const atLevel = d.status === 'SUBMITTED' && here;
  const canReturn = (d.status === 'SUBMITTED' || d.status === 'ACCEPTED') && here;
  const canDecide = d.status === 'ACCEPTED' && actsAt(scope, null);
  const lastReturn = [...d.steps].reverse().find((s) => s.action === 'RETURN');
  const returnedHere = lastReturn && d.steps.at(-1)?.id === lastReturn.id;
  const kept = d.rows.filter((r) => !r.rejected);
  const flagged = kept.filter((r) => r.evaluation.verdict === 'not_eligible' || r.registered === false || r.evaluation.alreadyHonoured).length;
  const higherTypes = atLevel ? (await listCommendationTypesForStaff()).filter((t) => t.active && t.id !== d.type.id) : [];
  const holderIndex = d.route.findIndex((l) => l.unitId === d.holderUnitId);
  const attaches = attachesTo(scope, { unitId: d.unit.id, status: d.status, holderUnitId: d.holderUnitId });

  return (
    <div className="max-w-5xl">
      <BackLink href="/admin/thi-dua/ho-so">Hồ sơ đề nghị</BackLink>
      <h1 className="font-serif text-2xl font-bold text-brand-700 sm:text-3xl">
        {d.code} · {d.title}
      </h1>
      <p className="mb-3 text-stone-700">
        {d.unit.name} đề nghị <strong>{d.type.name}</strong> năm {d.year}
        {d.campaign ? ` · phong trào ${d.campaign.name}` : ''}
        {d.deadline ? ` · hạn trình ${formatDate(d.deadline)}` : ''}
      </p>

      <section aria-labelledby="where" className="mb-4 rounded border border-stone-200 bg-white p-4">
        <h2 id="where" className="mb-2 font-semibold">
          {dossierStatusLabels[d.status]}
          {d.status === 'SUBMITTED' ? ` tại ${d.holder.name}` : ''}
          {d.decision ? (
            <>
              {' '}
              —{' '}
              <Link href={`/vinh-danh/quyet-dinh/${d.decision.slug}`} className="text-brand-700 underline">
                Quyết định số {d.decision.number}
              </Link>
              {scope.all ? (
                <>
                  {' '}
                  ·{' '}
                  <Link href={`/admin/khen-thuong/${d.decision.id}`} className="text-sm font-normal text-brand-700 underline">
                    giấy chứng nhận, bài viết liên quan
                  </Link>
                </>
              ) : null}
            </>
          ) : null}
        </h2>
        <ol className="flex flex-wrap items-center gap-1 text-sm" aria-label="Các cấp xét hồ sơ">
          {d.route.map((level, i) => {
            const current = d.status !== 'DECIDED' && d.status !== 'ACCEPTED' ? i === holderIndex : i === d.route.length - 1;
            return (
              <li key={level.unitId ?? 'authority'} className="flex items-center gap-1">
                {i > 0 ? <span aria-hidden="true">→</span> : null}
                <span className={`rounded px-2 py-0.5 ${current ? 'bg-brand-700 font-semibold text-white' : 'bg-stone-100 text-stone-700'}`} aria-current={current ? 'step' : undefined}>
                  {level.name}
                </span>
              </li>
            );
          })}
        </ol>
        {returnedHere && lastReturn ? (
          <p role="status" className="mt-3 rounded border border-brand-100 bg-brand-50 p-3 text-sm">
            <strong>
              {lastReturn.fromLevel} trả lại ngày {formatDateTime(lastReturn.createdAt)}:
            </strong>{' '}
            {lastReturn.note}
          </p>
        ) : null}
        <p className="mt-2 text-sm text-stone-700">
          {kept.length.toLocaleString('vi-VN')} dòng đề nghị{d.rows.length > kept.length ? `, ${d.rows.length - kept.length} dòng bị loại` : ''} · {flagged.toLocaleString('vi-VN')} dòng cần lưu ý · đối chiếu tiêu chuẩn có hiệu lực ngày{' '}
          {formatDate(d.checkedOn)}
          {d.submittedAt ? ' (ngày trình)' : ' (hôm nay: hồ sơ chưa trình)'}
        </p>
      </section>

      {editable || atLevel || canReturn || canDecide ? (
        <section aria-labelledby="now" className="mb-4 grid gap-4 rounded border border-amber-300 bg-amber-50/40 p-4 md:grid-cols-2">
          <h2 id="now" className="font-semibold md:col-span-2">
            Việc của bạn
          </h2>
          {editable ? (
            <div>
              <StepForm {...ref} step="submit" label={`Gửi lên ${d.route[1]?.name ?? ''}`} />
            </div>
          ) : null}
          {atLevel && d.holderUnitId !== null ? (
            <div>
              <StepForm {...ref} step="forward" label={`Đồng ý, chuyển lên ${d.route[holderIndex + 1]?.name ?? ''}`} />
            </div>
          ) : null}
          {atLevel && d.holderUnitId === null ? (
            <div>
              <StepForm {...ref} step="accept" label="Tiếp nhận hồ sơ" />
            </div>
          ) : null}
          {canReturn ? (
            <div>
              <ReturnForm {...ref} to={levelBelow(d.route, d.holderUnitId).name} />
            </div>
          ) : null}
          {canDecide ? (
            <div className="md:col-span-2">
              <h3 className="mb-2 font-semibold">Ra quyết định từ hồ sơ ({kept.length.toLocaleString('vi-VN')} dòng thành khen thưởng)</h3>
              <DecideForm {...ref} authority={d.type.authority} categories={Object.entries(decisionCategoryLabels).map(([value, label]) => ({ value, label }))} />
            </div>
          ) : null}
        </section>
      ) : null}

      {d.quotaOverruns.length > 0 ? (
        <section aria-labelledby="quota" className="mb-4 rounded border border-brand-100 bg-brand-50 p-4 text-sm">
          <h2 id="quota" className="mb-1 font-semibold text-brand-700">
            Vượt tỷ lệ
          </h2>
          <ul className="list-disc pl-5">
            {d.quotaOverruns.map((q) => (
              <li key={`${q.unitName}${q.text}`}>
                {q.unitName}: {q.text} <span className="text-stone-700">— {q.citation}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="rows" className="mb-4">
        <h2 id="rows" className="mb-2 text-xl font-semibold">
          Danh sách đề nghị ({d.rows.length.toLocaleString('vi-VN')})
        </h2>
        {d.rows.length === 0 ? <p className="mb-3 text-sm text-stone-600">Chưa có ai trong danh sách.</p> : null}
        <ol className="divide-y divide-stone-100 rounded border border-stone-200 bg-white">
          {d.rows.map((r, i) => (
            <li key={r.id} className={`p-3 ${r.rejected ? 'bg-stone-50' : ''}`} aria-label={`${i + 1}. ${r.name}`}>
              <p className={r.rejected ? 'text-stone-500 line-through' : ''}>
                <span className="text-stone-600">{i + 1}.</span> <strong>{r.name}</strong>
                {r.detail ? `, ${r.detail}` : ''} <span className="text-stone-600">· {r.kind === 'INDIVIDUAL' ? r.unitName : recipientKindLabels[r.kind]}</span>
              </p>
              <p className="text-sm">
                Đề nghị: <strong>{r.typeName}</strong>
                {r.raisedFrom ? <span className="text-stone-700"> (nâng từ {r.raisedFrom})</span> : null}
              </p>
              <p className="text-sm text-stone-800">{r.achievement || <em className="text-brand-700">Chưa tóm tắt thành tích</em>}</p>
              {r.rejected ? <p className="text-sm font-semibold text-brand-700">Không đề nghị: {r.rejectionNote}</p> : <RowFlags row={r} year={d.year} />}
              {editable ? (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-brand-700">Sửa thành tích hoặc bỏ dòng</summary>
                  <div className="mt-2 grid gap-3 sm:grid-cols-[1fr_auto]">
                    <AchievementForm {...ref} rowId={r.id} achievement={r.achievement} />
                    <RemoveRowForm {...ref} rowId={r.id} />
                  </div>
                </details>
              ) : null}
              {atLevel ? (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-brand-700">{r.rejected ? 'Đề nghị lại dòng này' : 'Loại dòng này hoặc đề nghị hình thức cao hơn'}</summary>
                  <div className="mt-2 grid gap-3 sm:grid-cols-2">
                    {r.rejected ? (
                      <RestoreRowForm {...ref} rowId={r.id} />
                    ) : (
                      <>
                        <RejectRowForm {...ref} rowId={r.id} />
                        <RaiseRowForm {...ref} rowId={r.id} types={higherTypes.map((t) => ({ value: t.id, label: t.name }))} />
                      </>
                    )}
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
        {editable ? (
          <div className="mt-3 rounded border border-stone-200 bg-white p-4">
            <AddRowsForm {...ref} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="files" className="mb-4">
        <h2 id="files" className="mb-2 text-xl font-semibold">
          Tệp đính kèm ({d.attachments.length.toLocaleString('vi-VN')})
        </h2>
        {d.attachments.length === 0 ? <p className="mb-2 text-sm text-stone-600">Chưa có tệp nào.</p> : null}
        <ul className="mb-3 divide-y divide-stone-100 rounded border border-stone-200 bg-white text-sm">
          {d.attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span className="min-w-0 break-words">
                <a href={`/api/admin/dossiers/${d.id}/attachments/${a.id}`} className="font-semibold text-brand-700 underline" download>
                  {a.fileName}
                </a>
                <span className="block text-stone-600">
                  {attachmentKindLabel(a.mimeType)} · {formatBytes(a.size)} · {a.uploadedByName ?? 'tài khoản đã xóa'}, {formatDateTime(a.createdAt)}
                </span>
              </span>
              {attaches ? <RemoveAttachmentForm dossierId={d.id} attachmentId={a.id} fileName={a.fileName} /> : null}
            </li>
          ))}
        </ul>
        {attaches ? (
          <div className="rounded border border-stone-200 bg-white p-4">
            <AttachmentUploadForm dossierId={d.id} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="history" className="mb-4">
        <h2 id="history" className="mb-2 text-xl font-semibold">
          Quá trình xử lý
        </h2>
        <ol className="space-y-2 border-l-2 border-stone-200 pl-4 text-sm">
          {d.steps.map((s) => (
            <li key={s.id}>
              <strong>{dossierActionLabels[s.action]}</strong>
              {s.fromLevel || s.toLevel ? ` · ${[s.fromLevel, s.toLevel].filter(Boolean).join(' → ')}` : ''}
              <span className="block text-stone-600">
                {s.actorName} · {formatDateTime(s.createdAt)}
              </span>
              {s.note ? <span className="block text-stone-800">{s.note}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
