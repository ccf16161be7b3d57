// What the registrar's forms send.
import { z } from 'zod';

export const revokeDecisionSchema = z.object({
  id: z.string().min(1).max(64),
  reason: z.string().trim().min(10, 'Ghi rõ lý do thu hồi (ít nhất 10 ký tự), kèm số quyết định thu hồi nếu có').max(1000, 'Lý do tối đa 1000 ký tự'),
  revokedAt: z.coerce.date({ error: 'Chọn ngày thu hồi' }).refine((d) => d.getTime() <= Date.now() + 86_400_000, 'Ngày thu hồi không thể ở tương lai'),
});
