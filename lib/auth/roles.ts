// The roles: their Vietnamese names, and who may do what — the role matrix of the README,
// as functions the Server Actions and the admin pages both call (a page hides what an
// action would refuse, the action decides).
import type { ArticleStatus, Role } from '@/lib/generated/prisma/enums';

export const roleLabels: Record<Role, string> = {
  ADMIN: 'Quản trị',
  EDITOR: 'Biên tập viên',
  REPORTER: 'Phóng viên',
  REGISTRAR: 'Cán bộ thi đua – khen thưởng',
  UNIT_OFFICER: 'Cán bộ thi đua đơn vị',
};

interface Actor {
  id: string;
  role: Role;
}
interface ArticleRef {
  authorId: string;
  status: ArticleStatus;
}

export const NEWSROOM_ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'REPORTER'];
export const EDITOR_ROLES: readonly Role[] = ['ADMIN', 'EDITOR'];
export const REGISTRY_ROLES: readonly Role[] = ['ADMIN', 'REGISTRAR'];
export const ADMIN_ROLES: readonly Role[] = ['ADMIN'];
/** Every staff role (the staff area's door). */
export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'REPORTER', 'REGISTRAR', 'UNIT_OFFICER'];
/**
 * The pipeline before the decision (registrations, dossiers): unit officers for their unit
 * subtree, registrars for the authority; each action checks the unit scope itself
 * (lib/registry/scope.ts).
 */
export const PIPELINE_ROLES: readonly Role[] = ['ADMIN', 'REGISTRAR', 'UNIT_OFFICER'];

/** Writes stories and uses the picture library. */
export const isNewsroom = (role: Role) => NEWSROOM_ROLES.includes(role);
/** Who links stories and registry records (from either side). */
export const STORY_LINK_ROLES: readonly Role[] = ['ADMIN', 'REGISTRAR', 'EDITOR'];

const isEditor = (user: Actor) => user.role === 'ADMIN' || user.role === 'EDITOR';

/** Editors edit any story; a reporter edits only their own, and only while it is a draft. */
export function canEditArticle(user: Actor, article: ArticleRef): boolean {
  if (isEditor(user)) return true;
  return user.role === 'REPORTER' && article.authorId === user.id && article.status === 'DRAFT';
}

/** See a story in the newsroom (and its preview): editors all, reporters their own. */
export function canViewArticle(user: Actor, article: Pick<ArticleRef, 'authorId'>): boolean {
  if (isEditor(user)) return true;
  return user.role === 'REPORTER' && article.authorId === user.id;
}

/** Resolve or reopen an editorial note: its writer, the story's author, or an editor. */
export function canResolveNote(user: Actor, note: { authorId: string | null }, article: Pick<ArticleRef, 'authorId'>): boolean {
  return isEditor(user) || note.authorId === user.id || article.authorId === user.id;
}

export function canSubmitArticle(user: Actor, article: ArticleRef): boolean {
  return article.status === 'DRAFT' && (isEditor(user) || (user.role === 'REPORTER' && article.authorId === user.id));
}

/** Publish, schedule, send back, unpublish, feature on the home page: editors only. */
export function canPublishArticles(user: Actor): boolean {
  return isEditor(user);
}

/** Edit or delete a library image: editors any, a reporter the ones they uploaded. */
export function canManageMedia(user: Actor, media: { uploadedById: string | null }): boolean {
  if (isEditor(user)) return true;
  return user.role === 'REPORTER' && media.uploadedById === user.id;
}

/**
 * Which roles each newsroom area is for, longest prefix first. Used by proxy.ts to answer
 * early with 403 (a convenience); pages and actions check again against the database.
 */
export const AREA_ROLES: readonly { prefix: string; roles: readonly Role[] }[] = [
  { prefix: '/admin/nguoi-dung', roles: ADMIN_ROLES },
  { prefix: '/admin/nhat-ky', roles: ADMIN_ROLES },
  { prefix: '/admin/chuyen-muc', roles: ADMIN_ROLES },
  { prefix: '/admin/khen-thuong', roles: REGISTRY_ROLES },
  // The council and the public's comments are the authority's (its registrars), not the units'.
  { prefix: '/admin/thi-dua/hoi-dong', roles: REGISTRY_ROLES },
  { prefix: '/admin/thi-dua/lay-y-kien', roles: REGISTRY_ROLES },
  { prefix: '/admin/thi-dua/bao-cao', roles: REGISTRY_ROLES },
  { prefix: '/admin/thi-dua', roles: PIPELINE_ROLES },
  { prefix: '/admin/bai-viet', roles: NEWSROOM_ROLES },
  { prefix: '/admin/tin-nong', roles: EDITOR_ROLES },
  { prefix: '/admin/anh', roles: NEWSROOM_ROLES },
  { prefix: '/admin/tac-gia', roles: NEWSROOM_ROLES },
  { prefix: '/admin/lich', roles: NEWSROOM_ROLES },
  { prefix: '/xem-truoc', roles: NEWSROOM_ROLES },
  { prefix: '/admin', roles: STAFF_ROLES },
];

export function rolesForPath(pathname: string): readonly Role[] | null {
  return AREA_ROLES.find((a) => pathname === a.prefix || pathname.startsWith(`${a.prefix}/`))?.roles ?? null;
}
