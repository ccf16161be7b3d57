import { CopyLinkButton } from '@/components/site/copy-link-button';
import { site } from '@/lib/newsroom/site';

/** Plain links (they work without JavaScript); only "copy link" is a client island. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const encoded = encodeURIComponent(url);
  const links = [
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encoded}` },
    { name: 'Zalo', href: `https://sp.zalo.me/share_inline?d=${encodeURIComponent(JSON.stringify({ url }))}` },
    { name: 'X', href: `https://x.com/intent/post?url=${encoded}&text=${encodeURIComponent(title)}` },
  ];
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <span className="text-sm font-semibold text-stone-600">Chia sẻ:</span>
      {links.map((link) => (
        <a
          key={link.name}
          href={link.href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="rounded-full border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50"
          aria-label={`Chia sẻ lên ${link.name} (mở cửa sổ mới)`}
        >
          {link.name}
        </a>
      ))}
      <CopyLinkButton url={url} />
      <a href={site.googleNewsUrl} target="_blank" rel="noopener noreferrer" className="rounded-full bg-stone-800 px-3 py-1.5 text-sm text-white hover:bg-stone-700">
        Theo dõi trên Google News
      </a>
    </div>
  );
}
