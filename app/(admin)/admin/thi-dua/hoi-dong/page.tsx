import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/admin/back-link';
import { CreateSessionForm } from '@/components/admin/council/session-forms';
import { ProcedureRuleForm } from '@/components/admin/council/procedure-rule-form';
import { RuleCitation, ToConfirmBadge } from '@/components/registry/rule-citation';
import { requireStaff } from '@/lib/auth/session';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { formatDate, formatNumber } from '@/lib/common/format';
import { vietnamToday } from '@/lib/calendar/working-days';
import { councilRoleLabels, sessionStatusLabels, voteBaseLabels } from '@/lib/registry/council/labels';
import { shareLabel } from '@/lib/registry/council/threshold';
import { listCouncils, listSessions } from '@/lib/registry/data/council';
import { listProcedureRules } from '@/lib/registry/data/procedure-rules';

export const metadata: Metadata = { title: 'Hội đồng Thi đua – Khen thưởng' };
export const instant = false;

/** The councils with their members by term, the sessions, and the rules the votes are judged by. */
export default async function CouncilPage() {
  const user = await requireStaff(REGISTRY_ROLES, '/admin/thi-dua/hoi-dong');
  const [councils, sessions, rules] = await Promise.all([listCouncils(), listSessions(), listProcedureRules()]);
  const today = vietnamToday();
  // Versions come newest first within a rule: the first of each key is the one a new version follows.
  const latest = new Set([...new Map(rules.map((r) => [r.ruleKey, r.id] as const).reverse()).values()]);
  const inTerm = (m: { termFrom: Date; termTo: Date | null }) => m.termFrom.toISOString().slice(0, 10) <= today && (!m.termTo || m.termTo.toISOString().slice(0, 10) >= today);
  return (
    <div className="max-w-5xl">
      <BackLink href="/admin/thi-dua">Thi đua – đề nghị khen thưởng</BackLink>
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Hội đồng Thi đua – Khen thưởng</h1>

      <section aria-labelledby="sessions" className="mb-8">
        <h2 id="sessions" className="mb-2 text-xl font-semibold">
          Phiên họp ({formatNumber(sessions.length)})
        </h2>
        {sessions.length === 0 ? <p className="text-stone-600">Chưa có phiên họp nào.</p> : null}
        <ul className="mb-4 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {sessions.map((s) => (
            <li key={s.id} className="p-3">
              <Link href={`/admin/thi-dua/hoi-dong/${s.id}`} className="font-semibold text-brand-700 underline">
                {s.code} · {s.title}
              </Link>
              <p className="text-sm text-stone-600">
                {formatDate(s.heldOn)} · {s.council.name} · {sessionStatusLabels[s.status]} · {formatNumber(s._count.candidates)} người được xét
              </p>
            </li>
          ))}
        </ul>
        <details className="rounded border border-stone-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold">Tạo phiên họp</summary>
          <div className="mt-3 max-w-xl">
            <CreateSessionForm councils={councils.map((c) => ({ value: c.id, label: c.name }))} today={today} />
          </div>
        </details>
      </section>

      {councils.map((c) => (
        <section key={c.id} aria-labelledby={`council-${c.id}`} className="mb-8">
          <h2 id={`council-${c.id}`} className="mb-1 text-xl font-semibold">
            {c.name}
          </h2>
          <p className="mb-2 text-sm text-stone-700">
            Xét khen thưởng thuộc thẩm quyền {c.authority}. Họp hợp lệ khi có ít nhất {shareLabel({ shareNumerator: c.quorumNumerator, shareDenominator: c.quorumDenominator })} tổng số thành viên dự họp
            {c.quorumSource ? ` (${c.quorumSource})` : ''}
            {c.quorumConfirmation === 'TO_CONFIRM' ? (
              <>
                {' '}
                <ToConfirmBadge note="Tỷ lệ do quy chế hoạt động của Hội đồng quy định; cần đối chiếu quy chế hiện hành." />
              </>
            ) : null}
            .
          </p>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Thành viên {c.name}</caption>
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="py-1 pr-2">Họ tên</th>
                <th scope="col" className="py-1 pr-2">Chức vụ</th>
                <th scope="col" className="py-1 pr-2">Vai trò</th>
                <th scope="col" className="py-1">Nhiệm kỳ</th>
              </tr>
            </thead>
            <tbody>
              {c.members.map((m) => (
                <tr key={m.id} className={`border-b border-stone-200 ${inTerm(m) ? '' : 'text-stone-500'}`}>
                  <td className="py-1 pr-2">{m.name}</td>
                  <td className="py-1 pr-2">{m.position}</td>
                  <td className="py-1 pr-2">{councilRoleLabels[m.role]}</td>
                  <td className="py-1">
                    {formatDate(m.termFrom)} – {m.termTo ? formatDate(m.termTo) : 'nay'}
                    {inTerm(m) ? '' : ' (hết nhiệm kỳ)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <section aria-labelledby="rules">
        <h2 id="rules" className="mb-2 text-xl font-semibold">
          Quy định về bỏ phiếu và lấy ý kiến
        </h2>
        <ul className="space-y-2">
          {rules.map((r) => (
            <li key={r.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
              <p className="font-semibold">
                {r.type.name} · {r.kind === 'COUNCIL_VOTE' ? `Hội đồng: từ ${shareLabel({ shareNumerator: r.shareNumerator!, shareDenominator: r.shareDenominator! })} ${voteBaseLabels[r.base!]}` : `Lấy ý kiến nhân dân ${formatNumber(r.workingDays!)} ngày làm việc`}
                {r.withdrawn ? ' (đã bãi bỏ)' : ''}
              </p>
              <p>{r.statement}</p>
              <p className="text-stone-600">
                <RuleCitation rule={r} /> · áp dụng từ {formatDate(r.effectiveFrom)}
                {r.effectiveTo ? ` đến ${formatDate(r.effectiveTo)}` : ''} · phiên bản {r.version}
              </p>
              {r.note ? <p className="text-stone-600">{r.note}</p> : null}
              {user.role === 'ADMIN' && latest.has(r.id) ? (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold text-brand-700">Lưu phiên bản mới (xác nhận, sửa hoặc bãi bỏ)</summary>
                  <div className="mt-2 max-w-2xl">
                    <ProcedureRuleForm rule={r} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
