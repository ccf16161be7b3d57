// The answer at a withdrawn story's address: 410 Gone with the newsroom's notice (Press Law
// 2016, art. 42.1: the false information comes down at once). Next has no 410 for a page,
// so proxy.ts answers these addresses itself; this holds the withdrawn addresses it knows,
// reloaded in the background every few seconds (withdrawals are rare, and the proxy runs in
// its own bundle, so an action cannot clear this copy: a new withdrawal answers 404 until
// the next reload, never the story).
import 'server-only';
import { escapeXml as escapeHtml } from '@/lib/common/xml';
import { formatDate, formatDateTime } from '@/lib/common/format';
import { loadWithdrawnNotices, type WithdrawnNoticeDto } from '@/lib/newsroom/data/corrections';
import { CORRECTIONS_HEADING, CORRECTIONS_PATH } from '@/lib/newsroom/schemas/correction';

export const WITHDRAWN_RELOAD_MS = 5_000;

let known: Map<string, WithdrawnNoticeDto> | null = null;
let loadedAt = 0;
let loading: Promise<void> | null = null;

function reload(): Promise<void> {
  loading ??= loadWithdrawnNotices()
    .then((map) => {
      known = map;
      loadedAt = Date.now();
    })
    .catch((error) => {
      // Keep answering from the last copy; the next request tries again.
      console.error('[withdrawn] could not load the withdrawn stories', error);
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** The notice for a withdrawn story's slug, or null. Waits for the database only once. */
export async function withdrawnNotice(slug: string): Promise<WithdrawnNoticeDto | null> {
  if (!known) await reload();
  else if (Date.now() - loadedAt > WITHDRAWN_RELOAD_MS) void reload();
  return known?.get(slug) ?? null;
}

/** A small self-contained page (the proxy answers before the site's layout renders). */
export function withdrawnPage(siteName: string, notice: WithdrawnNoticeDto): string {
  const e = escapeHtml;
  const published = notice.publishedAt ? ` · đăng ngày ${formatDate(notice.publishedAt)}` : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Bài viết đã bị gỡ – ${e(siteName)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1.5rem 1rem;color:#1c1917;line-height:1.55">
<header><a href="/" style="color:#8b0b20;font-weight:700;font-size:1.25rem;text-decoration:none">${e(siteName)}</a></header>
<main>
<h1 style="color:#8b0b20;font-size:1.6rem;margin:1.5rem 0 .5rem">Bài viết đã bị gỡ</h1>
<p style="margin:0 0 1rem;color:#44403c">“${e(notice.title)}” · ${e(notice.section)}${published}</p>
<section aria-label="Thông báo của tòa soạn" style="border-left:4px solid #b45309;background:#fffbeb;padding:1rem">
<p style="margin:0 0 .5rem"><strong>Thông báo của tòa soạn</strong> · <time datetime="${notice.withdrawnAt.toISOString()}">${e(formatDateTime(notice.withdrawnAt))}</time></p>
<p style="margin:0">${e(notice.notice)}</p>${notice.apology ? '\n<p style="margin:.5rem 0 0">Tòa soạn thành thật xin lỗi bạn đọc và các cơ quan, tổ chức, cá nhân liên quan.</p>' : ''}
</section>
<p style="margin-top:1.5rem"><a href="${CORRECTIONS_PATH}" style="color:#8b0b20">${e(CORRECTIONS_HEADING)}</a> · <a href="/" style="color:#8b0b20">Về trang chủ</a></p>
</main></body></html>`;
}
