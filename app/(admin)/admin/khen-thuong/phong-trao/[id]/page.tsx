import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CampaignForm, CloseCampaignButton } from '@/components/admin/catalogue-forms';
import { StoryLinks } from '@/components/admin/story-links';
import { requireStaff } from '@/lib/auth/session';
import { getCampaignForEdit } from '@/lib/registry/data/campaigns';
import { campaignKindChoices } from '@/lib/registry/choices';
import { listUnitTree } from '@/lib/registry/data/units';
import { formatDate } from '@/lib/common/format';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { registryPaths } from '@/lib/registry/labels';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Phong trào thi đua' };
export const instant = false;

export default async function CampaignAdminPage({ params }: PageProps<'/admin/khen-thuong/phong-trao/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/khen-thuong/phong-trao/${id}`);
  const [found, tree] = await Promise.all([getCampaignForEdit(id), listUnitTree()]);
  if (!found) notFound();
  const { campaign, stories } = found;
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink href="/admin/khen-thuong/phong-trao" className="">Phong trào thi đua</BackLink>
      <h1 className="font-serif text-3xl font-bold text-brand-700">{campaign.name}</h1>
      <p className="text-sm text-stone-600">
        {campaign.closedAt ? `Đã tổng kết ngày ${formatDate(campaign.closedAt)}` : 'Đang diễn ra'} ·{' '}
        <Link href={registryPaths.campaign(campaign.slug)} className="text-brand-700 underline">
          trang công khai
        </Link>
      </p>
      <div className="rounded border border-stone-200 bg-white p-4">
        <CampaignForm campaign={campaign} units={tree.map((u) => ({ id: u.id, label: u.label }))} kinds={campaignKindChoices} />
      </div>
      <section aria-labelledby="stories-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="stories-heading" className="mb-2 font-semibold">
          Bài viết liên quan
        </h2>
        <StoryLinks kind="campaign" id={campaign.id} initial={stories.map((s) => ({ id: s.id, label: s.title }))} />
      </section>
      {campaign.closedAt ? null : (
        <div className="rounded border border-stone-200 bg-white p-4">
          <CloseCampaignButton id={campaign.id} />
        </div>
      )}
    </div>
  );
}
