// The benchmark volume generator adds exactly what it is asked for, once.
import { afterAll, describe, expect, it } from 'vitest';
import { generateVolume } from '@/prisma/seed/generate';
import { testPrisma } from '../support/db';

const prisma = testPrisma();
afterAll(async () => {
  // Leave the shared test database as the demo seed made it.
  await prisma.article.deleteMany({ where: { id: { startsWith: 'gen-' } } });
  await prisma.decision.deleteMany({ where: { id: { startsWith: 'gen-' } } }); // awards cascade
  await prisma.individual.deleteMany({ where: { id: { startsWith: 'gen-' } } });
  await prisma.collective.deleteMany({ where: { id: { startsWith: 'gen-' } } });
  await prisma.unit.deleteMany({ where: { id: { startsWith: 'gen-' }, parentId: { not: 'unit-dbk' } } });
  await prisma.unit.deleteMany({ where: { id: { startsWith: 'gen-' } } });
  await prisma.$disconnect();
});

describe('generateVolume', () => {
  it('adds the requested stories and awards, valid for the schema, and nothing on a second run', async () => {
    const before = { articles: await prisma.article.count(), awards: await prisma.award.count() };
    await generateVolume(prisma, { articles: 120, awards: 500 });
    const after = { articles: await prisma.article.count(), awards: await prisma.award.count() };
    expect(after.articles - before.articles).toBe(120);
    expect(after.awards - before.awards).toBe(500);
    const published = await prisma.article.count({ where: { id: { startsWith: 'gen-' }, status: 'PUBLISHED', publishedAt: { lte: new Date() } } });
    expect(published).toBe(120);

    await generateVolume(prisma, { articles: 120, awards: 500 });
    expect({ articles: await prisma.article.count(), awards: await prisma.award.count() }).toEqual(after);
  });
});
