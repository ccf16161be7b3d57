import { AwardTimeline } from '@/components/registry/award-timeline';
import { Breadcrumb, PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { inlineLinkClass as inlineLink } from '@/components/ui/inline-link';
import { StoryList } from '@/components/registry/story-list';
import { JsonLd } from '@/components/site/json-ld';
import { SectionHeading } from '@/components/ui/section-heading';
import type { RecipientPageDto } from '@/lib/registry/data/people';
import { formatNumber } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';
import { recipientJsonLd } from '@/lib/newsroom/seo';

/** A collective's or a person's page: who, where, the awards timeline and the stories. */
export function RecipientPage({ data, kind }: { data: RecipientPageDto; kind: 'COLLECTIVE' | 'INDIVIDUAL' }) {
  const path = kind === 'INDIVIDUAL' ? registryPaths.individual(data.slug) : registryPaths.collective(data.slug);
  const inForce = data.awards.filter((a) => !a.decision.revoked).length;
  return (
    <div>
      <JsonLd
        data={recipientJsonLd({ kind: kind === 'INDIVIDUAL' ? 'Person' : 'Organization', name: data.name, path, position: data.position, unit: data.unit, awards: data.awards })}
      />
      <RegistryNav />
      <Breadcrumb items={[{ href: registryPaths.units, label: 'Đơn vị' }, { href: registryPaths.unit(data.unit.slug), label: data.unit.name }, { label: data.name }]} />
      <PageTitle eyebrow={kind === 'INDIVIDUAL' ? 'Cá nhân' : 'Tập thể'}>{data.name}</PageTitle>
      <p className="-mt-4 mb-6 text-stone-700">
        {data.position ? `${data.position}, ` : ''}
        <a href={registryPaths.unit(data.unit.slug)} className={inlineLink}>
          {data.unit.name}
        </a>
      </p>
      {data.description ? <p className="mb-6 max-w-3xl">{data.description}</p> : null}
      <section aria-labelledby="timeline-heading" className="max-w-3xl">
        <SectionHeading id="timeline-heading">Quá trình khen thưởng ({formatNumber(inForce)})</SectionHeading>
        <AwardTimeline awards={data.awards} streaks={data.streaks} />
      </section>
      <StoryList stories={data.stories} heading={kind === 'INDIVIDUAL' ? 'Bài viết nhắc đến' : 'Bài viết về tập thể'} />
    </div>
  );
}
