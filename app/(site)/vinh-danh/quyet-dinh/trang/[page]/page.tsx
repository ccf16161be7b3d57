import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { parsePageParam } from '@/lib/newsroom/site';
import { listDecisions } from '@/lib/registry/data/decisions';
import { registryPaths } from '@/lib/registry/labels';
import { DecisionList } from '@/components/registry/decision-list';

export async function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: PageProps<'/vinh-danh/quyet-dinh/trang/[page]'>): Promise<Metadata> {
  const { page } = await params;
  return { title: `Quyết định khen thưởng – trang ${page}`, alternates: { canonical: `${registryPaths.decisions}/trang/${page}` } };
}

export default async function DecisionsPageN({ params }: PageProps<'/vinh-danh/quyet-dinh/trang/[page]'>) {
  const page = parsePageParam((await params).page);
  if (!page || page < 2) notFound();
  const list = await listDecisions(page);
  if (list.decisions.length === 0) notFound();
  return (
    <div>
      <RegistryNav current={registryPaths.decisions} />
      <PageTitle eyebrow="Bảng Vàng">Quyết định khen thưởng</PageTitle>
      <DecisionList list={list} />
    </div>
  );
}
