// Vietnamese names of the council's and the comment period's states.
import type { Attendance, BallotMethod, CommentVerdict, CouncilRole, SessionStatus, VoteBase, VoteOutcome } from '@/lib/generated/prisma/enums';

export const councilRoleLabels: Record<CouncilRole, string> = {
  CHAIR: 'Chủ tịch Hội đồng',
  VICE_CHAIR: 'Phó Chủ tịch Hội đồng',
  STANDING: 'Ủy viên thường trực',
  MEMBER: 'Ủy viên',
};

export const attendanceLabels: Record<Attendance, string> = {
  PRESENT: 'Có mặt',
  WRITTEN: 'Vắng, có phiếu gửi',
  ABSENT: 'Vắng',
};

export const methodLabels: Record<BallotMethod, string> = {
  PAPER: 'Bỏ phiếu giấy',
  ELECTRONIC: 'Bỏ phiếu điện tử',
};

export const sessionStatusLabels: Record<SessionStatus, string> = {
  PREPARING: 'Đang chuẩn bị',
  VOTING: 'Đang bỏ phiếu',
  CLOSED: 'Đã kết thúc',
};

export const outcomeLabels: Record<VoteOutcome, string> = {
  PASSED: 'Đạt',
  NOT_PASSED: 'Không đạt',
};

export const voteBaseLabels: Record<VoteBase, string> = {
  ALL_MEMBERS: 'tổng số thành viên Hội đồng',
  VOTERS: 'số thành viên bỏ phiếu',
};

export const verdictLabels: Record<CommentVerdict, string> = {
  RELEVANT: 'Liên quan, cần xem xét',
  NOT_RELEVANT: 'Không liên quan',
};

export const choiceLabels = { YES: 'Đồng ý', NO: 'Không đồng ý', ABSTAIN: 'Không biểu quyết' } as const;
