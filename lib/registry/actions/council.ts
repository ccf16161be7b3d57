'use server';
// The council's session, as the authority's registrars run it: the agenda (rows of accepted
// dossiers whose honour needs the council's vote), attendance and quorum, the ballots (paper
// tallies typed in, or one-time links for an electronic secret ballot), and the close, which
// applies the rule in force to each candidate, writes the result into the dossiers with the
// minutes attached, and leaves out the rows that did not pass (restorable, as any row).
import { randomBytes } from 'node:crypto';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { withRole } from '@/lib/auth/with-role';
import { ActionError } from '@/lib/db/commit';
import { formatNumber } from '@/lib/common/format';
import { getEnv } from '@/lib/platform/env';
import { dateOfIso } from '@/lib/calendar/working-days';
import { asThreshold, votesRequired, voteResult } from '@/lib/registry/council/threshold';
import { candidatesWithRules, countsVote, membersOn, openSession } from '@/lib/registry/council/session-rules';
import { proceduresInForce } from '@/lib/registry/data/procedure-rules';
import { attachMinutes } from '@/lib/registry/council/minutes-store';
import { hashBallotCode } from '@/lib/registry/council/ballot-code';
import { addAgendaSchema, attendanceSchema, candidateMethodSchema, candidateStepSchema, createSessionSchema, paperTallySchema, reissueBallotSchema, sessionStepSchema } from '@/lib/registry/schemas/council';

const NOT_PREPARING = 'Phiên họp đã mở bỏ phiếu: chương trình và điểm danh không sửa được nữa.';

const ballotUrl = (code: string) => `${getEnv().SITE_URL.replace(/\/$/, '')}/bo-phieu/${code}`;

export const createSession = withRole(REGISTRY_ROLES, createSessionSchema, async (input, user, tx) => {
  const council = await tx.council.findUnique({ where: { id: input.councilId }, select: { id: true, name: true } });
  if (!council) throw new ActionError('Hội đồng không tồn tại.', { councilId: ['Chọn hội đồng'] });
  const year = input.heldOn.slice(0, 4);
  // Codes are given in order within a year; the unique index settles a race.
  const last = await tx.councilSession.findFirst({ where: { code: { startsWith: `HĐ-${year}-` } }, orderBy: { code: 'desc' }, select: { code: true } });
  const next = last ? Number(last.code.slice(-2)) + 1 : 1;
  const code = `HĐ-${year}-${String(next).padStart(2, '0')}`;
  const heldOn = dateOfIso(input.heldOn);
  const session = await tx.councilSession.create({
    data: { code, councilId: council.id, title: input.title, heldOn, location: input.location, createdById: user.id },
    select: { id: true },
  });
  // Everyone in term that day is listed as absent until marked.
  const members = await membersOn(tx, council.id, heldOn);
  if (members.length === 0) throw new ActionError(`${council.name} không có thành viên nào trong nhiệm kỳ vào ngày họp.`, { heldOn: ['Không có thành viên trong nhiệm kỳ vào ngày này'] });
  await tx.sessionAttendance.createMany({ data: members.map((m) => ({ sessionId: session.id, memberId: m.id, attendance: 'ABSENT' as const })) });
  return {
    message: `Đã tạo phiên họp ${code}.`,
    data: { id: session.id, href: `/admin/thi-dua/hoi-dong/${session.id}` },
    audit: [{ action: 'council.session.create', entity: 'council_session', entityId: session.id, diff: { after: { code, title: input.title, heldOn: input.heldOn } } }],
    tags: [],
  };
});

