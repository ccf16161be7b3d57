import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { BackLink } from '@/components/admin/back-link';
import { DossierCreateForm } from '@/components/admin/pipeline/dossier-create-form';
import { listCampaignsForStaff } from '@/lib/registry/data/campaigns';
import { listCommendationTypesForStaff } from '@/lib/registry/data/commendation-types';
import { covers, requirePipelineScope } from '@/lib/registry/data/scope';
import { listUnitTree } from '@/lib/registry/data/units';
import { currentYear } from '@/lib/registry/pipeline-year';

export const metadata: Metadata = { title: 'Lập hồ sơ đề nghị' };
export const instant = false;

export default async function NewDossierPage() {
  const { scope } = await requirePipelineScope('/admin/thi-dua/ho-so/moi');
  // Registrars receive dossiers; units (and administrators) lap them.
  if (scope.all && scope.role === 'REGISTRAR') forbidden();
  const [tree, types, campaigns] = await Promise.all([listUnitTree(), listCommendationTypesForStaff(), listCampaignsForStaff()]);
  return (
    <div className="max-w-md">
      <BackLink href="/admin/thi-dua/ho-so">Hồ sơ đề nghị</BackLink>
      <h1 className="mb-3 font-serif text-3xl font-bold text-brand-700">Lập hồ sơ đề nghị khen thưởng</h1>
      <DossierCreateForm
        year={currentYear()}
        units={tree.filter((u) => u.active && covers(scope, u.id)).map((u) => ({ value: u.id, label: u.label }))}
        types={types.filter((t) => t.active).map((t) => ({ value: t.id, label: t.name }))}
        campaigns={campaigns.filter((c) => !c.closedAt).map((c) => ({ value: c.id, label: c.name }))}
      />
    </div>
  );
}
