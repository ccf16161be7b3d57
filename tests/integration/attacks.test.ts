// The attack suite below the browser: every Server Action and every API route called the
// way an attacker would (no session, the wrong role, someone else's record, another site,
// an oversized body, SQL metacharacters and control bytes in every text parameter), and
// after each refusal a fingerprint of every table proves that nothing changed.
// The browser-level attacks (forged x-middleware-subrequest, a cross-site Server Action
// post with a real action id) are in tests/e2e/attacks.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPg, testPrisma } from '../support/db';
import { type SeededRole as Role, type Who } from '../support/users';
import { requestFrom, signIn } from '../support/acting-as';

requestFrom('203.0.113.9');

const as = (who: Who | null) => signIn(who);

const ALL_ROLES: Role[] = ['ADMIN', 'EDITOR', 'REPORTER', 'REGISTRAR', 'UNIT_OFFICER'];
const NEWSROOM: Role[] = ['ADMIN', 'EDITOR', 'REPORTER'];
const EDITORS: Role[] = ['ADMIN', 'EDITOR'];
const REGISTRY: Role[] = ['ADMIN', 'REGISTRAR'];
const ADMINS: Role[] = ['ADMIN'];
const LINKERS: Role[] = ['ADMIN', 'EDITOR', 'REGISTRAR'];
// The pipeline before the decision: every action also checks the unit scope itself
// (tests/integration/pipeline.test.ts holds the role × unit matrix).
const PIPELINE: Role[] = ['ADMIN', 'REGISTRAR', 'UNIT_OFFICER'];

/**
 * Every function a 'use server' module exports is a public endpoint. Each is listed here
 * with the roles that may call it; a new action that is not listed fails the first test,
 * so nobody can add one without deciding who may call it.
 */
const ACTION_ROLES: Record<string, Role[]> = {
  'newsroom/actions/articles.saveArticle': NEWSROOM,
  'newsroom/actions/articles.submitArticle': NEWSROOM,
  'newsroom/actions/articles.sendBackArticle': EDITORS,
  'newsroom/actions/articles.publishArticle': EDITORS,
  'newsroom/actions/articles.scheduleArticle': EDITORS,
  'newsroom/actions/articles.unpublishArticle': EDITORS,
  'newsroom/actions/articles.restoreRevision': NEWSROOM,
  'newsroom/actions/corrections.addCorrection': EDITORS,
  'newsroom/actions/corrections.editCorrection': EDITORS,
  'newsroom/actions/corrections.withdrawArticle': EDITORS,
  'newsroom/actions/corrections.reinstateArticle': ADMINS,
  'newsroom/actions/breaking.setBreakingNews': EDITORS,
  'newsroom/actions/breaking.endBreakingNews': EDITORS,
  // A newsroom member their own profile, an administrator anyone's (the IDOR test below).
  'newsroom/actions/authors.updateAuthorProfile': NEWSROOM,
  // Each also checks that the caller may see the story (a reporter their own): notes.test.ts.
  'newsroom/actions/notes.addNote': NEWSROOM,
  'newsroom/actions/notes.replyToNote': NEWSROOM,
  'newsroom/actions/notes.setNoteResolved': NEWSROOM,
  // A reporter plans and moves only their own (planning.test.ts).
  'newsroom/actions/planning.createPlan': NEWSROOM,
  'newsroom/actions/planning.movePlan': NEWSROOM,
  'newsroom/actions/planning.cancelPlan': NEWSROOM,
  ...Object.fromEntries(['startLive', 'addLiveEntry', 'setLiveSummary', 'removeLiveEntry', 'endLive'].map((n) => [`newsroom/actions/live.${n}`, EDITORS])),
  'registry/actions/catalogue.saveCampaign': REGISTRY,
  'registry/actions/catalogue.closeCampaign': REGISTRY,
  'registry/actions/catalogue.saveCommendationType': ADMINS,
  'registry/actions/eligibility.saveRuleVersion': ADMINS,
  'registry/actions/initiatives.saveInitiative': REGISTRY,
  'newsroom/actions/categories.createCategory': ADMINS,
  'newsroom/actions/categories.updateCategory': ADMINS,
  'newsroom/actions/categories.deleteCategory': ADMINS,
  'registry/data/record-picker.lookupRegistryRecords': NEWSROOM,
  'media/actions/media.updateMedia': NEWSROOM,
  'media/actions/media.deleteMedia': NEWSROOM,
  'media/data/media-picker.findMedia': NEWSROOM,
  'registry/actions/recipients.createIndividual': REGISTRY,
  'registry/actions/recipients.updateIndividual': REGISTRY,
  'registry/actions/recipients.moveIndividual': REGISTRY,
  'registry/actions/recipients.createCollective': REGISTRY,
  'registry/actions/recipients.updateCollective': REGISTRY,
  'registry/actions/record-undo.undoRecordEdit': ADMINS,
  'registry/actions/decisions.revokeDecision': REGISTRY,
  'registry/actions/decisions.withdrawRevocation': REGISTRY,
  'registry/actions/decisions.createDecision': REGISTRY,
  'registry/data/recipient-picker.resolvePastedRecipients': REGISTRY,
  'registry/data/recipient-picker.suggestRecipients': REGISTRY,
  'registry/actions/story-links.setStoryLinks': LINKERS,
  'newsroom/data/story-picker.findStories': LINKERS,
  'registry/actions/units.createUnit': REGISTRY,
  'registry/actions/units.updateUnit': REGISTRY,
  'registry/actions/units.moveUnit': REGISTRY,
  'registry/actions/units.mergeUnits': REGISTRY,
  'registry/actions/units.undoUnitEvent': ADMINS,
  'registry/actions/units.splitUnit': REGISTRY,
  'registry/actions/units.dissolveUnit': REGISTRY,
  'registry/actions/units.rememberUnitAlias': REGISTRY,
  'registry/actions/registrations.saveRegistration': PIPELINE,
  'registry/actions/registrations.reviewRegistration': PIPELINE,
  'registry/actions/dossiers.createDossier': PIPELINE,
  'registry/actions/dossiers.addDossierRows': PIPELINE,
  'registry/actions/dossiers.updateDossierRow': PIPELINE,
  'registry/actions/dossiers.removeDossierRow': PIPELINE,
  'registry/actions/dossier-steps.submitDossier': PIPELINE,
  'registry/actions/dossier-steps.forwardDossier': PIPELINE,
  'registry/actions/dossier-steps.returnDossier': PIPELINE,
  'registry/actions/dossier-steps.acceptDossier': REGISTRY,
  'registry/actions/dossier-steps.rejectDossierRow': PIPELINE,
  'registry/actions/dossier-steps.restoreDossierRow': PIPELINE,
  'registry/actions/dossier-steps.raiseDossierRow': PIPELINE,
  'registry/actions/dossier-steps.decideDossier': REGISTRY,
  'registry/actions/attachments.removeDossierAttachment': PIPELINE,
  // The council and the public's comments: the authority's registrars only.
  ...Object.fromEntries(
    ['createSession', 'addAgenda', 'removeCandidate', 'setCandidateMethod', 'setAttendance', 'openVoting', 'reissueBallot', 'enterPaperTally', 'closeSession'].map((n) => [`registry/actions/council.${n}`, REGISTRY]),
  ),
  'registry/actions/comment-periods.openCommentPeriod': REGISTRY,
  'registry/actions/comment-periods.markComment': REGISTRY,
  'registry/actions/comment-periods.summarizeCommentPeriod': REGISTRY,
  'registry/actions/calendar-days.saveCalendarDay': REGISTRY,
  'registry/actions/calendar-days.removeCalendarDay': REGISTRY,
  'registry/actions/procedure-rules.saveProcedureRuleVersion': ADMINS,
  'auth/actions/users.createUser': ADMINS,
  'auth/actions/users.updateUser': ADMINS,
};

