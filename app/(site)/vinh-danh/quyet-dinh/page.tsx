import type { Metadata } from 'next';
import { DecisionList } from '@/components/registry/decision-list';
import { PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { listDecisions } from '@/lib/registry/data/decisions';
import { registryPaths } from '@/lib/registry/labels';

export const metadata: Metadata = {
  title: 'Quyết định khen thưởng',
  description: 'Các quyết định khen thưởng: số, ngày ký, cơ quan ban hành, người ký, trạng thái hiệu lực.',
  alternates: { canonical: registryPaths.decisions },
};

export default async function DecisionsPage() {
  const list = await listDecisions(1);
  return (
    <div>
      <RegistryNav current={registryPaths.decisions} />
      <PageTitle eyebrow="Bảng Vàng">Quyết định khen thưởng</PageTitle>
      <DecisionList list={list} />
    </div>
  );
}
