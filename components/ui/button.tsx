import type { ComponentProps } from 'react';

// The site's buttons: one look per purpose, so a new screen never copies a class string.
const variants = {
  /** The one main action of a form or panel. */
  primary: 'bg-brand-700 font-semibold text-white hover:bg-brand-600',
  /** A second action beside the main one. */
  secondary: 'border border-stone-400 hover:bg-stone-50',
  /** An action that matters but is not the default (send for review). */
  outline: 'border border-brand-700 font-semibold text-brand-700 hover:bg-brand-50',
  /** Publishing: it changes what readers see. */
  publish: 'bg-green-800 font-semibold text-white hover:bg-green-700',
  /** A strong action on a light panel (confirm, restore). */
  dark: 'bg-stone-800 font-semibold text-white hover:bg-stone-700',
  /** A quiet action in a list or toolbar. */
  ghost: 'hover:bg-stone-100',
} as const;

const sizes = {
  md: 'px-4 py-2',
  sm: 'px-3 py-1.5 text-sm',
  xs: 'px-3 py-1',
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

interface Look {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Full width of its column. */
  block?: boolean;
}

function buttonClass({ variant = 'primary', size = 'md', block = false }: Look, extra?: string): string {
  return ['rounded disabled:opacity-60', variants[variant], sizes[size], block ? 'w-full' : '', extra ?? ''].filter(Boolean).join(' ');
}

/** A button; `type` defaults to "button" so nothing submits a form by accident. */
export function Button({ variant, size, block, className, type = 'button', ...props }: ComponentProps<'button'> & Look) {
  return <button type={type} className={buttonClass({ variant, size, block }, className)} {...props} />;
}

/** A link that looks like a button (an action that opens a page). */
export function ButtonLink({ variant, size, block, className, ...props }: ComponentProps<'a'> & Look) {
  return <a className={buttonClass({ variant, size, block }, `inline-block ${className ?? ''}`.trim())} {...props} />;
}
