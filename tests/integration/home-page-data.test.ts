// The home page's data: what a reader sees first, drawn only from published stories, in a
// fixed number of queries whatever the number of sections.
import { describe, expect, it } from 'vitest';
import { getHomePage } from '@/lib/newsroom/data/articles';
import { getRegistryHighlights } from '@/lib/registry/data/highlights';

describe('getHomePage', () => {
  it('leads with a featured published story and fills the blocks', async () => {
    const home = await getHomePage();
    expect(home.lead).not.toBeNull();
    expect(home.latest.length).toBeGreaterThanOrEqual(8);
    expect(home.mostRead).toHaveLength(5);
    expect(home.sections.map((s) => s.category.slug)).toEqual(
      expect.arrayContaining(['thi-dua-khen-thuong', 'xay-dung-dang', 'kinh-te', 'xa-hoi', 'e-magazine']),
    );
    // Subsections roll up into their section.
    const tdkt = home.sections.find((s) => s.category.slug === 'thi-dua-khen-thuong')!;
    expect(tdkt.articles.length).toBe(4);
  });

  it('never shows drafts, stories in review, scheduled or archived stories', async () => {
    const home = await getHomePage();
    const all = [home.lead!, ...home.featured, ...home.latest, ...home.mostRead, ...home.sections.flatMap((s) => s.articles)];
    const titles = all.map((a) => a.title).join('\n');
    expect(titles).not.toMatch(/^(Bản nháp|Chờ duyệt|Hẹn giờ|Lưu trữ):/m);
    expect(all.every((a) => a.publishedAt.getTime() <= Date.now())).toBe(true);
  });
});

describe('getRegistryHighlights', () => {
  it('lists the newest decisions with award counts and marks revoked ones', async () => {
    const highlights = await getRegistryHighlights();
    expect(highlights.decisions).toHaveLength(5);
    const dates = highlights.decisions.map((d) => d.signedAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(highlights.decisions.every((d) => d.awardCount > 0)).toBe(true);
    expect(highlights.campaigns.map((c) => c.slug)).toContain('thi-dua-chuyen-doi-so-trong-co-quan-doanh-nghiep-2024-2026');
  });
});
