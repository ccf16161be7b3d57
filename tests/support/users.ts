// The seeded staff accounts (prisma/seed/newsroom.ts), as the integration tests sign in.
export type SeededRole = 'ADMIN' | 'EDITOR' | 'REPORTER' | 'REGISTRAR';
export type Who = SeededRole | 'REPORTER2';

export const seededUsers: Record<Who, { id: string; email: string; role: SeededRole }> = {
  ADMIN: { id: 'user-admin', email: 'quantri@bangvang.local', role: 'ADMIN' },
  EDITOR: { id: 'user-editor', email: 'bientap@bangvang.local', role: 'EDITOR' },
  REPORTER: { id: 'user-reporter', email: 'phongvien@bangvang.local', role: 'REPORTER' },
  REPORTER2: { id: 'user-reporter-2', email: 'phongvien2@bangvang.local', role: 'REPORTER' },
  REGISTRAR: { id: 'user-registrar', email: 'thiduakhenthuong@bangvang.local', role: 'REGISTRAR' },
};

/** The session next-auth would hand the app for that account (or none). */
export function sessionOf(who: Who | null) {
  return who ? { user: { ...seededUsers[who], name: who }, sv: 0 } : null;
}
