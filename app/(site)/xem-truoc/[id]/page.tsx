import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { awardFactDecisionIds } from '@/components/site/article-body';
import { ArticleView } from '@/components/site/article-view';
import { requireStaff } from '@/lib/admin-session';
import { getArticleExtras } from '@/lib/data/article-extras';
import { getArticleForPreview } from '@/lib/data/articles';
import { getAwardFacts } from '@/lib/data/registry';
import { canViewArticle, NEWSROOM_ROLES } from '@/lib/permissions';
import { articleStatusLabels } from '@/lib/validations/article';

export const metadata: Metadata = { title: 'Xem trước', robots: { index: false, follow: false } };
// Staff only, per request, never cached: a draft must not reach a shared cache.
export const instant = false;

export default async function PreviewPage({ params }: PageProps<'/xem-truoc/[id]'>) {
  const { id } = await params;
  const user = await requireStaff(NEWSROOM_ROLES, `/xem-truoc/${id}`);
  const article = await getArticleForPreview(id);
  if (!article || !canViewArticle(user, article)) notFound();
  const [facts, extras] = await Promise.all([getAwardFacts(awardFactDecisionIds(article.body)), getArticleExtras(article.id, article.categoryId)]);
  return (
    <>
      <p role="note" className="mx-auto mb-4 max-w-3xl rounded bg-gold-400/30 p-3 text-sm">
        Bản xem trước ({articleStatusLabels[article.status as keyof typeof articleStatusLabels]}) — bạn đọc chưa thấy trang này.{' '}
        <Link href={`/admin/bai-viet/${id}`} className="underline">
          Về trang sửa
        </Link>
      </p>
      <ArticleView article={article} facts={facts} extras={extras} />
    </>
  );
}
