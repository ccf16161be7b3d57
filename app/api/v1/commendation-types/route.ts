import { listCommendationTypes } from '@/lib/registry/data/commendation-types';
import { absoluteUrl } from '@/lib/newsroom/seo';
import { apiJson } from '@/lib/registry/api';
import { registryPaths } from '@/lib/registry/labels';

export async function GET() {
  const types = await listCommendationTypes();
  return apiJson({
    data: types.map((t) => ({ ...t, url: absoluteUrl(registryPaths.type(t.slug)), awards: absoluteUrl(`/api/v1/awards?danh-hieu=${t.slug}`) })),
  });
}
