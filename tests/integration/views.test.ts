import { afterAll, describe, expect, it } from 'vitest';
import { flushViews } from '@/lib/view-store';
import { ViewCounter } from '@/lib/views';
import { testPrisma } from '../support/db';

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

describe('flushViews', () => {
  it('adds batched views to published stories only, in one statement', async () => {
    const draft = await prisma.article.findFirstOrThrow({ where: { status: 'DRAFT' }, select: { id: true } });
    const before = await prisma.article.findMany({ where: { id: { in: ['art-03', draft.id] } }, select: { id: true, viewCount: true } });
    const counter = new ViewCounter();
    counter.record('c1', 'art-03', 0);
    counter.record('c2', 'art-03', 0);
    counter.record('c1', draft.id, 0); // a draft: ignored
    counter.record('c1', 'no-such-article', 0);
    await flushViews(counter);
    const after = await prisma.article.findMany({ where: { id: { in: ['art-03', draft.id] } }, select: { id: true, viewCount: true } });
    const count = (rows: { id: string; viewCount: number }[], id: string) => rows.find((r) => r.id === id)!.viewCount;
    expect(count(after, 'art-03') - count(before, 'art-03')).toBe(2);
    expect(count(after, draft.id)).toBe(count(before, draft.id));
    await prisma.article.update({ where: { id: 'art-03' }, data: { viewCount: count(before, 'art-03') } });
  });
});
