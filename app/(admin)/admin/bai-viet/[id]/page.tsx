import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/article-editor';
import { CorrectionsPanel } from '@/components/admin/editor/corrections-panel';
import { listStoryCorrections } from '@/lib/newsroom/data/corrections';
import { listArticleNotes } from '@/lib/newsroom/data/notes';
import { getLiveDesk } from '@/lib/newsroom/data/live';
import { LivePanel } from '@/components/admin/editor/live-panel';
import { requireStaff } from '@/lib/auth/session';
import { getArticleForEdit, getEditorOptions } from '@/lib/newsroom/data/article-editing';
import { canEditArticle, canPublishArticles, canResolveNote, canSubmitArticle, canViewArticle, NEWSROOM_ROLES } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Sửa bài' };
export const instant = false;

export default async function EditArticlePage({ params }: PageProps<'/admin/bai-viet/[id]'>) {
  const { id } = await params;
  const user = await requireStaff(NEWSROOM_ROLES, `/admin/bai-viet/${id}`);
  const [article, options, notes, live] = await Promise.all([getArticleForEdit(id), getEditorOptions(), listArticleNotes(id), getLiveDesk(id)]);
  // A story the viewer may not see is answered like a missing one.
  if (!article || !canViewArticle(user, article)) notFound();
  return (
    <div>
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">Sửa bài</h1>
      <p className="mb-4 text-sm text-stone-600">Tác giả: {article.authorName}</p>
      <ArticleEditor
        article={article}
        options={{
          categories: options.categories,
          canEdit: canEditArticle(user, article),
          canPublish: canPublishArticles(user),
          canSubmit: canSubmitArticle(user, article),
          canReinstate: user.role === 'ADMIN',
        }}
        notes={notes.map((n) => ({ ...n, canResolve: canResolveNote(user, n, article) }))}
      />
      {article.id && canPublishArticles(user) && (article.status === 'PUBLISHED' || live?.startedAt) && live ? <LivePanel articleId={article.id} live={live} /> : null}
      {article.id && ['PUBLISHED', 'WITHDRAWN', 'ARCHIVED'].includes(article.status) && canPublishArticles(user) ? <CorrectionsPanel articleId={article.id} status={article.status} corrections={await listStoryCorrections(article.id)} /> : null}
    </div>
  );
}
