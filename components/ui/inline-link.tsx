import type { ComponentProps } from 'react';

/** The underlined link inside running text on the registry's pages. */
export const inlineLinkClass = 'text-brand-700 underline decoration-brand-700/40 underline-offset-2 hover:decoration-brand-700';

export function InlineLink(props: Omit<ComponentProps<'a'>, 'className'>) {
  return <a {...props} className={inlineLinkClass} />;
}
