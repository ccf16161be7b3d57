import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle, RegistryNav, RevokedBadge } from '@/components/registry/registry-nav';
import { getAwardVerification, latestAwardId } from '@/lib/registry/data/verification';
import { formatDate } from '@/lib/common/format';
import { recipientKindLabels, registryPaths } from '@/lib/registry/labels';

// Certificates link here from their QR code; not a page to list or index.
export const metadata: Metadata = { title: 'Xác minh khen thưởng', robots: { index: false, follow: true } };

export async function generateStaticParams() {
  const latest = await latestAwardId();
  return latest ? [{ id: latest }] : [];
}

/** What a printed certificate claims, checked against the register. */
export default async function VerifyAwardPage({ params }: PageProps<'/vinh-danh/xac-minh/[id]'>) {
  const { id } = await params;
  const award = await getAwardVerification(id);
  if (!award) notFound();
  const { recipient, decision } = award;
  const recipientPath = recipient.slug
    ? recipient.kind === 'INDIVIDUAL'
      ? registryPaths.individual(recipient.slug)
      : recipient.kind === 'COLLECTIVE'
        ? registryPaths.collective(recipient.slug)
        : registryPaths.unit(recipient.slug)
    : null;
  return (
    <div>
      <RegistryNav current={registryPaths.home} />
      <PageTitle eyebrow="Xác minh giấy chứng nhận">{award.typeName}</PageTitle>
      <p
        role="status"
        className={`mb-6 max-w-3xl rounded border-l-4 p-4 font-semibold ${decision.revoked ? 'border-stone-700 bg-stone-100' : 'border-green-700 bg-green-50 text-green-900'}`}
      >
        {decision.revoked
          ? `Không còn hiệu lực: Quyết định số ${decision.number} đã bị thu hồi${decision.revokedAt ? ` ngày ${formatDate(decision.revokedAt)}` : ''}.`
          : 'Hợp lệ: khen thưởng này có trong sổ vàng và quyết định đang có hiệu lực.'}
        {decision.revoked ? <RevokedBadge /> : null}
      </p>
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="text-stone-600">{recipientKindLabels[recipient.kind]}</dt>
        <dd className="font-semibold">
          {recipientPath ? (
            <a href={recipientPath} className="text-brand-700 underline">
              {recipient.name}
            </a>
          ) : (
            <>
              {recipient.name} <span className="font-normal text-stone-600">(không công khai họ tên theo nguyện vọng)</span>
            </>
          )}
          {recipient.position ? `, ${recipient.position}` : ''}
          {recipient.unitName ? ` – ${recipient.unitName}` : ''}
        </dd>
        <dt className="text-stone-600">Danh hiệu / hình thức</dt>
        <dd>
          <a href={registryPaths.type(award.typeSlug)} className="text-brand-700 underline">
            {award.typeName}
          </a>
        </dd>
        <dt className="text-stone-600">Năm thành tích</dt>
        <dd>{award.year}</dd>
        {award.achievement ? (
          <>
            <dt className="text-stone-600">Thành tích</dt>
            <dd>{award.achievement}</dd>
          </>
        ) : null}
        <dt className="text-stone-600">Quyết định</dt>
        <dd>
          <a href={registryPaths.decision(decision.slug)} className="text-brand-700 underline">
            Số {decision.number}
          </a>{' '}
          ngày {formatDate(decision.signedAt)}, {decision.issuingAuthority}
        </dd>
        <dt className="text-stone-600">Người ký</dt>
        <dd>
          {decision.signerName}, {decision.signerTitle}
        </dd>
        <dt className="text-stone-600">Mã hồ sơ</dt>
        <dd className="font-mono text-sm">{award.id}</dd>
      </dl>
    </div>
  );
}
