// The seeded staff accounts (prisma/seed/newsroom.ts), as the integration tests sign in.
export type SeededRole = 'ADMIN' | 'EDITOR' | 'REPORTER' | 'REGISTRAR' | 'UNIT_OFFICER';
/** UNIT_OFFICER is the Báo tỉnh's officer; OFFICER_SYT and OFFICER_DBK work for the Sở Y tế and for the Đảng bộ Khối above both. */
export type Who = SeededRole | 'REPORTER2' | 'OFFICER_SYT' | 'OFFICER_DBK';

export const seededUsers: Record<Who, { id: string; email: string; role: SeededRole }> = {
  ADMIN: { id: 'user-admin', email: 'quantri@bangvang.local', role: 'ADMIN' },
  EDITOR: { id: 'user-editor', email: 'bientap@bangvang.local', role: 'EDITOR' },
  REPORTER: { id: 'user-reporter', email: 'phongvien@bangvang.local', role: 'REPORTER' },
  REPORTER2: { id: 'user-reporter-2', email: 'phongvien2@bangvang.local', role: 'REPORTER' },
  REGISTRAR: { id: 'user-registrar', email: 'thiduakhenthuong@bangvang.local', role: 'REGISTRAR' },
  UNIT_OFFICER: { id: 'user-officer-bao', email: 'canbo.baotinh@bangvang.local', role: 'UNIT_OFFICER' },
  OFFICER_SYT: { id: 'user-officer-syt', email: 'canbo.syt@bangvang.local', role: 'UNIT_OFFICER' },
  OFFICER_DBK: { id: 'user-officer-dbk', email: 'canbo.dbk@bangvang.local', role: 'UNIT_OFFICER' },
};

/** The session next-auth would hand the app for that account (or none). */
export function sessionOf(who: Who | null) {
  return who ? { user: { ...seededUsers[who], name: who }, sv: 0 } : null;
}