/**
 * The public forms anyone may send (a council member's one-time ballot, a reader's comment):
 * no role to check; each refuses what it is not given (a valid one-time code, an open
 * period, the limits per address) — below, and in tests/integration/council.test.ts.
 */
const PUBLIC_ACTIONS = ['registry/actions/ballot.castBallot', 'registry/actions/public-comment.sendPublicComment'];

// Every 'use server' module under lib/ (actions, and the staff pickers' reads), named by its
// path below lib/ ("newsroom/actions/articles.saveArticle").
const libDir = path.resolve(__dirname, '../../lib');
const actions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
for (const file of readdirSync(libDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('generated'))) {
  if (!readFileSync(path.join(libDir, file), 'utf8').startsWith("'use server'")) continue;
  const moduleName = file.replace(/\.ts$/, '').split(path.sep).join('/');
  const mod = (await import(`@/lib/${moduleName}`)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'function') actions.set(`${moduleName}.${name}`, value as (...args: unknown[]) => Promise<unknown>);
  }
}

const prisma = testPrisma();
let client: pg.Client;
const TABLES = ['users', 'user_slugs', 'author_profiles', 'categories', 'tags', 'media', 'articles', 'article_slugs', 'article_tags', 'article_revisions', 'article_corrections', 'article_notes', 'live_entries', 'story_plans', 'breaking_news', 'audit_events', 'units', 'collectives', 'individuals', 'individual_unit_history', 'commendation_types', 'campaigns', 'decisions', 'awards', 'article_campaigns', 'article_decisions', 'article_units', 'article_collectives', 'article_individuals', 'initiatives', 'eligibility_rules', 'emulation_registrations', 'registration_entries', 'dossiers', 'dossier_rows', 'dossier_steps', 'dossier_attachments', 'procedure_rules', 'councils', 'council_members', 'council_sessions', 'session_attendance', 'session_candidates', 'ballot_tokens', 'comment_periods', 'comment_candidates', 'public_comments', 'calendar_days'];

