import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CorrectionList } from '@/components/site/correction-list';
import { listCorrections } from '@/lib/newsroom/data/corrections';
import { parsePageParam } from '@/lib/newsroom/site';
import { CORRECTIONS_HEADING, correctionsPageHref } from '@/lib/newsroom/schemas/correction';
import { notFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: PageProps<'/cai-chinh/trang/[page]'>): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  if (!page) return notFoundMetadata;
  return { title: `${CORRECTIONS_HEADING} – trang ${page}`, alternates: { canonical: correctionsPageHref(page) } };
}

export default async function CorrectionsPageN({ params }: PageProps<'/cai-chinh/trang/[page]'>) {
  const page = parsePageParam((await params).page);
  // Page 1 is the list itself (next.config.ts redirects /cai-chinh/trang/1 there).
  if (!page || page < 2) notFound();
  const list = await listCorrections(page);
  if (page > list.pageCount) notFound();
  return <CorrectionList list={list} />;
}
