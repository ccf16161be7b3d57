// The council's vote and the public's comments, against the seeded demo: the province's
// council of seven votes on the five candidates of dossier HS-2026-0007 (one by paper tally,
// four by electronic secret ballot, one below the 90 % of all members), the session closes
// with the results and the minutes in the dossier, a comment period of 10 working days is
// opened with a draft story for the newsroom, readers' comments arrive (spam and floods
// refused), are marked and summarized, and the decision is made from those who passed.
// Around it: the ballot's secrecy (no row anywhere links a member to a choice), and the
// role matrix (no one but the authority's registrars can run any of it).
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORBIDDEN, type ActionAnswer } from '@/lib/common/action-state';
import { WorkingCalendar, vietnamToday } from '@/lib/calendar/working-days';
import { getSession } from '@/lib/registry/data/council';
import { asUser, requestFrom, signIn } from '../support/acting-as';
import { testPg, testPrisma } from '../support/db';
import type { Who } from '../support/users';

const council = await import('@/lib/registry/actions/council');
const { castBallot } = await import('@/lib/registry/actions/ballot');
const periods = await import('@/lib/registry/actions/comment-periods');
const { sendPublicComment } = await import('@/lib/registry/actions/public-comment');
const { decideDossier } = await import('@/lib/registry/actions/dossier-steps');
const calendarDays = await import('@/lib/registry/actions/calendar-days');
const { loadWorkingCalendar, proceduresInForce } = await import('@/lib/registry/data/procedure-rules');
const { saveProcedureRuleVersion } = await import('@/lib/registry/actions/procedure-rules');

const prisma = testPrisma();
let client: pg.Client;
const DOSSIER = 'dossier-7';
const today = vietnamToday();

const form = (fields: Record<string, string | number>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, String(v));
  return f;
};
const sessionVersion = async (id: string) => (await prisma.councilSession.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const dossierVersion = async () => (await prisma.dossier.findUniqueOrThrow({ where: { id: DOSSIER }, select: { version: true } })).version;
const codeOf = (url: string) => url.slice(url.lastIndexOf('/') + 1);

async function vote(code: string, choices: Record<string, 'YES' | 'NO' | 'ABSTAIN'>) {
  signIn(null);
  return castBallot(null, form({ token: code, ...Object.fromEntries(Object.entries(choices).map(([id, c]) => [`c.${id}`, c])) }));
}

/** Every table and column, with the rows of each table whose text mentions `needle`. */
async function tablesMentioning(needle: string): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  const found: string[] = [];
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}" t WHERE t::text LIKE $1`, [`%${needle}%`]);
    if (Number(rows[0]!.n) > 0) found.push(name);
  }
  return found;
}

beforeAll(async () => {
  client = await testPg();
  requestFrom('203.0.113.50');
});
// The other files of this worker count the seeded decisions and drafts: what this file's
// decision and story added is taken out again, and the dossier is back as seeded.
afterAll(async () => {
  const decision = await prisma.decision.findFirst({ where: { number: '2150/QĐ-TTg' }, select: { id: true } });
  if (decision) {
    await prisma.dossier.update({ where: { id: DOSSIER }, data: { status: 'ACCEPTED', decisionId: null } });
    await prisma.award.deleteMany({ where: { decisionId: decision.id } });
    await prisma.decision.delete({ where: { id: decision.id } });
  }
  const stories = await prisma.commentPeriod.findMany({ where: { articleId: { not: null } }, select: { articleId: true } });
  await prisma.article.deleteMany({ where: { id: { in: stories.map((s) => s.articleId!) } } });
  await client.end();
  await prisma.$disconnect();
});

