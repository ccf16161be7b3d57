import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecipientPage } from '@/components/registry/recipient-page';
import { getIndividualPage, listProminentRecipientSlugs } from '@/lib/registry/data/people';
import { registryPaths } from '@/lib/registry/labels';
import { registryNotFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  return (await listProminentRecipientSlugs('INDIVIDUAL')).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/vinh-danh/ca-nhan/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const data = await getIndividualPage(slug);
  if (!data) return registryNotFoundMetadata;
  return {
    title: `${data.name} – ${data.unit.name}`,
    description: `Quá trình khen thưởng của ${data.name}${data.position ? `, ${data.position}` : ''}, ${data.unit.name}.`,
    alternates: { canonical: registryPaths.individual(slug) },
  };
}

// People who did not consent to publication are answered exactly like a missing page.
export default async function IndividualPage({ params }: PageProps<'/vinh-danh/ca-nhan/[slug]'>) {
  const { slug } = await params;
  const data = await getIndividualPage(slug);
  if (!data) notFound();
  return <RecipientPage data={data} kind="INDIVIDUAL" />;
}
