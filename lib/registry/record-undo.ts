// What the audit log can undo of people and collectives (lib/registry/actions/record-undo.ts):
// plain values, read by the audit page as well as by the action.

/** Audit actions whose change an administrator can take back from the log. */
export const RECORD_UNDOABLE = ['individual.update', 'individual.move', 'collective.update'] as const;

/** The audit action of such an undo (its diff names the entry it undoes: `auditId`). */
export const RECORD_UNDO_ACTION = 'record.undo';

/** Field names as a registrar reads them, for a refusal that names what changed since. */
export const recordFieldLabels: Record<string, string> = {
  fullName: 'Họ tên',
  position: 'Chức vụ',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  publicationConsent: 'Đồng ý công khai',
  name: 'Tên tập thể',
  description: 'Giới thiệu',
  unitId: 'Đơn vị',
  active: 'Còn hoạt động',
};
