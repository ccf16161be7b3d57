import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BarChart } from '@/components/registry/bar-chart';
import { Breadcrumb, PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { ShareBars } from '@/components/registry/share-bars';
import { formatNumber } from '@/lib/common/format';
import { getYearStory, listAwardYears } from '@/lib/registry/data/year-report';
import { levelLabels, registryPaths } from '@/lib/registry/labels';
import { positionGroupLabels } from '@/lib/registry/positions';

export async function generateStaticParams() {
  const years = await listAwardYears();
  return (years.length ? years : [new Date().getUTCFullYear()]).slice(0, 20).map((y) => ({ year: String(y) }));
}

const yearOf = (raw: string) => (/^\d{4}$/.test(raw) && Number(raw) >= 1945 && Number(raw) <= 2100 ? Number(raw) : null);

export async function generateMetadata({ params }: PageProps<'/vinh-danh/thong-ke/[year]'>): Promise<Metadata> {
  const { year } = await params;
  return { title: `Ai được vinh danh năm ${year}`, description: `Khen thưởng năm ${year} theo cấp, theo đơn vị, lãnh đạo và người trực tiếp lao động, nữ.`, alternates: { canonical: `${registryPaths.stats}/${year}` } };
}

/** The year's data story: who gets honoured, in charts whose figures are in tables too. */
export default async function YearStoryPage({ params }: PageProps<'/vinh-danh/thong-ke/[year]'>) {
  const year = yearOf((await params).year);
  if (year === null) notFound();
  const story = await getYearStory(year);
  const t = story.total;
  const all = t.collectives + t.individuals;
  const leaderShare = t.individuals ? Math.round((t.leaders / t.individuals) * 100) : 0;
  return (
    <div>
      <RegistryNav current={registryPaths.stats} />
      <Breadcrumb items={[{ href: registryPaths.stats, label: 'Thống kê' }, { label: `Năm ${year}` }]} />
      <PageTitle eyebrow="Bài dữ liệu">Ai được vinh danh năm {year}?</PageTitle>
      <p className="mb-8 max-w-3xl text-lg">
        {all === 0
          ? `Sổ vàng chưa có khen thưởng nào của năm ${year}.`
          : `Năm ${year}, Sổ vàng ghi ${formatNumber(all)} lượt khen thưởng: ${formatNumber(t.collectives)} cho tập thể, ${formatNumber(t.individuals)} cho cá nhân. Trong số cá nhân có ghi chức vụ, ${leaderShare}% là lãnh đạo, quản lý — Luật Thi đua, khen thưởng năm 2022 nhấn mạnh khen thưởng người trực tiếp lao động, công tác.`}
      </p>
      <BarChart id="story-level" title="Theo cấp khen thưởng" firstHeader="Cấp" rows={story.byLevel.map((r) => ({ key: r.level, label: levelLabels[r.level], collectives: r.collectives, individuals: r.individuals }))} />
      <BarChart id="story-unit" title="Theo đơn vị (gồm đơn vị cấp dưới, nhiều nhất)" firstHeader="Đơn vị" rows={story.byUnit} />
      <ShareBars
        id="story-position"
        title="Cá nhân: lãnh đạo và người trực tiếp lao động"
        parts={[
          { label: positionGroupLabels.LEADER, count: t.leaders },
          { label: positionGroupLabels.DIRECT, count: t.direct },
          { label: positionGroupLabels.UNKNOWN, count: t.unknownPosition },
        ]}
        note="Phân loại theo từ ngữ của chức vụ ghi trong quyết định (giám đốc, trưởng, phó, chủ tịch, bí thư…): một ước lượng, không phải số liệu chính thức."
      />
      <ShareBars
        id="story-women"
        title="Cá nhân nữ (nơi có ghi giới tính)"
        parts={[
          { label: 'Nữ', count: t.women },
          { label: 'Nam hoặc khác', count: Math.max(0, story.genderRecorded - t.women) },
        ]}
        note={`Giới tính được ghi cho ${formatNumber(story.genderRecorded)}/${formatNumber(t.individuals)} lượt khen thưởng cá nhân. Cá nhân không đồng ý công bố thông tin không được tính trong mọi số liệu công khai.`}
      />
    </div>
  );
}
