// Vietnamese names of the pipeline's states and steps (registrations, dossiers).
import type { DossierAction, DossierStatus, RegistrationStatus } from '@/lib/generated/prisma/enums';

export const registrationStatusLabels: Record<RegistrationStatus | 'NONE', string> = {
  NONE: 'Chưa đăng ký',
  DRAFT: 'Đang soạn (chưa gửi)',
  SUBMITTED: 'Đã gửi, chờ tiếp nhận',
  RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã tiếp nhận',
};

export const dossierStatusLabels: Record<DossierStatus, string> = {
  DRAFT: 'Đang soạn',
  SUBMITTED: 'Đang xét',
  RETURNED: 'Bị trả lại',
  ACCEPTED: 'Đã tiếp nhận, chờ quyết định',
  DECIDED: 'Đã có quyết định',
};

export const dossierActionLabels: Record<DossierAction, string> = {
  CREATE: 'Lập hồ sơ',
  SUBMIT: 'Gửi lên',
  FORWARD: 'Đồng ý, chuyển lên',
  RETURN: 'Trả lại',
  ACCEPT: 'Tiếp nhận',
  REJECT_ROW: 'Không đề nghị một dòng',
  RESTORE_ROW: 'Đề nghị lại một dòng',
  RAISE_ROW: 'Đề nghị hình thức cao hơn',
  DECIDE: 'Ra quyết định',
  COUNCIL_VOTE: 'Hội đồng bỏ phiếu',
  PUBLIC_COMMENT: 'Tổng hợp ý kiến nhân dân',
};

/** The authority's level, as the dossier's route names it. */
export const AUTHORITY_LEVEL = 'Cơ quan quyết định (bộ phận thi đua – khen thưởng)';

export const OUT_OF_SCOPE = 'Đơn vị này không thuộc phạm vi tài khoản của bạn.';
export const STALE_DOSSIER = 'Hồ sơ vừa được thay đổi ở nơi khác. Tải lại trang để xem bản mới nhất rồi làm lại.';
