// The media library end to end below the browser: the upload route (called as an attacker
// would: no origin, no session, wrong role, a script renamed .jpg, an oversized body),
// the stored files and row, and the actions that edit and delete, per role.
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { type Who } from '../support/users';
import { requestFrom, signIn } from '../support/acting-as';

requestFrom('203.0.113.7');

const { POST } = await import('@/app/api/admin/media/route');
const media = await import('@/lib/media/actions/media');
const mediaPicker = await import('@/lib/media/data/media-picker');
const articles = await import('@/lib/newsroom/actions/articles');
const prisma = testPrisma();

const as = (who: Who | null) => signIn(who);

const mediaDir = () => process.env.MEDIA_DIR!;
const created: string[] = [];
const createdArticles: string[] = [];

async function geotaggedJpeg() {
  return sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 200, g: 160, b: 40 } } })
    .withExif({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1' } })
    .jpeg()
    .toBuffer();
}

function uploadRequest(fields: Record<string, string>, file?: { bytes: Buffer; name: string; type: string }, headers: Record<string, string> = { origin: 'http://bangvang.test', host: 'bangvang.test' }) {
  const form = new FormData();
  if (file) form.set('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return new Request('http://bangvang.test/api/admin/media', { method: 'POST', body: form, headers });
}

async function upload(who: Who, alt = 'Lễ trao tặng Huân chương Lao động') {
  as(who);
  const response = await POST(uploadRequest({ alt, caption: 'Quang cảnh buổi lễ.', credit: 'Ảnh: Minh Anh' }, { bytes: await geotaggedJpeg(), name: 'le-trao.jpg', type: 'image/jpeg' }));
  expect(response.status).toBe(201);
  const body = (await response.json()) as { data: { id: string; key: string } };
  created.push(body.data.id);
  return body.data;
}

const mediaCount = () => prisma.media.count();

afterAll(async () => {
  await prisma.article.deleteMany({ where: { id: { in: createdArticles } } });
  await prisma.auditEvent.deleteMany({ where: { entity: { in: ['media', 'article'] }, entityId: { in: [...created, ...createdArticles] } } });
  await prisma.media.deleteMany({ where: { id: { in: created } } });
});

describe('upload route', () => {
  it('stores a reporter’s photo re-encoded without its GPS position, with three variants and an audit event', async () => {
    const { id, key } = await upload('REPORTER');
    const row = await prisma.media.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ uploadedById: 'user-reporter', mime: 'image/jpeg', width: 1800, height: 1200, alt: 'Lễ trao tặng Huân chương Lao động', caption: 'Quang cảnh buổi lễ.', credit: 'Ảnh: Minh Anh', originalName: 'le-trao.jpg' });
    expect(key).toMatch(/^\d{4}\/\d{2}\/[A-Za-z0-9][A-Za-z0-9_-]+\.jpg$/);
    const master = await sharp(path.join(mediaDir(), key)).metadata();
    expect(master.exif).toBeUndefined();
    const variants = row.variants as { key: string; width: number }[];
    expect(variants.map((v) => v.width)).toEqual([480, 960, 1600]);
    for (const v of variants) expect(existsSync(path.join(mediaDir(), v.key))).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entity: 'media', entityId: id } });
    expect(audit).toMatchObject({ action: 'media.upload', actorId: 'user-reporter', ip: '203.0.113.7' });
  });

  it('refuses what it must, in Vietnamese, and keeps nothing', async () => {
    const before = await mediaCount();
    const jpeg = { bytes: await geotaggedJpeg(), name: 'a.jpg', type: 'image/jpeg' };

    as('EDITOR');
    // A request from another site (or without an Origin) is refused before anything else.
    expect((await POST(uploadRequest({ alt: 'Ảnh thử' }, jpeg, { origin: 'https://evil.example', host: 'bangvang.test' }))).status).toBe(403);
    expect((await POST(uploadRequest({ alt: 'Ảnh thử' }, jpeg, { host: 'bangvang.test' }))).status).toBe(403);
    as(null);
    const anonymous = await POST(uploadRequest({ alt: 'Ảnh thử' }, jpeg));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: expect.stringMatching(/đăng nhập/) });
    as('REGISTRAR');
    expect((await POST(uploadRequest({ alt: 'Ảnh thử' }, jpeg))).status).toBe(403);

    as('EDITOR');
    const script = await POST(uploadRequest({ alt: 'Ảnh thử' }, { bytes: Buffer.from('<script>fetch("/api")</script>'), name: 'photo.jpg', type: 'image/jpeg' }));
    expect(script.status).toBe(400);
    expect(await script.json()).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/không phải ảnh JPEG, PNG, WebP hoặc AVIF/)] } });

    const svg = await POST(uploadRequest({ alt: 'Ảnh thử' }, { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), name: 'logo.png', type: 'image/png' }));
    expect(svg.status).toBe(400);

    const noAlt = await POST(uploadRequest({ alt: '  ' }, jpeg));
    expect(noAlt.status).toBe(400);
    expect(await noAlt.json()).toMatchObject({ fieldErrors: { alt: [expect.stringMatching(/mô tả ảnh/)] } });

    const noFile = await POST(uploadRequest({ alt: 'Ảnh thử nghiệm' }));
    expect(await noFile.json()).toMatchObject({ fieldErrors: { file: ['Hãy chọn một tệp ảnh'] } });

    const huge = await POST(
      new Request('http://bangvang.test/api/admin/media', { method: 'POST', body: new Uint8Array(16 * 1024 * 1024), headers: { origin: 'http://bangvang.test', host: 'bangvang.test', 'content-type': 'multipart/form-data; boundary=x' } }),
    );
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ message: expect.stringMatching(/lớn hơn 15 MB/) });

    expect(await mediaCount()).toBe(before);
  });
});