/** A digest of every row of every table: equal before and after means nothing changed. */
async function fingerprint(): Promise<Record<string, string>> {
  const parts = TABLES.map((t) => `(SELECT md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) FROM ${t} x) AS "${t}"`);
  const { rows } = await client.query<Record<string, string>>(`SELECT ${parts.join(', ')}`);
  return rows[0]!;
}

/** A refusal: the action's own message, or an empty answer for the read-only lookups. */
function refused(result: unknown, expected: string): boolean {
  if (result === null) return true;
  if (Array.isArray(result)) return result.length === 0;
  return typeof result === 'object' && (result as { ok?: boolean }).ok === false && (result as { message?: string }).message === expected;
}

const { NOT_SIGNED_IN, FORBIDDEN } = await import('@/lib/common/action-state');
const { profileVersion } = await import('@/lib/newsroom/schemas/author');
const ids: Record<string, string> = {};
let before: Record<string, string>;
let tried = 0;

/** Arguments that would do something if the check were missing (valid shapes where cheap). */
function argumentsFor(name: string): unknown[] {
  switch (name) {
    case 'newsroom/actions/categories.createCategory':
      return [{ name: 'Chuyên mục của kẻ tấn công', slug: 'ke-tan-cong', description: '', position: 0, inMenu: 'on' }];
    case 'newsroom/actions/categories.deleteCategory':
      return [{ id: ids.category }];
    case 'auth/actions/users.createUser':
      return [{ email: 'attacker@evil.example', name: 'Kẻ tấn công', role: 'ADMIN', password: 'Mot-mat-khau-rat-dai-2026' }];
    case 'auth/actions/users.updateUser':
      return [{ id: 'user-reporter', name: 'Lê Hoàng Nam', role: 'ADMIN', active: 'on' }];
    case 'registry/actions/initiatives.saveInitiative':
      return [{ individualId: ids.individual, year: 2025, title: 'Sáng kiến giả mạo', level: 'CENTRAL', recognizedBy: 'Hội đồng giả' }];
    case 'registry/actions/eligibility.saveRuleVersion':
      // A valid new version of a seeded rule: refused only by the role check.
      return [{ ruleKey: 'cstdcs-ty-le', fromVersion: 1, typeCode: 'CSTD-CS', statement: 'Bỏ giới hạn tỷ lệ (giả mạo)', condition: '{"kind":"quota","ofCode":"LDTT","share":1}', legalSource: 'Văn bản giả', effectiveFrom: '2024-01-01', confirmation: 'TO_CONFIRM', note: 'Thử quyền', withdrawn: 'on' }];
    case 'registry/actions/registrations.saveRegistration':
      return [{ unitId: 'unit-bao', year: 2026, entry: [], submit: 'on' }];
    case 'registry/actions/registrations.reviewRegistration':
      return [{ id: 'reg-2026-unit-bao', verdict: 'accept' }];
    case 'registry/actions/dossiers.createDossier':
      return [{ unitId: 'unit-bao', typeId: 'type-bk-ubnd', year: 2026, title: 'Hồ sơ của kẻ tấn công' }];
    case 'registry/actions/dossier-steps.acceptDossier':
    case 'registry/actions/dossier-steps.forwardDossier':
    case 'registry/actions/dossier-steps.returnDossier':
      return [{ id: 'dossier-5', version: 0, note: 'Thử quyền với một lý do đủ dài' }];
    case 'registry/actions/dossier-steps.decideDossier':
      return [{ id: 'dossier-4', version: 0, number: '9999/QĐ-GIA', signedAt: '2026-11-20', issuingAuthority: 'Giả mạo', signerName: 'Kẻ Giả', signerTitle: 'Giả', category: 'PERIODIC' }];
    case 'registry/actions/units.createUnit':
      return [{ code: 'ATTACK', name: 'Đơn vị giả', kind: 'AGENCY', parentId: ids.rootUnit }];
    case 'registry/actions/decisions.revokeDecision':
      return [{ id: ids.decision, reason: 'Thu hồi giả mạo để thử quyền', revokedAt: '2025-01-01' }];
    case 'newsroom/actions/articles.publishArticle':
    case 'newsroom/actions/articles.unpublishArticle':
    case 'newsroom/actions/articles.submitArticle':
      return [{ id: ids.draft, version: 0 }];
    case 'media/actions/media.deleteMedia':
      return [{ id: ids.media }];
    case 'newsroom/actions/notes.addNote':
      return [{ articleId: ids.draft, body: 'Ghi chú của kẻ tấn công' }];
    case 'newsroom/actions/authors.updateAuthorProfile':
      return [{ id: 'user-reporter', name: 'Tên giả mạo', slug: 'ten-gia-mao', jobTitle: '', bio: '', photoId: '', version: ids.reporterProfile }];
    case 'registry/data/record-picker.lookupRegistryRecords':
      return ['unit', 'so'];
    case 'registry/data/recipient-picker.suggestRecipients':
      return ['UNIT', 'so'];
    case 'registry/data/recipient-picker.resolvePastedRecipients':
      return [[{ name: 'Nguyễn Văn A', unit: 'Sở' }], 2024];
    case 'newsroom/data/story-picker.findStories':
    case 'media/data/media-picker.findMedia':
      return ['thi đua'];
    default:
      return [{}];
  }
}

