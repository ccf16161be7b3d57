import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/admin/article-editor';
import { requireStaff } from '@/lib/auth/session';
import { getEditorOptions } from '@/lib/newsroom/data/article-editing';
import { canPublishArticles, NEWSROOM_ROLES } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Viết bài mới' };
export const instant = false;

export default async function NewArticlePage() {
  const user = await requireStaff(NEWSROOM_ROLES, '/admin/bai-viet/moi');
  const options = await getEditorOptions();
  return (
    <div>
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Viết bài mới</h1>
      <ArticleEditor
        article={{
          id: null,
          version: 0,
          status: 'DRAFT',
          title: '',
          sapo: '',
          slug: '',
          body: { type: 'doc', content: [{ type: 'paragraph' }] },
          categoryId: '',
          tags: [],
          coverId: null,
          coverCaption: null,
          layout: 'STANDARD',
          byline: null,
          seoTitle: null,
          seoDescription: null,
          featured: false,
          reviewNote: null,
          publishedAt: null,
          links: { decision: [], campaign: [], unit: [], collective: [], individual: [] },
        }}
        options={{ categories: options.categories, canEdit: true, canPublish: canPublishArticles(user), canSubmit: true, canReinstate: false }}
      />
    </div>
  );
}