describe('media actions', () => {
  it('lets editors edit any image and reporters only their own, with before/after in the audit', async () => {
    const { id } = await upload('REPORTER');
    as('REPORTER2');
    expect(await media.updateMedia({ id, alt: 'Đổi mô tả', caption: '', credit: '' })).toMatchObject({ ok: false, message: expect.stringMatching(/ảnh do mình tải lên/) });
    as('REGISTRAR');
    expect(await media.updateMedia({ id, alt: 'Đổi mô tả', caption: '', credit: '' })).toMatchObject({ ok: false });
    as('REPORTER');
    expect(await media.updateMedia({ id, alt: 'x', caption: '', credit: '' })).toMatchObject({ ok: false, fieldErrors: { alt: [expect.any(String)] } });
    as('EDITOR');
    expect(await media.updateMedia({ id, alt: 'Toàn cảnh lễ trao tặng', caption: 'Chú thích mới', credit: '' })).toMatchObject({ ok: true });
    expect(await prisma.media.findUniqueOrThrow({ where: { id } })).toMatchObject({ alt: 'Toàn cảnh lễ trao tặng', caption: 'Chú thích mới', credit: null });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entity: 'media', entityId: id, action: 'media.update' } });
    expect(audit.diff).toMatchObject({ before: { alt: 'Lễ trao tặng Huân chương Lao động' }, after: { alt: 'Toàn cảnh lễ trao tặng' } });
  });

  it('refuses to delete an image a story uses (cover or body) and deletes it, files too, once unused', async () => {
    const cover = await upload('EDITOR', 'Ảnh bìa thử nghiệm');
    const inBody = await upload('EDITOR', 'Ảnh trong bài thử nghiệm');
    as('EDITOR');
    const saved = await articles.saveArticle({
      version: 0,
      title: `Bài dùng ảnh thư viện ${Date.now()}`,
      sapo: 'Sapo đủ dài cho bài kiểm thử thư viện ảnh của tòa soạn.',
      categoryId: 'cat-tdkt',
      coverId: cover.id,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mở đầu.' }] }, { type: 'image', attrs: { mediaId: inBody.id, alt: 'Ảnh trong bài thử nghiệm' } }] },
    });
    expect(saved).toMatchObject({ ok: true });
    const articleId = (saved as { data: { id: string } }).data.id;
    createdArticles.push(articleId);

    for (const m of [cover, inBody]) {
      const refused = await media.deleteMedia({ id: m.id });
      expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/đang được dùng trong 1 bài/) });
      expect(await prisma.media.findUnique({ where: { id: m.id } })).not.toBeNull();
    }

    // A save may not point at an image that is not in the library.
    const missing = await articles.saveArticle({
      id: articleId,
      version: 1,
      title: 'Bài dùng ảnh không tồn tại',
      sapo: 'Sapo đủ dài cho bài kiểm thử thư viện ảnh của tòa soạn.',
      categoryId: 'cat-tdkt',
      body: { type: 'doc', content: [{ type: 'image', attrs: { mediaId: 'khong-co-anh-nay', alt: 'x' } }] },
    });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { body: [expect.any(String)] } });

    // The story drops both images; then the delete goes through and the files go.
    expect(
      await articles.saveArticle({ id: articleId, version: 1, title: 'Bài đã bỏ ảnh', sapo: 'Sapo đủ dài cho bài kiểm thử thư viện ảnh của tòa soạn.', categoryId: 'cat-tdkt', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Không còn ảnh.' }] }] } }),
    ).toMatchObject({ ok: true });
    as('REPORTER');
    expect(await media.deleteMedia({ id: cover.id })).toMatchObject({ ok: false, message: expect.stringMatching(/ảnh do mình tải lên/) });
    as('EDITOR');
    expect(await media.deleteMedia({ id: cover.id })).toMatchObject({ ok: true });
    expect(await prisma.media.findUnique({ where: { id: cover.id } })).toBeNull();
    expect(existsSync(path.join(mediaDir(), cover.key))).toBe(false);
    expect(existsSync(path.join(mediaDir(), cover.key.replace('.jpg', '-w480.webp')))).toBe(false);
    expect(await prisma.auditEvent.count({ where: { entity: 'media', entityId: cover.id, action: 'media.delete' } })).toBe(1);
  });

  it('finds images with or without accents, for newsroom staff only', async () => {
    await upload('EDITOR', 'Đoàn viên thanh niên nhận Bằng khen');
    as('REPORTER');
    const found = await mediaPicker.findMedia('doan vien bang khen');
    expect(found?.items.some((i) => i.alt === 'Đoàn viên thanh niên nhận Bằng khen')).toBe(true);
    expect(found?.items[0]?.thumb).toMatch(/-w480\.webp$/);
    as('REGISTRAR');
    expect(await mediaPicker.findMedia('doan vien')).toBeNull();
    as(null);
    expect(await mediaPicker.findMedia('')).toBeNull();
  });
});