beforeAll(async () => {
  client = await testPg();
  ids.category = (await prisma.category.findFirstOrThrow({ select: { id: true } })).id;
  ids.rootUnit = (await prisma.unit.findFirstOrThrow({ where: { parentId: null }, select: { id: true } })).id;
  ids.decision = (await prisma.decision.findFirstOrThrow({ where: { revokedAt: null }, select: { id: true } })).id;
  ids.media = (await prisma.media.findFirstOrThrow({ select: { id: true } })).id;
  ids.individual = (await prisma.individual.findFirstOrThrow({ select: { id: true } })).id;
  const reporter = await prisma.user.findUniqueOrThrow({ where: { id: 'user-reporter' }, select: { name: true, slug: true, authorProfile: { select: { jobTitle: true, bio: true, photoId: true } } } });
  ids.reporterProfile = profileVersion({ name: reporter.name, slug: reporter.slug, jobTitle: reporter.authorProfile?.jobTitle ?? null, bio: reporter.authorProfile?.bio ?? null, photoId: reporter.authorProfile?.photoId ?? null });
  ids.draft = (await prisma.article.create({ data: { title: 'Bản nháp của phóng viên 1', slug: `ban-nhap-tan-cong-${Date.now()}`, sapo: 'Tóm tắt', body: { type: 'doc', content: [] }, categoryId: 'cat-tdkt', authorId: 'user-reporter', status: 'DRAFT' }, select: { id: true } })).id;
  before = await fingerprint();
});

afterAll(async () => {
  await prisma.article.deleteMany({ where: { id: ids.draft } });
  await client.end();
});

describe('every Server Action authorizes itself', () => {
  it('lists every exported action with the roles that may call it', () => {
    expect([...actions.keys()].sort()).toEqual([...Object.keys(ACTION_ROLES), ...PUBLIC_ACTIONS].sort());
  });

  it('the public forms change nothing without a valid code or an open period', async () => {
    as(null);
    const ballot = new FormData();
    ballot.set('token', 'B'.repeat(32));
    ballot.set('c.session-candidate', 'YES');
    const comment = new FormData();
    for (const [k, v] of Object.entries({ periodSlug: 'khong-co-dot-nay', candidateId: 'x', authorName: 'Kẻ Tấn Công', contact: 'tan.cong@evil.example', body: 'Một ý kiến đủ dài để qua kiểm tra độ dài tối thiểu.' })) comment.set(k, v);
    for (const [name, form] of [['registry/actions/ballot.castBallot', ballot], ['registry/actions/public-comment.sendPublicComment', comment]] as const) {
      tried++;
      const result = (await actions.get(name)!(null, form)) as { ok: boolean };
      expect(result.ok, name).toBe(false);
    }
  });

  const cases = Object.entries(ACTION_ROLES).flatMap(([name, roles]) => [
    { name, who: null as Role | null },
    ...ALL_ROLES.filter((r) => !roles.includes(r)).map((who) => ({ name, who: who as Role | null })),
  ]);

  it.each(cases)('$name refuses $who', async ({ name, who }) => {
    as(who);
    const result = await actions.get(name)!(...argumentsFor(name));
    tried++;
    expect(refused(result, who ? FORBIDDEN : NOT_SIGNED_IN), JSON.stringify(result)).toBe(true);
  });

  it('refusals changed nothing in any table', async () => {
    expect(await fingerprint()).toEqual(before);
  });

  it('a deactivated account or a revoked session is signed out for every action', async () => {
    // Raw SQL: the ORM would also move updated_at, which the fingerprint would see.
    await client.query(`UPDATE users SET session_version = session_version + 1 WHERE id = 'user-editor'`);
    try {
      as('EDITOR');
      for (const name of ['newsroom/actions/articles.publishArticle', 'newsroom/actions/categories.createCategory', 'media/actions/media.deleteMedia']) {
        tried++;
        expect(refused(await actions.get(name)!(...argumentsFor(name)), NOT_SIGNED_IN), name).toBe(true);
      }
    } finally {
      await client.query(`UPDATE users SET session_version = session_version - 1 WHERE id = 'user-editor'`);
    }
  });
});

