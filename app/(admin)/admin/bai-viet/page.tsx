import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/site/pagination';
import { requireStaff } from '@/lib/auth/session';
import { getEditorOptions, listAdminArticles } from '@/lib/newsroom/data/article-editing';
import { formatDateTime } from '@/lib/common/format';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';
import { articleListSchema, articleStatusLabels, ARTICLE_STATUSES, type ArticleListFilters } from '@/lib/newsroom/schemas/article';
import { ButtonLink } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Bài viết' };
export const instant = false;

function query(f: ArticleListFilters, page: number) {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.status) p.set('status', f.status);
  if (f.category) p.set('category', f.category);
  if (f.author) p.set('author', f.author);
  if (f.sort !== 'updated') p.set('sort', f.sort);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return `/admin/bai-viet${s ? `?${s}` : ''}`;
}

export default async function AdminArticlesPage({ searchParams }: PageProps<'/admin/bai-viet'>) {
  const user = await requireStaff(NEWSROOM_ROLES, '/admin/bai-viet');
  const filters = articleListSchema.parse(await searchParams);
  const [list, options] = await Promise.all([listAdminArticles(filters, user), getEditorOptions()]);
  const field = 'mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm';
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold text-brand-700">Bài viết</h1>
        <ButtonLink href="/admin/bai-viet/moi">
          Viết bài mới
        </ButtonLink>
      </div>
      <form method="get" className="mb-4 grid gap-3 rounded border border-stone-200 bg-white p-3 sm:grid-cols-5">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-semibold">
            Tìm trong bài
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className={field} />
        </div>
        <div>
          <label htmlFor="status" className="text-sm font-semibold">
            Trạng thái
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ''} className={field}>
            <option value="">Tất cả</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {articleStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="category" className="text-sm font-semibold">
            Chuyên mục
          </label>
          <select id="category" name="category" defaultValue={filters.category ?? ''} className={field}>
            <option value="">Tất cả</option>
            {options.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        {user.role !== 'REPORTER' ? (
          <div>
            <label htmlFor="author" className="text-sm font-semibold">
              Tác giả
            </label>
            <select id="author" name="author" defaultValue={filters.author ?? ''} className={field}>
              <option value="">Tất cả</option>
              {options.authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="sort" className="text-sm font-semibold">
            Sắp xếp
          </label>
          <select id="sort" name="sort" defaultValue={filters.sort} className={field}>
            <option value="updated">Sửa gần nhất</option>
            <option value="published">Ngày đăng</option>
            <option value="title">Tiêu đề</option>
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-sm font-semibold text-white">
            Lọc
          </button>
        </div>
      </form>
      <p className="mb-2 text-sm text-stone-600">{list.total} bài</p>
      <div className="overflow-x-auto rounded border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600" role="region" aria-label="Danh sách bài viết" tabIndex={0}>
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">Danh sách bài viết</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="p-2">
                Tiêu đề
              </th>
              <th scope="col" className="p-2">
                Trạng thái
              </th>
              <th scope="col" className="p-2">
                Chuyên mục
              </th>
              <th scope="col" className="p-2">
                Tác giả
              </th>
              <th scope="col" className="p-2">
                Cập nhật
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((a) => (
              <tr key={a.id} className="border-t border-stone-200">
                <td className="p-2">
                  <Link href={`/admin/bai-viet/${a.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                    {a.title}
                  </Link>
                  {a.openNotes > 0 ? <span className="ml-2 whitespace-nowrap rounded bg-brand-100 px-1.5 text-xs font-semibold text-stone-800">{a.openNotes.toLocaleString('vi-VN')} ghi chú</span> : null}
                </td>
                <td className="p-2">{articleStatusLabels[a.status]}</td>
                <td className="p-2">{a.categoryName}</td>
                <td className="p-2">{a.authorName}</td>
                <td className="p-2 whitespace-nowrap">{formatDateTime(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={filters.page} pageCount={list.pageCount} hrefFor={(n) => query(filters, n)} />
    </div>
  );
}
