// Attacks that need the real server: a forged `x-middleware-subrequest` header (the
// CVE-2025-29927 bypass of middleware) and a cross-site post to a real Server Action. The
// same post from the site itself succeeds, so the refusal is the Origin check and not a
// malformed request. The per-action and per-route matrix is tests/integration/attacks.test.ts.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { actionId } from './support';

const PASSWORD = 'bangvang-demo-2024';
const FORGED = ['proxy:proxy:proxy:proxy:proxy', 'middleware:middleware:middleware:middleware:middleware', 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware'];

function callAction(request: APIRequestContext, id: string, args: unknown[], origin: string | null, page = '/admin/chuyen-muc') {
  return request.post(page, {
    headers: { 'next-action': id, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', ...(origin ? { origin } : {}) },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

test('a forged x-middleware-subrequest header opens nothing', async ({ request }) => {
  for (const forged of FORGED) {
    const admin = await request.get('/admin', { headers: { 'x-middleware-subrequest': forged }, maxRedirects: 0 });
    expect([302, 303, 307], forged).toContain(admin.status());
    expect(admin.headers().location, forged).toContain('/dang-nhap');
    const exportResponse = await request.get('/api/admin/registry-export?dinh-dang=csv', { headers: { 'x-middleware-subrequest': forged }, maxRedirects: 0 });
    expect(exportResponse.status(), forged).toBe(401);
    const preview = await request.get('/xem-truoc/any', { headers: { 'x-middleware-subrequest': forged }, maxRedirects: 0 });
    expect(preview.status(), forged).not.toBe(200);
  }
});

test('a Server Action posted from another site is refused; from the site itself it runs', async ({ page, baseURL }) => {
  await page.goto('/dang-nhap?next=%2Fadmin');
  await page.getByLabel('Email').fill('quantri@bangvang.local');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === '/admin');

  const create = actionId('lib/newsroom/actions/categories.ts', 'createCategory');
  const slug = `tan-cong-${Date.now()}`;
  const input = { name: 'Chuyên mục từ trang lạ', slug, description: '', position: '0' };

  // Refused as what it is: a 403 that says why, not a 500 (on a staff page and a public one alike).
  for (const origin of ['https://evil.example', 'null', `${baseURL!.replace('127.0.0.1', 'localhost')}`, null]) {
    for (const target of ['/admin/chuyen-muc', '/']) {
      const response = await callAction(page.request, create, [input], origin, target);
      expect(response.status(), `${origin} → ${target}`).toBe(403);
      expect(await response.text()).toContain('được gửi từ một trang web khác');
    }
  }
  expect((await page.request.get(`/chuyen-muc/${slug}`)).status()).toBe(404);

  // Control: the same call from the site's own origin creates the section.
  const own = await callAction(page.request, create, [input], baseURL!);
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain('"ok":true');
  await expect.poll(async () => (await page.request.get(`/chuyen-muc/${slug}`)).status()).toBe(200);

  // Signed out, from the right origin, with or without a forged subrequest header: sent to
  // sign-in before the action runs (the action's own check is in the integration suite).
  await page.context().clearCookies();
  for (const forged of [undefined, ...FORGED]) {
    const anonymous = await page.request.post('/admin/chuyen-muc', {
      headers: { 'next-action': create, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: baseURL!, ...(forged ? { 'x-middleware-subrequest': forged } : {}) },
      data: JSON.stringify([{ ...input, slug: `${slug}-2` }]),
      maxRedirects: 0,
    });
    expect(anonymous.headers().location ?? '', forged).toContain('/dang-nhap');
  }
  expect((await page.request.get(`/chuyen-muc/${slug}-2`)).status()).toBe(404);
});
