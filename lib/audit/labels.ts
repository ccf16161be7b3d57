// How audit events read in Vietnamese (the audit log page and the desk's feed).
export const auditEntityLabels = {
  article: 'Bài viết',
  media: 'Ảnh',
  category: 'Chuyên mục',
  user: 'Tài khoản',
  decision: 'Quyết định',
  unit: 'Đơn vị',
  individual: 'Cá nhân',
  collective: 'Tập thể',
  campaign: 'Phong trào',
  commendationType: 'Danh mục khen thưởng',
  import: 'Nhập tệp',
  initiative: 'Sáng kiến',
  eligibilityRule: 'Tiêu chuẩn xét tặng',
  registration: 'Đăng ký thi đua',
  dossier: 'Hồ sơ đề nghị',
  storyPlan: 'Kế hoạch bài',
} as const;

export type AuditEntity = keyof typeof auditEntityLabels;
export const AUDIT_ENTITIES = Object.keys(auditEntityLabels) as [AuditEntity, ...AuditEntity[]];

/** The registry's entities: the desk's "recent registry changes" reads these. */
export const REGISTRY_AUDIT_ENTITIES = ['decision', 'award', 'unit', 'collective', 'individual', 'campaign', 'commendationType', 'import'];

export const auditActionLabels: Record<string, string> = {
  'article.create': 'tạo bài',
  'article.update': 'sửa bài',
  'article.submit': 'gửi duyệt',
  'article.send_back': 'trả lại bài',
  'article.publish': 'đăng bài',
  'article.schedule': 'hẹn giờ đăng',
  'article.unpublish': 'gỡ bài',
  'article.restore': 'khôi phục phiên bản',
  'note.add': 'thêm ghi chú biên tập',
  'plan.create': 'lên kế hoạch bài',
  'plan.move': 'chuyển ngày kế hoạch bài',
  'plan.cancel': 'bỏ kế hoạch bài',
  'plan.restore': 'khôi phục kế hoạch bài',
  'live.start': 'mở tường thuật trực tiếp',
  'live.entry': 'đăng cập nhật trực tiếp',
  'live.summary': 'sửa tóm tắt tường thuật',
  'live.remove': 'gỡ cập nhật trực tiếp',
  'live.end': 'kết thúc tường thuật trực tiếp',
  'note.reply': 'trả lời ghi chú biên tập',
  'note.resolve': 'đánh dấu ghi chú đã xử lý',
  'note.reopen': 'mở lại ghi chú',
  'media.upload': 'tải ảnh lên',
  'media.update': 'sửa thông tin ảnh',
  'author.update': 'sửa hồ sơ tác giả',
  'media.delete': 'xóa ảnh',
  'category.create': 'tạo chuyên mục',
  'category.update': 'sửa chuyên mục',
  'category.delete': 'xóa chuyên mục',
  'user.create': 'tạo tài khoản',
  'user.update': 'sửa tài khoản',
  'decision.revoke': 'thu hồi quyết định',
  'decision.revoke.withdraw': 'hủy việc thu hồi quyết định',
  'decision.create': 'nhập quyết định',
  'decision.stories': 'liên kết bài viết với quyết định',
  'campaign.stories': 'liên kết bài viết với phong trào',
  'unit.create': 'tạo đơn vị',
  'unit.update': 'sửa đơn vị',
  'unit.move': 'chuyển đơn vị',
  'unit.merge': 'sáp nhập đơn vị',
  'unit.merged': 'được sáp nhập vào đơn vị khác',
  'unit.split': 'chia tách đơn vị',
  'unit.dissolve': 'giải thể đơn vị',
  'unit.event.undo': 'hoàn tác thay đổi tổ chức đơn vị',
  'record.undo': 'hoàn tác sửa hồ sơ',
  'unit.alias': 'ghi nhớ cách viết tên đơn vị',
  'individual.create': 'tạo hồ sơ cá nhân',
  'individual.update': 'sửa hồ sơ cá nhân',
  'individual.move': 'chuyển đơn vị công tác',
  'collective.create': 'tạo tập thể',
  'collective.update': 'sửa tập thể',
  'campaign.create': 'phát động phong trào',
  'campaign.update': 'sửa phong trào',
  'campaign.close': 'đóng phong trào',
  'commendationType.create': 'thêm vào danh mục',
  'commendationType.update': 'sửa danh mục',
  'registry.import': 'nhập tệp Excel',
  'eligibilityRule.version': 'thêm phiên bản tiêu chuẩn',
  'initiative.create': 'ghi sáng kiến',
  'initiative.update': 'sửa sáng kiến',
  'registration.save': 'lưu đăng ký thi đua',
  'registration.submit': 'gửi đăng ký thi đua',
  'registration.accept': 'tiếp nhận đăng ký thi đua',
  'registration.return': 'trả lại đăng ký thi đua',
  'dossier.create': 'lập hồ sơ đề nghị',
  'dossier.rows': 'thêm dòng vào hồ sơ',
  'dossier.row_update': 'sửa dòng hồ sơ',
  'dossier.row_remove': 'bỏ dòng khỏi hồ sơ',
  'dossier.submit': 'gửi hồ sơ lên',
  'dossier.forward': 'chuyển hồ sơ lên',
  'dossier.return': 'trả lại hồ sơ',
  'dossier.accept': 'tiếp nhận hồ sơ',
  'dossier.reject_row': 'không đề nghị một dòng',
  'dossier.restore_row': 'đề nghị lại một dòng',
  'dossier.raise_row': 'đề nghị hình thức cao hơn',
  'dossier.decide': 'ra quyết định từ hồ sơ',
  'dossier.attach': 'đính kèm tệp',
  'dossier.detach': 'gỡ tệp đính kèm',
};

export interface DiffLine {
  field: string;
  before?: unknown;
  after?: unknown;
}

/**
 * An event's recorded change as lines "field: before → after" (fields of `before` and
 * `after`, in the order they first appear), plus any other recorded values as they are.
 */
export function diffLines(diff: unknown): DiffLine[] {
  if (!diff || typeof diff !== 'object' || Array.isArray(diff)) return diff === null || diff === undefined ? [] : [{ field: '', after: diff }];
  const record = diff as Record<string, unknown>;
  const side = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const before = side(record.before);
  const after = side(record.after);
  const lines: DiffLine[] = [];
  if (before || after) {
    for (const field of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
      lines.push({ field, ...(before && field in before ? { before: before[field] } : {}), ...(after && field in after ? { after: after[field] } : {}) });
    }
  }
  for (const [field, value] of Object.entries(record)) {
    if (field === 'before' && before) continue;
    if (field === 'after' && after) continue;
    lines.push({ field, after: value });
  }
  return lines;
}
