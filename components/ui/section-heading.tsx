
export function SectionHeading({ children, href, id }: { children: React.ReactNode; href?: string; id?: string }) {
  return (
    <h2 id={id} className="mb-4 border-b-2 border-brand-600 pb-1 text-lg font-bold uppercase tracking-wide text-brand-700">
      {href ? (
        <a href={href} className="hover:underline">
          {children}
        </a>
      ) : (
        children
      )}
    </h2>
  );
}
