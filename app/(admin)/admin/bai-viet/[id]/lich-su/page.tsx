import { diffWords } from 'diff';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreButton } from '@/components/admin/restore-button';
import { requireStaff } from '@/lib/auth/session';
import { getArticleForEdit, getRevisions, listRevisions } from '@/lib/newsroom/data/article-editing';
import { formatDateTime } from '@/lib/common/format';
import { canEditArticle, canViewArticle, NEWSROOM_ROLES } from '@/lib/auth/roles';
import { bodyPlainText, type ArticleBody } from '@/lib/newsroom/schemas/article-body';
import { listStoryCorrections } from '@/lib/newsroom/data/corrections';
import { correctionTitle } from '@/lib/newsroom/schemas/correction';

export const metadata: Metadata = { title: 'Lịch sử sửa bài' };
export const instant = false;

function Diff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <p className="whitespace-pre-wrap rounded border border-stone-200 bg-white p-3 leading-relaxed">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i} className="bg-green-100 text-green-900 no-underline">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 text-red-900">
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}

export default async function RevisionsPage({ params, searchParams }: PageProps<'/admin/bai-viet/[id]/lich-su'>) {
  const { id } = await params;
  const user = await requireStaff(NEWSROOM_ROLES, `/admin/bai-viet/${id}/lich-su`);
  const [article, revisions, corrections] = await Promise.all([getArticleForEdit(id), listRevisions(id), listStoryCorrections(id)]);
  if (!article || !canViewArticle(user, article)) notFound();
  const sp = await searchParams;
  const pick = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const a = pick(sp.a) ?? revisions[1]?.id;
  const b = pick(sp.b) ?? revisions[0]?.id;
  const pair = a && b ? await getRevisions(id, [a, b]) : [];
  const older = pair.find((r) => r.id === a);
  const newer = pair.find((r) => r.id === b);
  const canRestore = canEditArticle(user, article);
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/admin/bai-viet/${id}`} className="text-brand-700 underline">
          ‹ Về trang sửa bài
        </Link>
      </p>
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Lịch sử: {article.title}</h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <label>
          So sánh phiên bản
          <select name="a" defaultValue={a} className="ml-1 rounded border border-stone-300 px-2 py-1">
            {revisions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.version}
              </option>
            ))}
          </select>
        </label>
        <label>
          với
          <select name="b" defaultValue={b} className="ml-1 rounded border border-stone-300 px-2 py-1">
            {revisions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.version}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 font-semibold text-white">
          Xem khác biệt
        </button>
      </form>
      {older && newer ? (
        <section aria-labelledby="diff-heading" className="mb-8 space-y-3">
          <h2 id="diff-heading" className="font-semibold">
            Khác biệt giữa phiên bản {older.version} và {newer.version} (<del className="bg-red-100">đã xóa</del>, <ins className="bg-green-100 no-underline">thêm mới</ins>)
          </h2>
          <h3 className="text-sm font-semibold text-stone-600">Tiêu đề</h3>
          <Diff before={older.title} after={newer.title} />
          <h3 className="text-sm font-semibold text-stone-600">Sapo</h3>
          <Diff before={older.sapo} after={newer.sapo} />
          <h3 className="text-sm font-semibold text-stone-600">Nội dung</h3>
          <Diff before={bodyPlainText(older.body as ArticleBody)} after={bodyPlainText(newer.body as ArticleBody)} />
        </section>
      ) : (
        <p className="mb-8 text-stone-600">Cần ít nhất hai phiên bản để so sánh.</p>
      )}
      <h2 className="mb-2 font-semibold">Các phiên bản, lời cải chính và lần gỡ bài</h2>
      <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {[...revisions.map((r) => ({ at: r.createdAt, revision: r, correction: null })), ...corrections.map((c) => ({ at: c.publishedAt, revision: null, correction: c }))]
          .sort((x, y) => y.at.getTime() - x.at.getTime())
          .map(({ revision: r, correction: c }) =>
            r ? (
              <li key={r.id} className="flex flex-wrap items-center gap-3 p-2 text-sm">
                <span className="font-semibold">Phiên bản {r.version}</span>
                <span>{formatDateTime(r.createdAt)}</span>
                <span className="text-stone-600">{r.editor?.name ?? 'Hệ thống'}</span>
                {r.note ? <span className="italic">{r.note}</span> : null}
                {canRestore && r.version !== article.version ? <RestoreButton articleId={id} revisionId={r.id} version={article.version} revisionVersion={r.version} /> : null}
              </li>
            ) : c ? (
              <li key={c.id} className="space-y-1 bg-amber-50 p-2 text-sm">
                <p className="flex flex-wrap gap-3">
                  <span className="font-semibold">{correctionTitle(c.kind, c.apology)}</span>
                  <span>{formatDateTime(c.publishedAt)}</span>
                  <span className="text-stone-600">{c.author?.name ?? 'Hệ thống'}</span>
                  {c.liftedAt ? <span className="italic">đăng lại bài {formatDateTime(c.liftedAt)}</span> : null}
                </p>
                {c.kind === 'CORRECTION' ? (
                  <p>
                    <span className="font-semibold">Đã đăng:</span> {c.wrongText} <span className="font-semibold">Cải chính:</span> {c.rightText}
                  </p>
                ) : (
                  <p>
                    <span className="font-semibold">Thông báo:</span> {c.rightText} <span className="font-semibold">Lý do:</span> {c.reason}
                  </p>
                )}
              </li>
            ) : null,
          )}
      </ol>
    </div>
  );
}
