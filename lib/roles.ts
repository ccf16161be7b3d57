import type { Role } from '@/lib/generated/prisma/enums';

export const roleLabels: Record<Role, string> = {
  ADMIN: 'Quản trị',
  EDITOR: 'Biên tập viên',
  REPORTER: 'Phóng viên',
  REGISTRAR: 'Cán bộ thi đua – khen thưởng',
};
