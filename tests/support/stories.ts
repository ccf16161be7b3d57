// Stories a test file makes through the newsroom's actions, and the role matrix of the
// editors-only actions, shared by the integration files about stories.
import type { PrismaClient } from '@/lib/generated/prisma/client';

/** The ids to remove once the file ends, with the audit events about them. */
export function madeStories(prisma: PrismaClient) {
  const ids: string[] = [];
  return {
    ids,
    add(id: string) {
      ids.push(id);
      return id;
    },
    async remove() {
      await prisma.auditEvent.deleteMany({ where: { entity: 'article', entityId: { in: ids } } });
      await prisma.article.deleteMany({ where: { id: { in: ids } } });
    },
  };
}

/** Who may take an editors-only step on a story. */
export const EDITORS_ONLY = [
  ['ADMIN', true],
  ['EDITOR', true],
  ['REPORTER', false],
  ['REGISTRAR', false],
  ['UNIT_OFFICER', false],
] as const;
