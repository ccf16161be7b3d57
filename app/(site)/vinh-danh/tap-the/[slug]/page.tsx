import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecipientPage } from '@/components/registry/recipient-page';
import { getCollectivePage, listProminentRecipientSlugs } from '@/lib/registry/data/people';
import { registryPaths } from '@/lib/registry/labels';
import { registryNotFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  return (await listProminentRecipientSlugs('COLLECTIVE')).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/vinh-danh/tap-the/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const data = await getCollectivePage(slug);
  if (!data) return registryNotFoundMetadata;
  return {
    title: `${data.name} – ${data.unit.name}`,
    description: `Quá trình khen thưởng của ${data.name} (${data.unit.name}).`,
    alternates: { canonical: registryPaths.collective(slug) },
  };
}

export default async function CollectivePage({ params }: PageProps<'/vinh-danh/tap-the/[slug]'>) {
  const { slug } = await params;
  const data = await getCollectivePage(slug);
  if (!data) notFound();
  return <RecipientPage data={data} kind="COLLECTIVE" />;
}
