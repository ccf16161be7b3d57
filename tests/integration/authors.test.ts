// Author pages against PostgreSQL: the slug the database gives every account (from the name,
// unique against current and earlier slugs), the page's stories (a pen name is never listed
// nor linked), the profile action's role matrix, bad input and a lost update changing
// nothing, an old slug redirecting, the tags each change expires, and a portrait that the
// media library will not delete.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, requestFrom, signIn } from '../support/acting-as';

requestFrom('203.0.113.41');
const { updateAuthorProfile } = await import('@/lib/newsroom/actions/authors');
const { updateUser } = await import('@/lib/auth/actions/users');
const { deleteMedia, updateMedia } = await import('@/lib/media/actions/media');
const { getAuthorPage, getAuthorProfile } = await import('@/lib/newsroom/data/authors');
const { getPublishedArticle } = await import('@/lib/newsroom/data/articles');
const { articleJsonLd } = await import('@/lib/newsroom/seo');
const { slugify } = await import('@/lib/common/slug');
const prisma = testPrisma();
const updated = cacheCalls.updated;

const run = Math.random().toString(36).slice(2, 8);
const users: string[] = [];
const stories: string[] = [];
const media: string[] = [];

async function account(name: string, role: 'REPORTER' | 'EDITOR' | 'REGISTRAR' = 'REPORTER', active = true) {
  const user = await prisma.user.create({
    data: { email: `tac-gia-${run}-${users.length}@bangvang.local`, name, role, active, passwordHash: 'x' },
    select: { id: true, slug: true, name: true, role: true },
  });
  users.push(user.id);
  return user;
}

async function story(authorId: string, byline: string | null, title = `Bài của tác giả ${run} ${stories.length}`) {
  const row = await prisma.article.create({
    data: {
      title,
      slug: `bai-tac-gia-${run}-${stories.length}`,
      sapo: 'Sapo của bài kiểm thử trang tác giả.',
      body: { type: 'doc', content: [] },
      categoryId: 'cat-tdkt',
      authorId,
      byline,
      status: 'PUBLISHED',
      publishedAt: new Date(Date.now() - (stories.length + 1) * 60_000),
    },
    select: { id: true, slug: true },
  });
  stories.push(row.id);
  return row;
}

const profileOf = async (id: string) => (await getAuthorProfile(id))!;
const edit = async (id: string, change: Record<string, unknown>) => {
  const p = await profileOf(id);
  return updateAuthorProfile({ id, name: p.name, slug: p.slug, jobTitle: p.jobTitle ?? '', bio: p.bio ?? '', photoId: p.photo?.id ?? '', version: p.version, ...change });
};
const as = (user: { id: string; role: string }) => signIn({ id: user.id, role: user.role });

beforeEach(() => {
  updated.length = 0;
});
afterAll(async () => {
  await prisma.auditEvent.deleteMany({ where: { OR: [{ entityId: { in: users } }, { actorId: { in: users } }] } });
  await prisma.article.deleteMany({ where: { id: { in: stories } } });
  await prisma.authorProfile.deleteMany({ where: { userId: { in: users } } });
  await prisma.media.deleteMany({ where: { id: { in: media } } });
  await prisma.user.deleteMany({ where: { id: { in: users } } });
  await prisma.$disconnect();
});

describe('the slug the database gives an account', () => {
  it('comes from the name as the app makes slugs, unique against current and earlier slugs', async () => {
    const name = `Đỗ Thị Ngọc Ánh Hưởng Ưu Ỷ ${run}`;
    const first = await account(name);
    expect(first.slug).toBe(slugify(name));
    expect(first.slug).toBe(`do-thi-ngoc-anh-huong-uu-y-${run}`);
    // The same name, written in decomposed form and in capitals: the same slug, numbered.
    const second = await account(name.toUpperCase().normalize('NFD'));
    expect(second.slug).toBe(`${first.slug}-2`);
    // An earlier slug stays reserved: a newcomer with that name does not take it over.
    await prisma.user.update({ where: { id: second.id }, data: { slug: `mai-${run}`, oldSlugs: { create: { slug: `${first.slug}-2` } } } });
    expect((await account(name)).slug).toBe(`${first.slug}-3`);
    // A name with no letter or digit still gets an address.
    expect((await account('— … —')).slug).toMatch(/^tac-gia(-\d+)?$/);
  });

  it('refuses a slug that is not lower-case words and hyphens', async () => {
    const user = await account(`Người Kiểm Thử ${run}`);
    await expect(prisma.user.update({ where: { id: user.id }, data: { slug: 'Hà Nội' } })).rejects.toThrow();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { slug: true } })).slug).toBe(user.slug);
  });
});

