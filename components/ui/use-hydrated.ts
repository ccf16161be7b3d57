'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * false in the server's HTML and until React has hydrated the page, then true. Forms whose
 * controls React owns stay disabled until then: a choice made before hydration would be
 * reset by it (a select) or lost at the next render (a controlled input), and a submit
 * would go out natively instead of through the form's handler.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
