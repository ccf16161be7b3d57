import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { requireStaff } from '@/lib/auth/session';
import { getArticlePreviewPage } from '@/lib/newsroom/data/article-page';
import { canViewArticle, NEWSROOM_ROLES } from '@/lib/auth/roles';
import { articleStatusLabels } from '@/lib/newsroom/schemas/article';

export const metadata: Metadata = { title: 'Xem trước', robots: { index: false, follow: false } };
// Staff only, per request, never cached: a draft must not reach a shared cache.
export const instant = false;

export default async function PreviewPage({ params }: PageProps<'/xem-truoc/[id]'>) {
  const { id } = await params;
  const user = await requireStaff(NEWSROOM_ROLES, `/xem-truoc/${id}`);
  const page = await getArticlePreviewPage(id, (article) => canViewArticle(user, article));
  if (!page) notFound();
  const { article, facts, extras, status } = page;
  return (
    <>
      <p role="note" className="mx-auto mb-4 max-w-3xl rounded bg-gold-400/30 p-3 text-sm">
        Bản xem trước ({articleStatusLabels[status as keyof typeof articleStatusLabels]}) — bạn đọc chưa thấy trang này.{' '}
        <a href={`/admin/bai-viet/${id}`} className="underline">
          Về trang sửa
        </a>
      </p>
      <ArticleView article={article} facts={facts} extras={extras} />
    </>
  );
}