describe("another user's records (IDOR)", () => {
  it("a reporter cannot edit, submit or restore another reporter's draft", async () => {
    as('REPORTER2');
    const saveArticle = actions.get('newsroom/actions/articles.saveArticle')!;
    const draft = await prisma.article.findUniqueOrThrow({ where: { id: ids.draft }, select: { version: true, categoryId: true } });
    const attempts = [
      await saveArticle({ id: ids.draft, version: draft.version, title: 'Chiếm bài', slug: 'chiem-bai', summary: '', categoryId: ids.category, body: JSON.stringify({ type: 'doc', content: [] }), tags: '' }),
      await actions.get('newsroom/actions/articles.submitArticle')!({ id: ids.draft, version: draft.version }),
      await actions.get('newsroom/actions/articles.restoreRevision')!({ id: ids.draft, version: draft.version, revisionId: 'any-revision' }),
    ];
    for (const result of attempts) {
      tried++;
      expect(result).toMatchObject({ ok: false });
    }
    const after = await prisma.article.findUniqueOrThrow({ where: { id: ids.draft }, select: { title: true, status: true, version: true } });
    expect(after).toEqual({ title: 'Bản nháp của phóng viên 1', status: 'DRAFT', version: draft.version });
  });

  it('a reporter cannot edit or delete an image someone else uploaded', async () => {
    const image = await prisma.media.findFirstOrThrow({ where: { uploadedById: { not: 'user-reporter-2' } }, select: { id: true, alt: true } });
    as('REPORTER2');
    const update = await actions.get('media/actions/media.updateMedia')!({ id: image.id, alt: 'Đã bị sửa', caption: '', credit: '' });
    const remove = await actions.get('media/actions/media.deleteMedia')!({ id: image.id });
    tried += 2;
    expect(update).toMatchObject({ ok: false });
    expect(remove).toMatchObject({ ok: false });
    expect(await prisma.media.findUnique({ where: { id: image.id }, select: { alt: true } })).toEqual({ alt: image.alt });
  });

  it("a reporter cannot leave a note on another reporter's draft", async () => {
    as('REPORTER2');
    tried++;
    expect(await actions.get('newsroom/actions/notes.addNote')!(...argumentsFor('newsroom/actions/notes.addNote'))).toMatchObject({ ok: false, message: 'Bài viết không còn hoặc bạn không được xem bài này.' });
  });

  it("a reporter or an editor cannot edit another staff member's author profile", async () => {
    for (const who of ['REPORTER2', 'EDITOR'] as const) {
      as(who);
      tried++;
      const result = await actions.get('newsroom/actions/authors.updateAuthorProfile')!(...argumentsFor('newsroom/actions/authors.updateAuthorProfile'));
      expect(result, who).toMatchObject({ ok: false, message: 'Bạn chỉ sửa được hồ sơ tác giả của mình.' });
    }
  });

  it('nothing changed', async () => {
    expect(await fingerprint()).toEqual(before);
  });
});

type Handler = (request: Request, context?: unknown) => Promise<Response>;
const route = async (p: string) => (await import(`@/app/api/${p}/route`)) as Record<string, Handler>;
const sameSite = { origin: 'http://bangvang.test', host: 'bangvang.test' };
const crossSite = { origin: 'https://evil.example', host: 'bangvang.test' };
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

function multipart(fields: Record<string, string | File>, headers: Record<string, string>, url: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return new Request(url, { method: 'POST', body: form, headers });
}
const csv = () => new File(['Số quyết định,Họ và tên\n1/QĐ,Nguyễn Văn A\n'], 'danh-sach.csv', { type: 'text/csv' });
const jpeg = () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], 'anh.jpg', { type: 'image/jpeg' });

/** A body that claims no length and streams past any limit. */
function endlessBody(bytes: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(64 * 1024).fill(0x41);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}
const streamed = (url: string, headers: Record<string, string>, bytes: number) =>
  new Request(url, { method: 'POST', body: endlessBody(bytes), headers: { ...headers, 'content-type': 'multipart/form-data; boundary=x' }, duplex: 'half' } as RequestInit);

