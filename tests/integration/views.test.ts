import { afterAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/views/route';
import { flushViews, viewTracking } from '@/lib/newsroom/data/views';
import { READERS_PER_ADDRESS_PER_STORY, ViewCounter } from '@/lib/newsroom/view-counter';
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

describe('the view beacon', () => {
  const send = (headers: Record<string, string>) =>
    POST(new Request('http://bangvang.test/api/views', { method: 'POST', body: JSON.stringify({ id: 'art-05' }), headers }));

  it('counts a client by the address the deployment trusts: rotating the User-Agent or the first X-Forwarded-For entry gains nothing', async () => {
    const { counter } = viewTracking();
    counter.drain();
    // Behind the shipped proxy: X-Real-IP is the address, whatever the client writes first.
    for (let i = 0; i < 50; i++) expect((await send({ 'x-real-ip': '203.0.113.9', 'x-forwarded-for': `10.0.${i}.1, 203.0.113.9`, 'user-agent': `Bot/${i}` })).status).toBe(204);
    expect(counter.drain().get('art-05')).toBe(READERS_PER_ADDRESS_PER_STORY);
    // Without X-Real-IP the nearest proxy's hop (the last) is the address, not the first.
    for (let i = 0; i < 50; i++) await send({ 'x-forwarded-for': `192.0.2.${i}, 198.51.100.20`, 'user-agent': `Bot/${i}` });
    expect(counter.drain().get('art-05')).toBe(READERS_PER_ADDRESS_PER_STORY);
  });
});
