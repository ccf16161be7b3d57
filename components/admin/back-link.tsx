import Link from 'next/link';

/** "‹ Parent page" above a newsroom page's title. */
export function BackLink({ href, children, className = 'mb-2' }: { href: string; children: React.ReactNode; className?: string }) {
  return (
    <p className={`${className} text-sm`}>
      <Link href={href} className="text-brand-700 underline">
        ‹ {children}
      </Link>
    </p>
  );
}