describe('the author page', () => {
  it('lists the stories signed with the author’s name, never a pen name, and only those link to it', async () => {
    const author = await account(`Vũ Minh Tác ${run}`);
    const own = await story(author.id, null);
    const signed = await story(author.id, author.name);
    const pen = await story(author.id, 'Hoài Giang');
    const page = await getAuthorPage(author.slug, 1);
    expect(page.kind).toBe('found');
    if (page.kind !== 'found') return;
    expect(page.data.total).toBe(2);
    expect(page.data.articles.map((a) => a.id).sort()).toEqual([own.id, signed.id].sort());
    expect(page.data.author).toMatchObject({ name: author.name, slug: author.slug });

    const linked = await getPublishedArticle(own.slug);
    const penned = await getPublishedArticle(pen.slug);
    if (linked.kind !== 'found' || penned.kind !== 'found') throw new Error('stories not found');
    expect(linked.article.authorHref).toBe(`/tac-gia/${author.slug}`);
    expect(penned.article.authorHref).toBeNull();
    expect(penned.article.byline).toBe('Hoài Giang');
    const person = (articleJsonLd(linked.article)['@graph'][0] as { author: { url?: string }[] }).author[0]!;
    expect(person.url).toMatch(new RegExp(`/tac-gia/${author.slug}$`));
    expect((articleJsonLd(penned.article)['@graph'][0] as { author: { url?: string }[] }).author[0]!.url).toBeUndefined();
  });

  it('exists for active newsroom staff, and for anyone once a story carries their name', async () => {
    const newcomer = await account(`Phóng Viên Mới ${run}`);
    expect(await getAuthorPage(newcomer.slug, 1)).toMatchObject({ kind: 'found', data: { total: 0 } });
    const registrar = await account(`Cán Bộ Sổ Vàng ${run}`, 'REGISTRAR');
    expect(await getAuthorPage(registrar.slug, 1)).toEqual({ kind: 'missing' });
    const formerOnlyPen = await account(`Người Đã Nghỉ ${run}`, 'REPORTER', false);
    await story(formerOnlyPen.id, 'Bút danh khác');
    expect(await getAuthorPage(formerOnlyPen.slug, 1)).toEqual({ kind: 'missing' });
    const former = await account(`Cựu Phóng Viên ${run}`, 'REPORTER', false);
    await story(former.id, null);
    expect(await getAuthorPage(former.slug, 1)).toMatchObject({ kind: 'found', data: { total: 1 } });
    expect(await getAuthorPage(`khong-co-${run}`, 1)).toEqual({ kind: 'missing' });
  });
});

describe('editing the profile', () => {
  it('a staff member edits their own: a new slug redirects from the old, bylines and both pages are expired, audited', async () => {
    const author = await account(`Hồ Sơ Tác Giả ${run}`);
    await story(author.id, null);
    as(author);
    const result = await edit(author.id, { slug: `ho-so-moi-${run}`, jobTitle: 'Phóng viên Ban Thời sự', bio: 'Theo dõi phong trào thi đua ở cơ sở.' });
    expect(result).toMatchObject({ ok: true, data: { slug: `ho-so-moi-${run}` } });
    expect(updated.sort()).toEqual(['articles', `author-slug:${author.slug}`, `author-slug:ho-so-moi-${run}`, `author:${author.id}`].sort());
    expect(await getAuthorPage(author.slug, 1)).toEqual({ kind: 'moved', slug: `ho-so-moi-${run}` });
    expect(await getAuthorPage(`ho-so-moi-${run}`, 1)).toMatchObject({ kind: 'found', data: { author: { jobTitle: 'Phóng viên Ban Thời sự', bio: 'Theo dõi phong trào thi đua ở cơ sở.' } } });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entity: 'user', entityId: author.id, action: 'author.update' }, select: { actorId: true, diff: true } });
    expect(audit.actorId).toBe(author.id);
    expect(audit.diff).toMatchObject({ before: { slug: author.slug, jobTitle: null }, after: { slug: `ho-so-moi-${run}`, jobTitle: 'Phóng viên Ban Thời sự' } });

    // A change of the bio alone expires the author's page, not every story.
    updated.length = 0;
    expect(await edit(author.id, { bio: 'Viết về doanh nghiệp.' })).toMatchObject({ ok: true });
    expect(updated).not.toContain('articles');
    expect(updated).toContain(`author:${author.id}`);

    // Taking the old slug back: it leaves the list of earlier slugs, the other one joins it.
    expect(await edit(author.id, { slug: author.slug })).toMatchObject({ ok: true });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: author.id }, select: { slug: true, oldSlugs: { select: { slug: true } } } })).toEqual({ slug: author.slug, oldSlugs: [{ slug: `ho-so-moi-${run}` }] });
  });

  it('role matrix: newsroom staff their own, an administrator anyone’s, nobody else', async () => {
    const target = await account(`Mục Tiêu ${run}`);
    const before = await profileOf(target.id);
    const others = [await account(`Phóng Viên Khác ${run}`), await account(`Biên Tập Khác ${run}`, 'EDITOR'), await account(`Thư Ký Khác ${run}`, 'REGISTRAR')];
    for (const other of others) {
      as(other);
      expect((await edit(target.id, { jobTitle: 'Bị sửa' })).ok, other.role).toBe(false);
    }
    signIn('UNIT_OFFICER');
    expect((await edit(target.id, { jobTitle: 'Bị sửa' })).ok).toBe(false);
    signIn(null);
    expect((await edit(target.id, { jobTitle: 'Bị sửa' })).ok).toBe(false);
    // A registrar has no author profile of their own to edit either.
    as(others[2]!);
    expect((await edit(others[2]!.id, { jobTitle: 'Thư ký' })).ok).toBe(false);
    expect(await profileOf(target.id)).toEqual(before);
    signIn('ADMIN');
    expect(await edit(target.id, { jobTitle: 'Phóng viên ảnh' })).toMatchObject({ ok: true });
    expect((await profileOf(target.id)).jobTitle).toBe('Phóng viên ảnh');
  });

  it('refuses bad input, a slug someone has (or had), and a save over a newer change, changing nothing', async () => {
    const author = await account(`Nhập Sai ${run}`);
    const holder = await account(`Người Giữ Địa Chỉ ${run}`);
    await prisma.userSlug.create({ data: { slug: `dia-chi-cu-${run}`, userId: holder.id } });
    as(author);
    const before = await profileOf(author.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ slug: 'Hà Nội' }, 'slug'],
      [{ slug: '-bat-dau-bang-gach' }, 'slug'],
      [{ name: 'A' }, 'name'],
      [{ bio: 'x'.repeat(601) }, 'bio'],
      [{ jobTitle: 'y'.repeat(101) }, 'jobTitle'],
      [{ slug: holder.slug }, 'slug'],
      [{ slug: `dia-chi-cu-${run}` }, 'slug'],
      [{ photoId: 'khong-co-anh-nay' }, 'photoId'],
    ];
    for (const [change, field] of cases) {
      const result = await edit(author.id, change);
      expect(result.ok, JSON.stringify(change)).toBe(false);
      expect(Object.keys((result as { fieldErrors?: Record<string, unknown> }).fieldErrors ?? {}), JSON.stringify(change)).toContain(field);
    }
    expect(await profileOf(author.id)).toEqual(before);

    // Two tabs: the second save, made from the profile as it was, is refused and says what is there now.
    expect(await updateAuthorProfile({ id: author.id, name: before.name, slug: before.slug, jobTitle: 'Bản thứ nhất', bio: '', photoId: '', version: before.version })).toMatchObject({ ok: true });
    const stale = await updateAuthorProfile({ id: author.id, name: 'Tên Bản Thứ Hai', slug: before.slug, jobTitle: 'Bản thứ hai', bio: '', photoId: '', version: before.version });
    expect(stale.ok).toBe(false);
    expect(stale.message).toContain('vừa được người khác lưu');
    expect((await profileOf(author.id)).jobTitle).toBe('Bản thứ nhất');
  });
});

