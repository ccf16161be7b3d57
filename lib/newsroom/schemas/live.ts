// Live coverage of a published story, as the desk's panel sends it: start, an entry (a short
// heading and its text, plain), the summary at the top, taking an entry down, end.
import { z } from 'zod';
import { optionalText } from '@/lib/common/zod-fields';

const id = z.string().min(1).max(64);

/** How often a reader's page asks for new entries, and how long an answer may be reused. */
export const LIVE_POLL_SECONDS = 15;
export const LIVE_FEED_PATH = (articleId: string) => `/api/truc-tiep/${articleId}`;

export const liveStorySchema = z.object({ articleId: id });

export const liveEntrySchema = z.object({
  articleId: id,
  title: optionalText(160, 'Tiêu đề cập nhật tối đa 160 ký tự'),
  body: z.string().trim().min(3, 'Nội dung cập nhật cần ít nhất 3 ký tự').max(4000, 'Nội dung cập nhật tối đa 4.000 ký tự'),
});

export const liveSummarySchema = z.object({
  articleId: id,
  summary: optionalText(1000, 'Tóm tắt tối đa 1.000 ký tự'),
});

export const removeLiveEntrySchema = z.object({
  id,
  reason: z.string().trim().min(5, 'Ghi rõ lý do gỡ (ít nhất 5 ký tự)').max(300, 'Lý do tối đa 300 ký tự'),
});
