// axe on the page as it stands: no serious or critical WCAG 2.1 A/AA violation, and none at
// all of a few rules whose breach a screen-reader user feels at once although axe rates it
// moderate (headings that skip levels, search landmarks that cannot be told apart).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const ALWAYS = ['label-content-name-mismatch', 'landmark-unique', 'heading-order'];

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Asked for by name: label in name (WCAG 2.5.3) is marked experimental in axe, the
    // other two are best practice.
    .options({ rules: Object.fromEntries(ALWAYS.map((id) => [id, { enabled: true }])) })
    .analyze();
  const failing = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS.includes(v.id));
  expect(failing.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