/** Puts the rows of an accepted dossier on the agenda: those whose honour needs the council's vote. */
export const addAgenda = withRole(REGISTRY_ROLES, addAgendaSchema, async (input, _user, tx) => {
  const session = await openSession(tx, input.id, input.version);
  if (session.status !== 'PREPARING') throw new ActionError(NOT_PREPARING);
  const dossier = await tx.dossier.findUnique({ where: { id: input.dossierId }, select: { id: true, code: true, status: true, rows: { where: { rejected: false }, orderBy: { position: 'asc' }, select: { id: true, typeId: true } } } });
  if (!dossier) throw new ActionError('Hồ sơ không tồn tại.', { dossierId: ['Chọn hồ sơ'] });
  if (dossier.status !== 'ACCEPTED') throw new ActionError(`Hồ sơ ${dossier.code} chưa được tiếp nhận hoặc đã có quyết định: chỉ hồ sơ đã tiếp nhận mới đưa ra Hội đồng.`);
  const rules = await proceduresInForce('COUNCIL_VOTE', dossier.rows.map((r) => r.typeId), session.heldOn, tx);
  const voted = dossier.rows.filter((r) => rules.has(r.typeId));
  if (voted.length === 0) throw new ActionError(`Không dòng nào của hồ sơ ${dossier.code} cần Hội đồng bỏ phiếu (không có quy định tỷ lệ phiếu cho hình thức đề nghị).`);
  // A row already passed or waiting in another session is not put on this one too.
  const elsewhere = await tx.sessionCandidate.findMany({ where: { dossierRowId: { in: voted.map((r) => r.id) }, OR: [{ outcome: 'PASSED' }, { outcome: null }] }, select: { dossierRowId: true, sessionId: true } });
  const taken = new Set(elsewhere.map((c) => c.dossierRowId));
  const fresh = voted.filter((r) => !taken.has(r.id));
  if (fresh.length === 0) throw new ActionError(`Các dòng của hồ sơ ${dossier.code} đã có trong chương trình một phiên họp.`);
  const last = await tx.sessionCandidate.aggregate({ where: { sessionId: session.id }, _max: { position: true } });
  const start = (last._max.position ?? -1) + 1;
  await tx.sessionCandidate.createMany({ data: fresh.map((r, i) => ({ sessionId: session.id, dossierRowId: r.id, position: start + i, method: input.method })) });
  return {
    message: `Đã đưa ${formatNumber(fresh.length)} người của hồ sơ ${dossier.code} vào chương trình phiên ${session.code}.`,
    audit: [{ action: 'council.agenda.add', entity: 'council_session', entityId: session.id, diff: { after: { dossier: dossier.code, rows: fresh.map((r) => r.id), method: input.method } } }],
    tags: [],
  };
});

export const removeCandidate = withRole(REGISTRY_ROLES, candidateStepSchema, async (input, _user, tx) => {
  const session = await openSession(tx, input.id, input.version);
  if (session.status !== 'PREPARING') throw new ActionError(NOT_PREPARING);
  const removed = await tx.sessionCandidate.deleteMany({ where: { id: input.candidateId, sessionId: session.id } });
  if (removed.count === 0) throw new ActionError('Người này không có trong chương trình phiên họp.');
  return { message: 'Đã bỏ khỏi chương trình phiên họp.', audit: [{ action: 'council.agenda.remove', entity: 'council_session', entityId: session.id, diff: { before: { candidateId: input.candidateId } } }], tags: [] };
});

export const setCandidateMethod = withRole(REGISTRY_ROLES, candidateMethodSchema, async (input, _user, tx) => {
  const session = await openSession(tx, input.id, input.version);
  if (session.status !== 'PREPARING') throw new ActionError(NOT_PREPARING);
  const changed = await tx.sessionCandidate.updateMany({ where: { id: input.candidateId, sessionId: session.id }, data: { method: input.method } });
  if (changed.count === 0) throw new ActionError('Người này không có trong chương trình phiên họp.');
  return { message: input.method === 'PAPER' ? 'Người này được bỏ phiếu giấy.' : 'Người này được bỏ phiếu điện tử.', audit: [{ action: 'council.agenda.method', entity: 'council_session', entityId: session.id, diff: { after: { candidateId: input.candidateId, method: input.method } } }], tags: [] };
});

export const setAttendance = withRole(REGISTRY_ROLES, attendanceSchema, async (input, _user, tx) => {
  const session = await openSession(tx, input.id, input.version);
  if (session.status !== 'PREPARING') throw new ActionError(NOT_PREPARING);
  const listed = await tx.sessionAttendance.findMany({ where: { sessionId: session.id }, select: { memberId: true, attendance: true } });
  const known = new Set(listed.map((l) => l.memberId));
  if (input.marks.some((m) => !known.has(m.memberId))) throw new ActionError('Có người không phải thành viên Hội đồng trong nhiệm kỳ của phiên họp.');
  for (const mark of input.marks) await tx.sessionAttendance.update({ where: { sessionId_memberId: { sessionId: session.id, memberId: mark.memberId } }, data: { attendance: mark.attendance } });
  const present = input.marks.filter((m) => m.attendance === 'PRESENT').length;
  return {
    message: `Đã điểm danh: ${formatNumber(present)}/${formatNumber(listed.length)} thành viên có mặt.`,
    audit: [{ action: 'council.attendance', entity: 'council_session', entityId: session.id, diff: { before: Object.fromEntries(listed.map((l) => [l.memberId, l.attendance])), after: Object.fromEntries(input.marks.map((m) => [m.memberId, m.attendance])) } }],
    tags: [],
  };
});

