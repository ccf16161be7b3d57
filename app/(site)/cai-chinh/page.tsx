import type { Metadata } from 'next';
import { CorrectionList } from '@/components/site/correction-list';
import { listCorrections } from '@/lib/newsroom/data/corrections';
import { CORRECTIONS_HEADING, CORRECTIONS_PATH } from '@/lib/newsroom/schemas/correction';

export const metadata: Metadata = {
  title: CORRECTIONS_HEADING,
  description: 'Lời cải chính, xin lỗi và thông báo gỡ bài của tòa soạn, mới nhất trước.',
  alternates: { canonical: CORRECTIONS_PATH, types: { 'application/rss+xml': `${CORRECTIONS_PATH}/rss.xml` } },
};

export default async function CorrectionsPage() {
  return <CorrectionList list={await listCorrections(1)} />;
}
