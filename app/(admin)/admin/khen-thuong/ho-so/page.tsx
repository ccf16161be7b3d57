import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { CreateCollectiveForm, CreateIndividualForm } from '@/components/admin/recipient-forms';
import { requireStaff } from '@/lib/auth/session';
import { searchRecipientsForStaff } from '@/lib/registry/data/people';
import { listUnitTree } from '@/lib/registry/data/units';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { searchTerms } from '@/lib/newsroom/schemas/search';
import { BackLink } from '@/components/admin/back-link';
import { Button } from '@/components/ui/button';
import { TextInput } from '@/components/ui/text-input';

export const metadata: Metadata = { title: 'Cá nhân và tập thể' };
export const instant = false;

const querySchema = z.object({ q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(120).catch('')).default('') });

export default async function RecipientsAdminPage({ searchParams }: PageProps<'/admin/khen-thuong/ho-so'>) {
  await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong/ho-so');
  const { q } = querySchema.parse(await searchParams);
  const terms = searchTerms(q).slice(0, 6);
  const [{ people, collectives }, tree] = await Promise.all([searchRecipientsForStaff(terms), listUnitTree()]);
  const units = tree.filter((u) => u.active).map((u) => ({ id: u.id, label: u.label }));
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div>
        <BackLink href="/admin/khen-thuong">Quyết định khen thưởng</BackLink>
        <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Cá nhân và tập thể</h1>
        <form method="get" role="search" className="mb-4 flex items-end gap-2">
          <div className="grow">
            <label htmlFor="q" className="block text-sm font-semibold">
              Tìm theo tên (có dấu hay không dấu đều được)
            </label>
            <TextInput id="q" name="q" type="search" defaultValue={q} />
          </div>
          <Button type="submit">
            Tìm
          </Button>
        </form>
        {terms.length ? (
          <div className="grid gap-4 md:grid-cols-2">
            <section aria-labelledby="people-h">
              <h2 id="people-h" className="mb-1 font-semibold">
                Cá nhân ({people.length})
              </h2>
              <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white text-sm">
                {people.map((p) => (
                  <li key={p.id} className="p-2">
                    <Link href={`/admin/khen-thuong/ho-so/ca-nhan/${p.id}`} className="font-semibold text-brand-700 hover:underline">
                      {p.fullName}
                    </Link>
                    {p.publicationConsent ? null : <span className="ml-1 text-xs text-stone-600">(không công khai)</span>}
                    <span className="block text-stone-600">
                      {[p.position, p.unit.name].filter(Boolean).join(', ')} · {p._count.awards} lượt
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="collectives-h">
              <h2 id="collectives-h" className="mb-1 font-semibold">
                Tập thể ({collectives.length})
              </h2>
              <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white text-sm">
                {collectives.map((c) => (
                  <li key={c.id} className="p-2">
                    <Link href={`/admin/khen-thuong/ho-so/tap-the/${c.id}`} className="font-semibold text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                    <span className="block text-stone-600">
                      {c.unit.name} · {c._count.awards} lượt
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        ) : (
          <p className="text-sm text-stone-600">Nhập tên để tìm hồ sơ.</p>
        )}
      </div>
      <aside className="space-y-4">
        <section aria-labelledby="new-person" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="new-person" className="mb-2 font-semibold">
            Thêm cá nhân
          </h2>
          <CreateIndividualForm units={units} />
        </section>
        <section aria-labelledby="new-collective" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="new-collective" className="mb-2 font-semibold">
            Thêm tập thể
          </h2>
          <CreateCollectiveForm units={units} />
        </section>
      </aside>
    </div>
  );
}
