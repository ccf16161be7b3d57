import 'server-only';
// Choices for the registrar's catalogue and campaign forms (labels from lib/registry/labels).
import { campaignKindLabels, commendationKindLabels, issuingSystemLabels, levelLabels, recipientKindLabels } from '@/lib/registry/labels';

const toChoices = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const catalogueChoices = {
  kinds: toChoices(commendationKindLabels),
  systems: toChoices(issuingSystemLabels),
  levels: toChoices(levelLabels),
  recipients: toChoices(recipientKindLabels),
};
export const campaignKindChoices = toChoices(campaignKindLabels);
