import { getUnitTree, type UnitNodeDto } from '@/lib/registry/data/units';
import { absoluteUrl } from '@/lib/newsroom/seo';
import { apiJson } from '@/lib/registry/api';
import { registryPaths } from '@/lib/registry/labels';

type UnitJson = { slug: string; name: string; kind: string; active: boolean; url: string; children: UnitJson[] };

const toJson = (node: UnitNodeDto): UnitJson => ({
  slug: node.slug,
  name: node.name,
  kind: node.kind,
  active: node.active,
  url: absoluteUrl(registryPaths.unit(node.slug)),
  children: node.children.map(toJson),
});

/** The unit hierarchy as a tree. */
export async function GET() {
  return apiJson({ data: (await getUnitTree()).map(toJson) });
}
