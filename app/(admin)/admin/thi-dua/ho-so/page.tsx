import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/admin/back-link';
import { DossierList } from '@/components/admin/pipeline/dossier-list';
import { listDossiers, type DossierBox } from '@/lib/registry/data/dossiers';
import { requirePipelineScope } from '@/lib/registry/data/scope';
import { dossierStatusLabels } from '@/lib/registry/pipeline-labels';
import { DOSSIER_STATUS_VALUES } from '@/lib/registry/schemas/pipeline';

export const metadata: Metadata = { title: 'Hồ sơ đề nghị khen thưởng' };
export const instant = false;

/** The inbox: dossiers in scope by deadline, those waiting for this account first, by state. */
export default async function DossiersPage({ searchParams }: PageProps<'/admin/thi-dua/ho-so'>) {
  const query = await searchParams;
  const { scope } = await requirePipelineScope('/admin/thi-dua/ho-so');
  const box: DossierBox = query.hop === 'cho-xu-ly' ? 'cho-xu-ly' : 'tat-ca';
  const status = DOSSIER_STATUS_VALUES.find((s) => s === query['trang-thai']);
  const items = await listDossiers(scope, box, status);
  const link = (params: Record<string, string | undefined>) => {
    const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
    return `/admin/thi-dua/ho-so${search.size ? `?${search}` : ''}`;
  };
  const tab = (active: boolean) => `rounded px-3 py-1.5 ${active ? 'bg-brand-700 text-white' : 'border border-stone-300 bg-white text-stone-800 hover:border-brand-600'}`;
  return (
    <div className="max-w-4xl">
      <BackLink href="/admin/thi-dua">Thi đua</BackLink>
      <h1 className="mb-3 font-serif text-3xl font-bold text-brand-700">Hồ sơ đề nghị khen thưởng</h1>
      <nav aria-label="Lọc hồ sơ" className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link href={link({ hop: 'cho-xu-ly' })} className={tab(box === 'cho-xu-ly')} aria-current={box === 'cho-xu-ly' ? 'page' : undefined}>
          Chờ tôi xử lý
        </Link>
        <Link href={link({})} className={tab(box === 'tat-ca' && !status)} aria-current={box === 'tat-ca' && !status ? 'page' : undefined}>
          Tất cả
        </Link>
        {DOSSIER_STATUS_VALUES.map((s) => (
          <Link key={s} href={link({ 'trang-thai': s })} className={tab(status === s && box === 'tat-ca')} aria-current={status === s && box === 'tat-ca' ? 'page' : undefined}>
            {dossierStatusLabels[s]}
          </Link>
        ))}
      </nav>
      <DossierList items={items} empty="Không có hồ sơ nào." />
    </div>
  );
}