describe('the portrait', () => {
  it('is a library image the library then will not delete; editing its alt text expires the author page', async () => {
    const author = await account(`Có Ảnh ${run}`, 'EDITOR');
    // An image no story uses: only the portrait holds it.
    const image = await prisma.media.create({
      data: { key: `2026/12/chan-dung-${run}`, mime: 'image/jpeg', size: 1000, width: 400, height: 400, alt: 'Chân dung phóng viên', uploadedById: author.id },
      select: { id: true, alt: true, caption: true, credit: true },
    });
    media.push(image.id);
    as(author);
    expect(await edit(author.id, { photoId: image.id })).toMatchObject({ ok: true });
    const page = await getAuthorPage(author.slug, 1);
    expect(page).toMatchObject({ kind: 'found', data: { author: { photo: { alt: image.alt } } } });

    const removed = await deleteMedia({ id: image.id });
    expect(removed.ok).toBe(false);
    expect(removed.message).toContain('ảnh chân dung của');
    expect(await prisma.media.count({ where: { id: image.id } })).toBe(1);

    updated.length = 0;
    expect(await updateMedia({ id: image.id, alt: image.alt, caption: image.caption ?? '', credit: image.credit ?? '' })).toMatchObject({ ok: true });
    expect(updated).toContain(`author:${author.id}`);
    expect(await edit(author.id, { photoId: '' })).toMatchObject({ ok: true });
    expect((await profileOf(author.id)).photo).toBeNull();
  });
});

describe("an administrator's account edits", () => {
  it('a new name expires every byline; a deactivation the author page', async () => {
    const author = await account(`Tên Cũ ${run}`);
    signIn('ADMIN');
    expect(await updateUser({ id: author.id, name: `Tên Mới ${run}`, role: 'REPORTER', active: 'on' })).toMatchObject({ ok: true });
    expect(updated).toEqual(expect.arrayContaining(['articles', `author:${author.id}`]));
    updated.length = 0;
    expect(await updateUser({ id: author.id, name: `Tên Mới ${run}`, role: 'REPORTER', active: '' })).toMatchObject({ ok: true });
    expect(updated).toEqual([`author:${author.id}`, `author-slug:${author.slug}`]);
    expect(await getAuthorPage(author.slug, 1)).toEqual({ kind: 'missing' });
  });
});