/**
 * Opens the ballots: checks the quorum and that every candidate has a rule, then gives each
 * member who votes a one-time code for the electronic ballot. The codes are shown once, here
 * (printed or sent to the members); only their hashes are kept.
 */
export const openVoting = withRole(REGISTRY_ROLES, sessionStepSchema, async (input, _user, tx) => {
  const session = await openSession(tx, input.id, input.version);
  if (session.status !== 'PREPARING') throw new ActionError('Phiên họp đã mở bỏ phiếu.');
  const candidates = await candidatesWithRules(tx, session.id, session.heldOn);
  if (candidates.length === 0) throw new ActionError('Chương trình phiên họp chưa có ai.');
  const unruled = candidates.filter((c) => !c.rule);
  if (unruled.length) throw new ActionError('Có người được đề nghị hình thức chưa có quy định tỷ lệ phiếu vào ngày họp: bỏ họ khỏi chương trình.');
  const attendance = await tx.sessionAttendance.findMany({ where: { sessionId: session.id }, select: { memberId: true, attendance: true, member: { select: { name: true, role: true } } } });
  const present = attendance.filter((a) => a.attendance === 'PRESENT').length;
  const quorum = votesRequired({ shareNumerator: session.council.quorumNumerator, shareDenominator: session.council.quorumDenominator, base: 'ALL_MEMBERS' }, attendance.length);
  if (present < quorum) throw new ActionError(`Chưa đủ số thành viên dự họp: ${formatNumber(present)}/${formatNumber(attendance.length)} có mặt, cần ít nhất ${formatNumber(quorum)}.`);
  const electronic = candidates.some((c) => c.method === 'ELECTRONIC');
  const ballots: { member: string; url: string }[] = [];
  if (electronic) {
    for (const a of attendance) {
      if (a.attendance === 'ABSENT') continue;
      // A member absent in writing votes only where some candidate's rule counts written votes.
      if (a.attendance === 'WRITTEN' && !candidates.some((c) => c.method === 'ELECTRONIC' && c.rule && countsVote('WRITTEN', c.rule))) continue;
      const code = randomBytes(24).toString('base64url');
      await tx.ballotToken.create({ data: { sessionId: session.id, memberId: a.memberId, tokenHash: hashBallotCode(code) } });
      ballots.push({ member: a.member.name, url: ballotUrl(code) });
    }
  }
  await tx.councilSession.update({ where: { id: session.id }, data: { status: 'VOTING' } });
  return {
    message: electronic ? `Đã mở bỏ phiếu. Gửi cho mỗi thành viên đường dẫn phiếu bầu của mình (chỉ hiện một lần).` : 'Đã mở bỏ phiếu: nhập kết quả kiểm phiếu giấy.',
    data: { ballots },
    audit: [{ action: 'council.voting.open', entity: 'council_session', entityId: session.id, diff: { after: { status: 'VOTING', present, members: attendance.length, ballots: ballots.length } } }],
    tags: [],
  };
});

/** A new code for a member who lost theirs, while it is unused (the old one stops working). */
export const reissueBallot = withRole(REGISTRY_ROLES, reissueBallotSchema, async (input, _user, tx) => {
  const session = await openSession(tx, input.id, input.version);
  if (session.status !== 'VOTING') throw new ActionError('Phiên họp không ở giai đoạn bỏ phiếu.');
  const code = randomBytes(24).toString('base64url');
  const changed = await tx.ballotToken.updateMany({ where: { sessionId: session.id, memberId: input.memberId, usedAt: null }, data: { tokenHash: hashBallotCode(code), issuedAt: new Date() } });
  if (changed.count === 0) throw new ActionError('Thành viên này không có phiếu bầu điện tử chưa dùng.');
  const member = await tx.councilMember.findUniqueOrThrow({ where: { id: input.memberId }, select: { name: true } });
  return {
    message: `Đã cấp lại phiếu bầu cho ${member.name}; đường dẫn cũ không dùng được nữa.`,
    data: { ballots: [{ member: member.name, url: ballotUrl(code) }] },
    audit: [{ action: 'council.ballot.reissue', entity: 'council_session', entityId: session.id, diff: { after: { memberId: input.memberId } } }],
    tags: [],
  };
});

