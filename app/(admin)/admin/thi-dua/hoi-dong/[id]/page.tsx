import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BackLink } from '@/components/admin/back-link';
import {
  AddAgendaForm,
  AttendanceForm,
  CandidateMethodForm,
  CloseSessionForm,
  OpenVotingForm,
  PaperTallyForm,
  ReissueBallotForm,
  RemoveCandidateForm,
} from '@/components/admin/council/session-forms';
import { RuleCitation } from '@/components/registry/rule-citation';
import { requireStaff } from '@/lib/auth/session';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { formatDate, formatNumber } from '@/lib/common/format';
import { attendanceLabels, methodLabels, outcomeLabels, sessionStatusLabels, voteBaseLabels } from '@/lib/registry/council/labels';
import { asThreshold, shareLabel, votesRequired } from '@/lib/registry/council/threshold';
import { agendaChoices, getSession } from '@/lib/registry/data/council';

export const metadata: Metadata = { title: 'Phiên họp Hội đồng Thi đua – Khen thưởng' };
export const instant = false;

/** One session: agenda, attendance, the ballots, and once closed the results and the minutes. */
export default async function SessionPage({ params }: PageProps<'/admin/thi-dua/hoi-dong/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/thi-dua/hoi-dong/${id}`);
  const s = await getSession(id);
  if (!s) notFound();
  const ref = { id: s.id, version: s.version };
  const preparing = s.status === 'PREPARING';
  const voting = s.status === 'VOTING';
  const closed = s.status === 'CLOSED';
  const choices = preparing ? await agendaChoices(s.heldOn) : [];
  const members = s.attendance.length;
  const present = s.attendance.filter((a) => a.attendance === 'PRESENT').length;
  const written = s.attendance.filter((a) => a.attendance === 'WRITTEN').length;
  const quorum = votesRequired({ shareNumerator: s.council.quorumNumerator, shareDenominator: s.council.quorumDenominator, base: 'ALL_MEMBERS' }, members);
  const rules = [...new Map(s.candidates.filter((c) => c.rule).map((c) => [c.rule!.id, c.rule!])).values()];
  const unruled = s.candidates.filter((c) => !c.rule).length;

  return (
    <div className="max-w-5xl">
      <BackLink href="/admin/thi-dua/hoi-dong">Hội đồng Thi đua – Khen thưởng</BackLink>
      <h1 className="font-serif text-2xl font-bold text-brand-700 sm:text-3xl">
        {s.code} · {s.title}
      </h1>
      <p className="mb-4 text-stone-700">
        {s.council.name} · ngày {formatDate(s.heldOn)}
        {s.location ? ` · ${s.location}` : ''} · <strong>{sessionStatusLabels[s.status]}</strong>
      </p>

      <section aria-labelledby="rules" className="mb-6 rounded border border-stone-200 bg-white p-4">
        <h2 id="rules" className="mb-2 font-semibold">
          Tỷ lệ phiếu áp dụng
        </h2>
        {rules.length === 0 ? <p className="text-stone-600">Chưa có ai trong chương trình.</p> : null}
        <ul className="space-y-1 text-sm">
          {rules.map((r) => (
            <li key={r.id}>
              Từ {shareLabel(asThreshold(r))} {voteBaseLabels[r.base!]}
              {r.base === 'ALL_MEMBERS' ? ` — cần ít nhất ${formatNumber(votesRequired(asThreshold(r), members))}/${formatNumber(members)} phiếu đồng ý` : ''}
              {r.writtenVotes ? '; thành viên vắng gửi phiếu bằng văn bản được tính' : ''}. <RuleCitation rule={r} />
            </li>
          ))}
        </ul>
        {unruled ? <p className="mt-2 font-semibold text-brand-700">{formatNumber(unruled)} người được đề nghị hình thức chưa có quy định tỷ lệ phiếu vào ngày họp.</p> : null}
      </section>

      <section aria-labelledby="agenda" className="mb-6">
        <h2 id="agenda" className="mb-2 text-xl font-semibold">
          Chương trình: người được đề nghị ({formatNumber(s.candidates.length)})
        </h2>
        {s.candidates.length === 0 ? <p className="mb-2 text-stone-600">Chưa có ai. Đưa vào từ hồ sơ đã tiếp nhận.</p> : null}
        <ol className="mb-4 space-y-3">
          {s.candidates.map((c, i) => (
            <li key={c.id} className="rounded border border-stone-200 bg-white p-3">
              <p className="font-semibold">
                {i + 1}. {c.name}
                {c.jobTitle ? `, ${c.jobTitle}` : ''} – {c.unitName}
              </p>
              <p className="text-sm text-stone-700">
                Đề nghị {c.proposed} ·{' '}
                <Link href={`/admin/thi-dua/ho-so/${c.dossierId}`} className="text-brand-700 underline">
                  hồ sơ {c.dossierCode}
                </Link>{' '}
                · <span data-testid={`method-${i + 1}`}>{methodLabels[c.method]}</span>
              </p>
              {c.tally && (c.method === 'PAPER' || closed) ? (
                <p className="text-sm" data-testid={`tally-${i + 1}`}>
                  Đồng ý {formatNumber(c.tally.yes)} · Không đồng ý {formatNumber(c.tally.no)} · Không biểu quyết {formatNumber(c.tally.abstain)}
                  {c.outcome ? (
                    <>
                      {' '}
                      → <strong className={c.outcome === 'PASSED' ? 'text-green-800' : 'text-brand-700'}>{outcomeLabels[c.outcome]}</strong> (cần {formatNumber(c.required!)}/{formatNumber(c.baseCount!)})
                    </>
                  ) : null}
                </p>
              ) : null}
              {preparing ? (
                <div className="mt-2 flex flex-wrap items-end gap-4">
                  <CandidateMethodForm {...ref} candidateId={c.id} method={c.method} label={c.name} />
                  <RemoveCandidateForm {...ref} candidateId={c.id} />
                </div>
              ) : null}
              {voting && c.method === 'PAPER' ? (
                <div className="mt-2 max-w-md">
                  <PaperTallyForm {...ref} candidateId={c.id} name={c.name} tally={c.tally ?? { yes: 0, no: 0, abstain: 0 }} />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
        {preparing ? (
          choices.length ? (
            <div className="max-w-xl rounded border border-stone-200 bg-white p-3">
              <AddAgendaForm {...ref} dossiers={choices.map((d) => ({ value: d.id, label: `${d.code} · ${d.title} (${d.open} người)` }))} />
            </div>
          ) : (
            <p className="text-sm text-stone-600">Không còn hồ sơ đã tiếp nhận nào có người cần Hội đồng bỏ phiếu.</p>
          )
        ) : null}
      </section>

      <section aria-labelledby="attendance" className="mb-6">
        <h2 id="attendance" className="mb-1 text-xl font-semibold">
          Điểm danh
        </h2>
        <p className="mb-2 text-sm text-stone-700" data-testid="attendance-summary">
          {formatNumber(present)}/{formatNumber(members)} có mặt, {formatNumber(written)} vắng có phiếu gửi; cần ít nhất {formatNumber(quorum)} thành viên có mặt.
        </p>
        {preparing ? (
          <div className="max-w-2xl rounded border border-stone-200 bg-white p-3">
            <AttendanceForm {...ref} members={s.attendance} />
          </div>
        ) : (
          <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
            {s.attendance.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 p-2">
                <span>
                  <strong>{a.name}</strong> – {attendanceLabels[a.attendance]}
                  {a.ballot === 'used' ? ' · đã bỏ phiếu điện tử' : a.ballot === 'issued' ? ' · chưa bỏ phiếu điện tử' : ''}
                </span>
                {voting && a.ballot === 'issued' ? <ReissueBallotForm {...ref} memberId={a.id} name={a.name} /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ballot" className="mb-6 rounded border border-stone-200 bg-white p-4">
        <h2 id="ballot" className="mb-2 font-semibold">
          Bỏ phiếu
        </h2>
        {preparing ? (
          <>
            <p className="mb-2 text-sm text-stone-700">Mở bỏ phiếu khi chương trình và điểm danh đã xong. Mỗi thành viên bỏ phiếu điện tử nhận một đường dẫn dùng một lần; hệ thống chỉ giữ tổng số phiếu, không ghi ai chọn gì.</p>
            <OpenVotingForm {...ref} />
          </>
        ) : null}
        {voting ? (
          <>
            <p className="mb-2 text-sm text-stone-700" data-testid="turnout">
              Phiếu điện tử: {formatNumber(s.turnout.used)}/{formatNumber(s.turnout.issued)} thành viên đã bỏ phiếu. Kết quả phiếu điện tử chỉ hiện khi kết thúc phiên.
            </p>
            <CloseSessionForm {...ref} />
          </>
        ) : null}
        {closed ? (
          <p className="text-sm">
            Phiên đã kết thúc: {formatNumber(s.candidates.filter((c) => c.outcome === 'PASSED').length)}/{formatNumber(s.candidates.length)} người đạt.{' '}
            <a href={`/api/admin/council/${s.id}/minutes`} className="font-semibold text-brand-700 underline">
              Tải biên bản họp (PDF)
            </a>{' '}
            ·{' '}
            <Link href="/admin/thi-dua/lay-y-kien" className="text-brand-700 underline">
              Lấy ý kiến nhân dân
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