describe('every API route authorizes itself', () => {
  const routeCases: { label: string; who: Who | null; call: () => Promise<Response>; status: number }[] = [
    // Upload: session, role and origin are checked in the handler.
    { label: 'media upload, no session', who: null, call: async () => (await route('admin/media')).POST!(multipart({ file: jpeg(), alt: 'x' }, sameSite, 'http://bangvang.test/api/admin/media')), status: 401 },
    { label: 'media upload, registrar', who: 'REGISTRAR', call: async () => (await route('admin/media')).POST!(multipart({ file: jpeg(), alt: 'x' }, sameSite, 'http://bangvang.test/api/admin/media')), status: 403 },
    { label: 'media upload, another site', who: 'EDITOR', call: async () => (await route('admin/media')).POST!(multipart({ file: jpeg(), alt: 'x' }, crossSite, 'http://bangvang.test/api/admin/media')), status: 403 },
    { label: 'media upload, no Origin header', who: 'EDITOR', call: async () => (await route('admin/media')).POST!(multipart({ file: jpeg(), alt: 'x' }, { host: 'bangvang.test' }, 'http://bangvang.test/api/admin/media')), status: 403 },
    { label: 'media upload, declared 1 GB', who: 'EDITOR', call: async () => (await route('admin/media')).POST!(new Request('http://bangvang.test/api/admin/media', { method: 'POST', body: 'x', headers: { ...sameSite, 'content-length': String(1 << 30) } })), status: 413 },
    { label: 'media upload, 40 MB streamed without a length', who: 'EDITOR', call: async () => (await route('admin/media')).POST!(streamed('http://bangvang.test/api/admin/media', sameSite, 40 << 20)), status: 413 },
    // Import.
    { label: 'import, no session', who: null, call: async () => (await route('admin/registry-import')).POST!(multipart({ file: csv() }, sameSite, 'http://bangvang.test/api/admin/registry-import')), status: 401 },
    { label: 'import, reporter', who: 'REPORTER', call: async () => (await route('admin/registry-import')).POST!(multipart({ file: csv(), mode: 'commit' }, sameSite, 'http://bangvang.test/api/admin/registry-import')), status: 403 },
    { label: 'import, editor', who: 'EDITOR', call: async () => (await route('admin/registry-import')).POST!(multipart({ file: csv(), mode: 'commit' }, sameSite, 'http://bangvang.test/api/admin/registry-import')), status: 403 },
    { label: 'import, another site', who: 'REGISTRAR', call: async () => (await route('admin/registry-import')).POST!(multipart({ file: csv(), mode: 'commit' }, crossSite, 'http://bangvang.test/api/admin/registry-import')), status: 403 },
    { label: 'import, 40 MB streamed', who: 'REGISTRAR', call: async () => (await route('admin/registry-import')).POST!(streamed('http://bangvang.test/api/admin/registry-import', sameSite, 40 << 20)), status: 413 },
    // Staff exports and certificates (they hold people who did not consent to publication).
    { label: 'staff export, no session', who: null, call: async () => (await route('admin/registry-export')).GET!(new Request('http://bangvang.test/api/admin/registry-export?dinh-dang=csv')), status: 401 },
    { label: 'staff export, reporter', who: 'REPORTER', call: async () => (await route('admin/registry-export')).GET!(new Request('http://bangvang.test/api/admin/registry-export?dinh-dang=csv')), status: 403 },
    { label: 'staff export, editor', who: 'EDITOR', call: async () => (await route('admin/registry-export')).GET!(new Request('http://bangvang.test/api/admin/registry-export')), status: 403 },
    { label: 'certificate, no session', who: null, call: async () => (await route('admin/awards/[id]/certificate')).GET!(new Request('http://bangvang.test/x'), idParams(ids.award!)), status: 401 },
    { label: 'certificate, reporter', who: 'REPORTER', call: async () => (await route('admin/awards/[id]/certificate')).GET!(new Request('http://bangvang.test/x'), idParams(ids.award!)), status: 403 },
    { label: 'certificate, editor', who: 'EDITOR', call: async () => (await route('admin/awards/[id]/certificate')).GET!(new Request('http://bangvang.test/x'), idParams(ids.award!)), status: 403 },
    { label: 'thumbnail, no session', who: null, call: async () => (await route('admin/media/[id]/thumb')).GET!(new Request('http://bangvang.test/x'), idParams(ids.media!)), status: 403 },
    { label: 'thumbnail, registrar', who: 'REGISTRAR', call: async () => (await route('admin/media/[id]/thumb')).GET!(new Request('http://bangvang.test/x'), idParams(ids.media!)), status: 403 },
    // A dossier's files: upload and download check the session, the role, the origin, the
    // size and the unit scope themselves (tests/integration/dossier-attachments.test.ts).
    { label: 'dossier file upload, no session', who: null, call: async () => (await route('admin/dossiers/[id]/attachments')).POST!(multipart({ file: jpeg() }, sameSite, 'http://bangvang.test/x'), idParams('dossier-1')), status: 401 },
    { label: 'dossier file upload, editor', who: 'EDITOR', call: async () => (await route('admin/dossiers/[id]/attachments')).POST!(multipart({ file: jpeg() }, sameSite, 'http://bangvang.test/x'), idParams('dossier-1')), status: 403 },
    { label: 'dossier file upload, another site', who: 'UNIT_OFFICER', call: async () => (await route('admin/dossiers/[id]/attachments')).POST!(multipart({ file: jpeg() }, crossSite, 'http://bangvang.test/x'), idParams('dossier-1')), status: 403 },
    { label: 'dossier file upload, 40 MB streamed', who: 'UNIT_OFFICER', call: async () => (await route('admin/dossiers/[id]/attachments')).POST!(streamed('http://bangvang.test/x', sameSite, 40 << 20), idParams('dossier-1')), status: 413 },
    { label: 'dossier file upload, another unit', who: 'UNIT_OFFICER', call: async () => (await route('admin/dossiers/[id]/attachments')).POST!(multipart({ file: jpeg() }, sameSite, 'http://bangvang.test/x'), idParams('dossier-3')), status: 400 },
    { label: 'dossier file, no session', who: null, call: async () => (await route('admin/dossiers/[id]/attachments/[attachmentId]')).GET!(new Request('http://bangvang.test/x'), { params: Promise.resolve({ id: 'dossier-1', attachmentId: 'x' }) }), status: 401 },
    { label: 'dossier file, reporter', who: 'REPORTER', call: async () => (await route('admin/dossiers/[id]/attachments/[attachmentId]')).GET!(new Request('http://bangvang.test/x'), { params: Promise.resolve({ id: 'dossier-1', attachmentId: 'x' }) }), status: 403 },
    // The internal revalidation route takes only its own token.
    { label: 'revalidate, no token', who: 'ADMIN', call: async () => (await route('internal/revalidate')).POST!(new Request('http://bangvang.test/x', { method: 'POST', body: JSON.stringify({ tags: ['articles'] }) })), status: 403 },
    { label: 'revalidate, forged token', who: null, call: async () => (await route('internal/revalidate')).POST!(new Request('http://bangvang.test/x', { method: 'POST', body: JSON.stringify({ tags: ['articles'] }), headers: { 'x-bang-vang-token': 'A'.repeat(43) } })), status: 403 },
    // The public view beacon: bounded body, strict shape.
    { label: 'view beacon, 1 MB body', who: null, call: async () => (await route('views')).POST!(streamed('http://bangvang.test/api/views', {}, 1 << 20)), status: 413 },
    { label: 'view beacon, SQL in the id', who: null, call: async () => (await route('views')).POST!(new Request('http://bangvang.test/api/views', { method: 'POST', body: JSON.stringify({ id: "x'; DROP TABLE articles;--" }) })), status: 400 },
    { label: 'view beacon, prototype key', who: null, call: async () => (await route('views')).POST!(new Request('http://bangvang.test/api/views', { method: 'POST', body: '{"__proto__":{"id":"a"}}' })), status: 400 },
  ];

  beforeAll(async () => {
    ids.award = (await prisma.award.findFirstOrThrow({ select: { id: true } })).id;
  });

  it.each(routeCases)('$label → $status', async ({ who, call, status }) => {
    as(who);
    const response = await call();
    tried++;
    expect(response.status).toBe(status);
    await response.body?.cancel();
  });

  it('a staff download tells a dead session from a wrong role', async () => {
    const exportRoute = await route('admin/registry-export');
    as(null);
    const anonymous = await exportRoute.GET!(new Request('http://bangvang.test/api/admin/registry-export'));
    expect([anonymous.status, await anonymous.text()]).toEqual([401, 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.']);
    as('EDITOR');
    const editor = await exportRoute.GET!(new Request('http://bangvang.test/api/admin/registry-export'));
    expect([editor.status, await editor.text()]).toEqual([403, 'Tài khoản của bạn không có quyền tải sổ khen thưởng.']);
  });

  it('control bytes in upload and import fields are dropped before anything reads them', async () => {
    as('EDITOR');
    const upload = await (await route('admin/media')).POST!(multipart({ file: jpeg(), alt: '\u0000'.repeat(12) }, sameSite, 'http://bangvang.test/api/admin/media'));
    expect(upload.status).toBe(400);
    expect(((await upload.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.alt).toBeDefined();
    as('REGISTRAR');
    const preview = await (await route('admin/registry-import')).POST!(multipart({ file: csv(), decisionId: 'dec\u0000\u0000' }, sameSite, 'http://bangvang.test/api/admin/registry-import'));
    expect(preview.status).toBeLessThan(500);
    await preview.body?.cancel();
    tried += 2;
  });

  it('nothing changed', async () => {
    expect(await fingerprint()).toEqual(before);
  });
});

/** Text an attacker would type into a search box or a URL parameter. */
export const HOSTILE_TEXT = [
  "' OR '1'='1",
  "'; DROP TABLE awards; --",
  '"; DELETE FROM users; --',
  '%',
  '_',
  '%%__\\',
  '\\',
  "\\'",
  '$1',
  '$$ language sql $$',
  ':*',
  '!',
  '&|!():*<->',
  'a & b | !c',
  "to_tsquery('x')",
  '\u0000',
  'ab\u0000cd',
  '\u0007\u001b[31m',
  '\uFFFF\uFFFE',
  '\uD800',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'x'.repeat(10_000),
  'đ'.repeat(500),
  '1e309',
  '-1',
  '9'.repeat(40),
];

describe('SQL metacharacters and control bytes in every read parameter', () => {
  it.each(HOSTILE_TEXT.map((text) => ({ text: JSON.stringify(text).slice(0, 40), value: text })))('reader search, registry filters, API and staff pickers take $text', async ({ value }) => {
    const { parseSearchParams } = await import('@/lib/newsroom/schemas/search');
    const { searchArticles } = await import('@/lib/newsroom/data/search');
    const { parseAwardFilters } = await import('@/lib/registry/schemas/filters');
    const { getAwardPage } = await import('@/lib/registry/data/awards');
    const search = await searchArticles(parseSearchParams({ q: value, 'chuyen-muc': value, tu: value, den: value, trang: value }));
    expect(Array.isArray(search.articles)).toBe(true);
    const filters = parseAwardFilters({ q: value, 'tu-nam': value, 'den-nam': value, 'danh-hieu': value, cap: value, 'he-thong': value, 'doi-tuong': value, 'cap-duoi': value, 'don-vi': value, 'phong-trao': value, 'quyet-dinh': value, 'sap-xep': value, trang: value });
    expect(Array.isArray((await getAwardPage(filters)).rows)).toBe(true);

    // A URL cannot carry a lone surrogate: it arrives as U+FFFD.
    const inUrl = encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
    for (const p of ['v1/awards', 'v1/decisions']) {
      const url = `http://bangvang.test/api/${p}?q=${inUrl}&tu-nam=${inUrl}&trang=${inUrl}&so-dong=${inUrl}&don-vi=${inUrl}&danh-hieu=${inUrl}`;
      const response = await (await route(p)).GET!(new NextRequest(url));
      expect([200, 400], `${p} ${response.status}`).toContain(response.status);
      await response.body?.cancel();
    }

    as('ADMIN');
    for (const kind of ['decision', 'campaign', 'unit', 'collective', 'individual']) expect(Array.isArray(await actions.get('registry/data/record-picker.lookupRegistryRecords')!(kind, value))).toBe(true);
    for (const kind of ['INDIVIDUAL', 'COLLECTIVE', 'UNIT']) expect(Array.isArray(await actions.get('registry/data/recipient-picker.suggestRecipients')!(kind, value))).toBe(true);
    expect(Array.isArray(await actions.get('newsroom/data/story-picker.findStories')!(value))).toBe(true);
    expect(await actions.get('media/data/media-picker.findMedia')!(value)).toMatchObject({ items: expect.any(Array) });
    expect(await actions.get('registry/data/recipient-picker.resolvePastedRecipients')!([{ name: value, unit: value, position: value }], 2024)).not.toBeUndefined();
    tried += 13;
  });

  it('no table changed, none was dropped', async () => {
    expect(await fingerprint()).toEqual(before);
  });
});

describe('control bytes in a write', () => {
  it('are dropped from every field, so a pasted NUL never turns a save into a failure', async () => {
    as('EDITOR');
    const result = await actions.get('newsroom/actions/articles.saveArticle')!({
      version: 0,
      title: 'Tiêu đề\u0000 có ký tự điều khiển\u0007',
      sapo: 'Một đoạn sapo đủ dài để lưu được, có \u0000 ở giữa.',
      slug: '',
      categoryId: 'cat-tdkt',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn\u0000 văn\u001b bình thường' }] }] },
      tags: ['thẻ\u0000 một'],
    });
    tried++;
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    ids.cleaned = id;
    const saved = await prisma.article.findUniqueOrThrow({ where: { id }, select: { title: true, sapo: true, body: true, tags: { select: { tag: { select: { name: true } } } } } });
    expect(saved.title).toBe('Tiêu đề có ký tự điều khiển');
    expect(saved.sapo).toBe('Một đoạn sapo đủ dài để lưu được, có  ở giữa.');
    expect(JSON.stringify(saved.body)).toContain('Đoạn văn bình thường');
    expect(saved.tags.map((t) => t.tag.name)).toEqual(['thẻ một']);
  });

  afterAll(async () => {
    if (!ids.cleaned) return;
    await prisma.auditEvent.deleteMany({ where: { entityId: ids.cleaned } });
    await prisma.articleRevision.deleteMany({ where: { articleId: ids.cleaned } });
    await prisma.articleTag.deleteMany({ where: { articleId: ids.cleaned } });
    await prisma.articleSlug.deleteMany({ where: { articleId: ids.cleaned } });
    await prisma.article.deleteMany({ where: { id: ids.cleaned } });
    await prisma.tag.deleteMany({ where: { name: 'thẻ một', articles: { none: {} } } });
  });
});

describe('tally', () => {
  it('reports how many attack cases ran', () => {
    console.info(`[attacks] ${tried} attack calls refused or answered safely`);
    expect(tried).toBeGreaterThan(100);
  });
});