describe('a council session, a comment period and the decision', () => {
  let sessionId = '';
  let candidates: { id: string; name: string }[] = [];
  let ballots: { member: string; url: string }[] = [];

  it('waits for the council: a decision before its vote is refused and names who is missing it', async () => {
    const answer = await asUser('REGISTRAR', async () =>
      decideDossier(form({ id: DOSSIER, version: await dossierVersion(), number: '1/QĐ-TTg', signedAt: today, issuingAuthority: 'Thủ tướng Chính phủ', signerName: 'Người Ký', signerTitle: 'Thủ tướng', category: 'PERIODIC' })),
    );
    expect(answer.ok).toBe(false);
    expect(answer.message).toMatch(/chưa được Hội đồng Thi đua – Khen thưởng thông qua/);
    expect(await prisma.dossier.findUniqueOrThrow({ where: { id: DOSSIER }, select: { status: true } })).toEqual({ status: 'ACCEPTED' });
  });

  it('creates a session listing the members in term that day, and takes the dossier’s five onto its agenda', async () => {
    const created = await asUser('REGISTRAR', () => council.createSession(form({ councilId: 'council-tinh', title: 'Xét đề nghị Chiến sĩ thi đua toàn quốc năm 2026', heldOn: today })));
    expect(created.ok, created.message).toBe(true);
    sessionId = (created as { data: { id: string } }).data.id;
    const listed = await prisma.sessionAttendance.findMany({ where: { sessionId }, select: { memberId: true } });
    // Seven in term; the former member (term ended 2025) is not.
    expect(listed.map((l) => l.memberId).sort()).toEqual(['council-member-1', 'council-member-2', 'council-member-3', 'council-member-4', 'council-member-5', 'council-member-6', 'council-member-7']);
    const added = await asUser('REGISTRAR', async () => council.addAgenda(form({ id: sessionId, version: await sessionVersion(sessionId), dossierId: DOSSIER, method: 'ELECTRONIC' })));
    expect(added.ok, added.message).toBe(true);
    const view = (await getSession(sessionId))!;
    candidates = view.candidates.map((c) => ({ id: c.id, name: c.name }));
    expect(candidates).toHaveLength(5);
    // The same rows are not put on the agenda twice.
    const again = await asUser('REGISTRAR', async () => council.addAgenda(form({ id: sessionId, version: await sessionVersion(sessionId), dossierId: DOSSIER, method: 'ELECTRONIC' })));
    expect(again.ok).toBe(false);
    const paper = await asUser('REGISTRAR', async () => council.setCandidateMethod(form({ id: sessionId, version: await sessionVersion(sessionId), candidateId: candidates[0]!.id, method: 'PAPER' })));
    expect(paper.ok, paper.message).toBe(true);
  });

  it('refuses to open the ballots without a quorum, then opens them with one code per member who votes', async () => {
    const noQuorum = await asUser('REGISTRAR', async () => council.openVoting(form({ id: sessionId, version: await sessionVersion(sessionId) })));
    expect(noQuorum.ok).toBe(false);
    expect(noQuorum.message).toMatch(/Chưa đủ số thành viên dự họp: 0\/7 có mặt, cần ít nhất 5/);
    const marks = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [`att.council-member-${n}`, n === 7 ? 'WRITTEN' : 'PRESENT']));
    const marked = await asUser('REGISTRAR', async () => council.setAttendance(form({ id: sessionId, version: await sessionVersion(sessionId), ...marks })));
    expect(marked.ok, marked.message).toBe(true);
    // A stranger to the council cannot be marked.
    const stranger = await asUser('REGISTRAR', async () => council.setAttendance(form({ id: sessionId, version: await sessionVersion(sessionId), 'att.council-member-0': 'PRESENT' })));
    expect(stranger.ok).toBe(false);
    const opened = await asUser('REGISTRAR', async () => council.openVoting(form({ id: sessionId, version: await sessionVersion(sessionId) })));
    expect(opened.ok, opened.message).toBe(true);
    ballots = (opened as { data: { ballots: { member: string; url: string }[] } }).data.ballots;
    // Six present and one absent in writing (the rule counts written votes).
    expect(ballots).toHaveLength(7);
    expect(new Set(ballots.map((b) => b.url)).size).toBe(7);
    const stored = await prisma.ballotToken.findMany({ where: { sessionId }, select: { tokenHash: true } });
    // Only fingerprints are kept: no code appears in the table.
    for (const b of ballots) expect(stored.some((s) => s.tokenHash.includes(codeOf(b.url)))).toBe(false);
  });

  it('checks a paper tally against the ballots that count', async () => {
    const short = await asUser('REGISTRAR', async () => council.enterPaperTally(form({ id: sessionId, version: await sessionVersion(sessionId), candidateId: candidates[0]!.id, yes: 6, no: 0, abstain: 0 })));
    expect(short.ok).toBe(false);
    expect(short.message).toMatch(/Tổng số phiếu \(6\) phải bằng số thành viên bỏ phiếu \(7/);
    const ok = await asUser('REGISTRAR', async () => council.enterPaperTally(form({ id: sessionId, version: await sessionVersion(sessionId), candidateId: candidates[0]!.id, yes: 7, no: 0, abstain: 0 })));
    expect(ok.ok, ok.message).toBe(true);
  });

  it('counts each electronic ballot once, all choices at once, and keeps the counts hidden until the close', async () => {
    const electronic = candidates.slice(1);
    const incomplete = await vote(codeOf(ballots[0]!.url), { [electronic[0]!.id]: 'YES' });
    expect(incomplete.ok).toBe(false);
    expect(incomplete.message).toMatch(/còn 3 người chưa chọn/);
    const paperOnBallot = await vote(codeOf(ballots[0]!.url), { ...Object.fromEntries(electronic.map((c) => [c.id, 'YES'])), [candidates[0]!.id]: 'YES' });
    expect(paperOnBallot.ok).toBe(false);
    for (const [i, b] of ballots.entries()) {
      // The fifth candidate gets one "no": 6 of 7, under the 90 % of all members (7 needed).
      const answer = await vote(codeOf(b.url), Object.fromEntries(electronic.map((c, j) => [c.id, j === 3 && i === 0 ? 'NO' : 'YES'])));
      expect(answer.ok, answer.message).toBe(true);
    }
    const twice = await vote(codeOf(ballots[1]!.url), Object.fromEntries(electronic.map((c) => [c.id, 'NO'])));
    expect(twice.ok).toBe(false);
    expect(twice.message).toMatch(/đã được dùng/);
    const forged = await vote('A'.repeat(32), Object.fromEntries(electronic.map((c) => [c.id, 'NO'])));
    expect(forged.ok).toBe(false);
    const view = (await getSession(sessionId))!;
    expect(view.turnout).toEqual({ issued: 7, used: 7 });
    expect(view.candidates.filter((c) => c.method === 'ELECTRONIC').every((c) => c.tally === null)).toBe(true);
  });

  it('keeps no row that links a member to a choice', async () => {
    // Where a member's id appears at all: their own row, the attendance (and its audit
    // record), their used code.
    for (const n of [1, 4, 7]) {
      const member = `council-member-${n}`;
      expect(await tablesMentioning(member)).toEqual(['audit_events', 'ballot_tokens', 'council_members', 'session_attendance']);
      const audited = await client.query<{ action: string }>(`SELECT DISTINCT action FROM audit_events t WHERE t::text LIKE $1`, [`%${member}%`]);
      expect(audited.rows.map((r) => r.action)).toEqual(['council.attendance']);
    }
    // None of those tables has a place for a choice, and the table of counts names no member.
    const { rows } = await client.query<{ table: string; column: string }>(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('ballot_tokens', 'council_members', 'session_attendance', 'session_candidates') ORDER BY 1, 2`,
    );
    const columns = (t: string) => rows.filter((r) => r.table === t).map((r) => r.column);
    for (const t of ['ballot_tokens', 'council_members', 'session_attendance']) expect(columns(t).filter((c) => /yes|no$|abstain|choice|vote|candidate/.test(c))).toEqual([]);
    expect(columns('session_candidates').filter((c) => /member|token/.test(c))).toEqual([]);
    // Nor does the audit log hold a ballot: the staff steps only.
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'council_session', entityId: sessionId }, select: { action: true } });
    expect(audit.map((a) => a.action)).not.toContain('council.ballot');
  });

  it('closes with each result by the rule in force, leaves out who did not pass, and attaches the minutes', async () => {
    const closed = await asUser('REGISTRAR', async () => council.closeSession(form({ id: sessionId, version: await sessionVersion(sessionId) })));
    expect(closed.ok, closed.message).toBe(true);
    expect(closed.message).toMatch(/4\/5 người đạt/);
    const view = (await getSession(sessionId))!;
    expect(view.candidates.map((c) => [c.tally, c.required, c.baseCount, c.outcome])).toEqual([
      [{ yes: 7, no: 0, abstain: 0 }, 7, 7, 'PASSED'],
      [{ yes: 7, no: 0, abstain: 0 }, 7, 7, 'PASSED'],
      [{ yes: 7, no: 0, abstain: 0 }, 7, 7, 'PASSED'],
      [{ yes: 7, no: 0, abstain: 0 }, 7, 7, 'PASSED'],
      [{ yes: 6, no: 1, abstain: 0 }, 7, 7, 'NOT_PASSED'],
    ]);
    const rows = await prisma.dossierRow.findMany({ where: { dossierId: DOSSIER }, orderBy: { position: 'asc' }, select: { rejected: true, rejectionNote: true } });
    expect(rows.map((r) => r.rejected)).toEqual([false, false, false, false, true]);
    expect(rows[4]!.rejectionNote).toMatch(/Không đạt tỷ lệ phiếu tại phiên HĐ-\d{4}-\d{2}: 6 phiếu đồng ý, cần 7\/7/);
    const step = await prisma.dossierStep.findFirstOrThrow({ where: { dossierId: DOSSIER, action: 'COUNCIL_VOTE' }, select: { note: true } });
    expect(step.note).toMatch(/4\/5 người đạt tỷ lệ phiếu; không đạt: /);
    const minutes = await prisma.dossierAttachment.findFirstOrThrow({ where: { dossierId: DOSSIER, fileName: { startsWith: 'bien-ban-hop-hoi-dong-' } }, select: { mimeType: true, size: true } });
    expect(minutes.mimeType).toBe('application/pdf');
    expect(minutes.size).toBeGreaterThan(5_000);
    // Closed means closed: no tally, no ballot, no second close.
    const late = await vote(codeOf(ballots[0]!.url), {});
    expect(late.ok).toBe(false);
    const again = await asUser('REGISTRAR', async () => council.closeSession(form({ id: sessionId, version: await sessionVersion(sessionId) })));
    expect(again.ok).toBe(false);
  });

  let periodId = '';
  let periodSlug = '';

  it('opens a comment period of 10 working days for those who passed, with a draft story linked to them', async () => {
    const opened = await asUser('REGISTRAR', () => periods.openCommentPeriod(form({ sessionId, opensOn: today })));
    expect(opened.ok, opened.message).toBe(true);
    periodId = (opened as { data: { id: string } }).data.id;
    const period = await prisma.commentPeriod.findUniqueOrThrow({ where: { id: periodId }, select: { slug: true, workingDays: true, opensOn: true, closesOn: true, articleId: true, candidates: { select: { name: true } } } });
    periodSlug = period.slug;
    expect(period.workingDays).toBe(10);
    expect(period.candidates).toHaveLength(4);
    expect(period.closesOn.toISOString().slice(0, 10)).toBe(new WorkingCalendar().nthWorkingDay(today, 10).end);
    const story = await prisma.article.findUniqueOrThrow({ where: { id: period.articleId! }, select: { status: true, title: true, individuals: { select: { individualId: true } } } });
    expect(story.status).toBe('DRAFT');
    expect(story.individuals.length).toBeGreaterThan(0);
    const twice = await asUser('REGISTRAR', () => periods.openCommentPeriod(form({ sessionId, opensOn: today })));
    expect(twice.ok).toBe(false);
  });

  it('takes readers’ comments, refusing spam, floods and the same text twice', async () => {
    const period = await prisma.commentPeriod.findUniqueOrThrow({ where: { id: periodId }, select: { candidates: { orderBy: { position: 'asc' }, select: { id: true } } } });
    const comment = (body: string, extra: Record<string, string> = {}) => {
      signIn(null);
      return sendPublicComment(null, form({ periodSlug, candidateId: period.candidates[0]!.id, authorName: 'Trần Văn Bạn Đọc', contact: '0912 345 678', body, ...extra }));
    };
    const first = await comment('Ông là người tận tụy, nhiều năm giúp đỡ người bệnh nghèo ở xã tôi.');
    expect(first.ok, first.message).toBe(true);
    requestFrom('203.0.113.51');
    const second = await comment('Đề nghị xem lại thành tích năm 2024 vì đơn vị từng bị nhắc nhở về hồ sơ.');
    expect(second.ok, second.message).toBe(true);
    const link = await comment('Xem thêm tại http://example.com/khuyen-mai nhé mọi người ơi');
    expect(link.ok).toBe(false);
    expect(link.message).toMatch(/không được chứa đường dẫn/);
    const robot = await comment('Một nội dung bình thường nhưng do chương trình tự điền vào.', { website: 'x' });
    expect(robot.ok).toBe(false);
    const same = await comment('Đề nghị xem lại thành tích năm 2024 vì đơn vị từng bị nhắc nhở về hồ sơ.');
    expect(same.ok).toBe(false);
    const short = await comment('ngắn');
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.fieldErrors?.body).toBeDefined();
    // Five a window per address: the flood from one address stops at the limit.
    requestFrom('203.0.113.52');
    const answers = [];
    for (let i = 0; i < 7; i += 1) answers.push(await comment(`Ý kiến thứ ${i + 1} về trường hợp này, gửi từ cùng một địa chỉ.`));
    expect(answers.filter((a) => a.ok)).toHaveLength(5);
    expect(answers.at(-1)!.message).toMatch(/gửi quá nhiều lần/);
    expect(await prisma.publicComment.count({ where: { periodId } })).toBe(7);
  });

  it('refuses comments once the period has ended, and summarizes only when every comment is marked', async () => {
    // The period's days pass (moved back as the calendar would have counted them).
    const opensOn = '2026-11-02';
    const closesOn = new WorkingCalendar().nthWorkingDay(opensOn, 10).end;
    expect(closesOn < today).toBe(true);
    await prisma.commentPeriod.update({ where: { id: periodId }, data: { opensOn: new Date(`${opensOn}T00:00:00Z`), closesOn: new Date(`${closesOn}T00:00:00Z`) } });
    requestFrom('203.0.113.53');
    const candidate = await prisma.commentCandidate.findFirstOrThrow({ where: { periodId }, select: { id: true } });
    signIn(null);
    const late = await sendPublicComment(null, form({ periodSlug, candidateId: candidate.id, authorName: 'Người Gửi Muộn', contact: 'muon@example.vn', body: 'Ý kiến gửi sau khi đã hết thời hạn lấy ý kiến.' }));
    expect(late.ok).toBe(false);
    expect(late.message).toMatch(/đã kết thúc/);
    const version = async () => (await prisma.commentPeriod.findUniqueOrThrow({ where: { id: periodId }, select: { version: true } })).version;
    const early = await asUser('REGISTRAR', async () => periods.summarizeCommentPeriod(form({ id: periodId, version: await version() })));
    expect(early.ok).toBe(false);
    expect(early.message).toMatch(/Còn 7 ý kiến chưa đánh giá/);
    const comments = await prisma.publicComment.findMany({ where: { periodId }, orderBy: { createdAt: 'asc' }, select: { id: true } });
    for (const [i, c] of comments.entries()) {
      const marked = await asUser('REGISTRAR', () => periods.markComment(form({ periodId, commentId: c.id, verdict: i === 1 ? 'RELEVANT' : 'NOT_RELEVANT', note: i === 1 ? 'Đã xác minh với đơn vị: đã khắc phục.' : '' })));
      expect(marked.ok, marked.message).toBe(true);
    }
    const done = await asUser('REGISTRAR', async () => periods.summarizeCommentPeriod(form({ id: periodId, version: await version() })));
    expect(done.ok, done.message).toBe(true);
    const step = await prisma.dossierStep.findFirstOrThrow({ where: { dossierId: DOSSIER, action: 'PUBLIC_COMMENT' }, select: { note: true } });
    expect(step.note).toMatch(/7 ý kiến, 1 liên quan cần xem xét/);
  });

  it('decides from those who passed: four awards, the fifth left out', async () => {
    const answer = await asUser('REGISTRAR', async () =>
      decideDossier(form({ id: DOSSIER, version: await dossierVersion(), number: '2150/QĐ-TTg', signedAt: today, issuingAuthority: 'Thủ tướng Chính phủ', signerName: 'Người Ký', signerTitle: 'Thủ tướng Chính phủ', category: 'PERIODIC' })),
    );
    expect(answer.ok, answer.message).toBe(true);
    const decision = await prisma.decision.findFirstOrThrow({ where: { number: '2150/QĐ-TTg' }, select: { awards: { select: { individualId: true } } } });
    expect(decision.awards).toHaveLength(4);
  });
});

describe('the announced days', () => {
  it('move the end of a period when a registrar records them, are audited, and can be taken back', async () => {
    // Thursday 24/12/2026 + 10 working days ends on 7/1/2027; an announced day off on
    // Monday 4/1/2027 moves it to 8/1.
    expect((await loadWorkingCalendar()).nthWorkingDay('2026-12-24', 10).end).toBe('2027-01-07');
    const saved = await asUser('REGISTRAR', () => calendarDays.saveCalendarDay(form({ date: '2027-01-04', dayOff: 'off', label: 'Nghỉ hoán đổi (thử)', source: 'Thông báo thử nghiệm', confirmation: 'TO_CONFIRM' })));
    expect(saved.ok, saved.message).toBe(true);
    expect((await loadWorkingCalendar()).nthWorkingDay('2026-12-24', 10).end).toBe('2027-01-08');
    const bad = await asUser('REGISTRAR', () => calendarDays.saveCalendarDay(form({ date: '2027-02-30', dayOff: 'off', label: 'Ngày không có', source: 'Thông báo thử nghiệm', confirmation: 'TO_CONFIRM' })));
    expect(bad.ok).toBe(false);
    const removed = await asUser('REGISTRAR', () => calendarDays.removeCalendarDay(form({ date: '2027-01-04' })));
    expect(removed.ok, removed.message).toBe(true);
    expect((await loadWorkingCalendar()).nthWorkingDay('2026-12-24', 10).end).toBe('2027-01-07');
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'calendar_day', entityId: '2027-01-04' }, orderBy: { id: 'asc' }, select: { action: true, diff: true } });
    expect(audit.map((a) => a.action)).toEqual(['calendar-day.save', 'calendar-day.remove']);
    expect(audit[1]!.diff).toMatchObject({ before: { dayOff: true, label: 'Nghỉ hoán đổi (thử)' }, after: null });
  });
});

describe('who may run the council and the comment period', () => {
  const outsiders: Who[] = ['EDITOR', 'REPORTER', 'UNIT_OFFICER', 'OFFICER_DBK'];

  it('refuses every council and comment action to the newsroom and to unit officers, changing nothing', async () => {
    const before = await client.query<{ f: string }>(
      `SELECT md5(string_agg(x, '' ORDER BY x)) AS f FROM (SELECT md5(t::text) AS x FROM council_sessions t UNION ALL SELECT md5(t::text) FROM session_candidates t UNION ALL SELECT md5(t::text) FROM session_attendance t UNION ALL SELECT md5(t::text) FROM comment_periods t UNION ALL SELECT md5(t::text) FROM public_comments t UNION ALL SELECT md5(t::text) FROM calendar_days t) s`,
    );
    const session = await prisma.councilSession.findFirst({ select: { id: true, version: true } });
    const ref = { id: session?.id ?? 'x', version: session?.version ?? 0 };
    const calls: (() => Promise<ActionAnswer<unknown>>)[] = [
      () => council.createSession(form({ councilId: 'council-tinh', title: 'Phiên không được phép', heldOn: today })),
      () => council.addAgenda(form({ ...ref, dossierId: DOSSIER, method: 'PAPER' })),
      () => council.setAttendance(form({ ...ref, 'att.council-member-1': 'ABSENT' })),
      () => council.openVoting(form(ref)),
      () => council.enterPaperTally(form({ ...ref, candidateId: 'x', yes: 1, no: 0, abstain: 0 })),
      () => council.closeSession(form(ref)),
      () => council.reissueBallot(form({ ...ref, memberId: 'council-member-1' })),
      () => council.removeCandidate(form({ ...ref, candidateId: 'x' })),
      () => council.setCandidateMethod(form({ ...ref, candidateId: 'x', method: 'PAPER' })),
      () => periods.openCommentPeriod(form({ sessionId: ref.id, opensOn: today })),
      () => periods.markComment(form({ periodId: 'x', commentId: 'x', verdict: 'RELEVANT' })),
      () => periods.summarizeCommentPeriod(form({ id: 'x', version: 0 })),
      () => calendarDays.saveCalendarDay(form({ date: '2027-01-05', dayOff: 'off', label: 'Ngày nghỉ giả', source: 'Thông báo giả mạo', confirmation: 'CONFIRMED' })),
      () => calendarDays.removeCalendarDay(form({ date: '2025-05-02' })),
    ];
    for (const who of outsiders) {
      for (const call of calls) {
        const answer = await asUser(who, call);
        expect(answer, `${who}`).toEqual({ ok: false, message: FORBIDDEN });
      }
    }
    const after = await client.query<{ f: string }>(
      `SELECT md5(string_agg(x, '' ORDER BY x)) AS f FROM (SELECT md5(t::text) AS x FROM council_sessions t UNION ALL SELECT md5(t::text) FROM session_candidates t UNION ALL SELECT md5(t::text) FROM session_attendance t UNION ALL SELECT md5(t::text) FROM comment_periods t UNION ALL SELECT md5(t::text) FROM public_comments t UNION ALL SELECT md5(t::text) FROM calendar_days t) s`,
    );
    expect(after.rows[0]!.f).toBe(before.rows[0]!.f);
  });
});

describe('a new version of a rule of procedure', () => {
  const base = { ruleKey: 'council-vote-cstd-t', shareNumerator: 2, shareDenominator: 3, base: 'ALL_MEMBERS', writtenVotes: 'on', statement: 'Từ hai phần ba tổng số thành viên Hội đồng đồng ý (thử nghiệm).', legalSource: 'Văn bản thử nghiệm', article: 'Điều 1', effectiveFrom: '2099-01-01', confirmation: 'CONFIRMED', note: 'Phiên bản thử, có hiệu lực rất xa' };

  it('is written by administrators only, from the version they saw, and applies from its date', async () => {
    expect(await asUser('REGISTRAR', () => saveProcedureRuleVersion(form({ ...base, fromVersion: 1 })))).toEqual({ ok: false, message: FORBIDDEN });
    const stale = await asUser('ADMIN', () => saveProcedureRuleVersion(form({ ...base, fromVersion: 2 })));
    expect(stale.ok).toBe(false);
    const malformed = await asUser('ADMIN', () => saveProcedureRuleVersion(form({ ...base, fromVersion: 1, shareNumerator: 4, shareDenominator: 3 })));
    expect(malformed.ok).toBe(false);
    const unconfirmedArticle = await asUser('ADMIN', () => saveProcedureRuleVersion(form({ ...base, fromVersion: 1, article: '' })));
    expect(unconfirmedArticle.ok).toBe(false);
    const saved = await asUser('ADMIN', () => saveProcedureRuleVersion(form({ ...base, fromVersion: 1 })));
    expect(saved.ok, saved.message).toBe(true);
    const versions = await prisma.procedureRule.findMany({ where: { ruleKey: base.ruleKey }, orderBy: { version: 'asc' }, select: { version: true, shareNumerator: true, confirmation: true } });
    expect(versions).toEqual([
      { version: 1, shareNumerator: 90, confirmation: 'TO_CONFIRM' },
      { version: 2, shareNumerator: 2, confirmation: 'CONFIRMED' },
    ]);
    // In force today: still version 1; from its date on, version 2.
    expect((await proceduresInForce('COUNCIL_VOTE', ['type-cstd-t'], new Date(`${today}T00:00:00Z`))).get('type-cstd-t')?.version).toBe(1);
    expect((await proceduresInForce('COUNCIL_VOTE', ['type-cstd-t'], new Date('2099-06-01T00:00:00Z'))).get('type-cstd-t')?.version).toBe(2);
  });
});