/** The count of a paper ballot: the three totals must add up to the ballots that count. */
export const enterPaperTally = withRole(REGISTRY_ROLES, paperTallySchema, async (input, _user, tx) => {
  const session = await openSession(tx, input.id, input.version);
  if (session.status !== 'VOTING') throw new ActionError(session.status === 'CLOSED' ? 'Phiên họp đã kết thúc: kết quả không sửa được.' : 'Mở bỏ phiếu trước khi nhập kết quả kiểm phiếu.');
  const candidates = await candidatesWithRules(tx, session.id, session.heldOn);
  const candidate = candidates.find((c) => c.id === input.candidateId);
  if (!candidate) throw new ActionError('Người này không có trong chương trình phiên họp.');
  if (candidate.method !== 'PAPER') throw new ActionError('Người này được bỏ phiếu điện tử: kết quả do hệ thống đếm.');
  const attendance = await tx.sessionAttendance.findMany({ where: { sessionId: session.id }, select: { attendance: true } });
  const voters = attendance.filter((a) => countsVote(a.attendance, candidate.rule!)).length;
  const total = input.yes + input.no + input.abstain;
  if (total !== voters) {
    const message = `Tổng số phiếu (${formatNumber(total)}) phải bằng số thành viên bỏ phiếu (${formatNumber(voters)}: có mặt${candidate.rule!.writtenVotes ? ' và vắng có phiếu gửi' : ''}).`;
    throw new ActionError(message, { yes: [message] });
  }
  await tx.sessionCandidate.update({ where: { id: candidate.id }, data: { yes: input.yes, no: input.no, abstain: input.abstain } });
  return {
    message: `Đã ghi kết quả kiểm phiếu: ${formatNumber(input.yes)} đồng ý, ${formatNumber(input.no)} không đồng ý, ${formatNumber(input.abstain)} không biểu quyết.`,
    audit: [{ action: 'council.tally', entity: 'council_session', entityId: session.id, diff: { before: { candidateId: candidate.id, yes: candidate.yes, no: candidate.no, abstain: candidate.abstain }, after: { candidateId: candidate.id, yes: input.yes, no: input.no, abstain: input.abstain } } }],
    tags: [],
  };
});

/**
 * Closes the session: each candidate's result by the rule in force on the session's day,
 * into the candidates (with the base and the votes needed) and into their dossiers (a step
 * with the figures, the minutes attached; a row that did not pass is left out with the
 * figures as the reason).
 */
export const closeSession = withRole(REGISTRY_ROLES, sessionStepSchema, async (input, user, tx) => {
  const session = await openSession(tx, input.id, input.version);
  if (session.status !== 'VOTING') throw new ActionError(session.status === 'CLOSED' ? 'Phiên họp đã kết thúc.' : 'Phiên họp chưa mở bỏ phiếu.');
  const candidates = await candidatesWithRules(tx, session.id, session.heldOn);
  const attendance = await tx.sessionAttendance.findMany({ where: { sessionId: session.id }, select: { attendance: true } });
  const members = attendance.length;
  // A rule withdrawn (or replaced without a council share) since the ballots opened: nothing to judge by.
  if (candidates.some((c) => !c.rule)) throw new ActionError('Có người được đề nghị hình thức không còn quy định tỷ lệ phiếu vào ngày họp: quản trị viên kiểm tra lại quy định trước khi kết thúc phiên.');
  const missingPaper = candidates.filter((c) => c.method === 'PAPER' && c.yes + c.no + c.abstain === 0);
  if (missingPaper.length) throw new ActionError(`Còn ${formatNumber(missingPaper.length)} người bỏ phiếu giấy chưa nhập kết quả kiểm phiếu.`);
  const results = candidates.map((c) => {
    const rule = c.rule!;
    const voters = attendance.filter((a) => countsVote(a.attendance, rule)).length;
    return { candidate: c, rule, ...voteResult(asThreshold(rule), c, { members, voters }) };
  });
  for (const r of results) {
    await tx.sessionCandidate.update({ where: { id: r.candidate.id }, data: { ruleId: r.rule.id, baseCount: r.baseCount, required: r.required, outcome: r.passed ? 'PASSED' : 'NOT_PASSED' } });
  }
  await tx.councilSession.update({ where: { id: session.id }, data: { status: 'CLOSED', closedAt: new Date() } });
  const attached = await attachMinutes(tx, user, session.id);
  const passed = results.filter((r) => r.passed).length;
  return {
    message: `Phiên ${session.code} đã kết thúc: ${formatNumber(passed)}/${formatNumber(results.length)} người đạt tỷ lệ phiếu. Biên bản đã đính kèm vào ${formatNumber(attached.dossiers)} hồ sơ.`,
    audit: [{ action: 'council.session.close', entity: 'council_session', entityId: session.id, diff: { after: { status: 'CLOSED', results: results.map((r) => ({ candidateId: r.candidate.id, yes: r.candidate.yes, no: r.candidate.no, abstain: r.candidate.abstain, required: r.required, base: r.baseCount, passed: r.passed })) } } }],
    tags: [],
  };
});
