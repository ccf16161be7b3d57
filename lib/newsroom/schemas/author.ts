// An author's profile, as its form sends it: the name readers see on bylines, the page's
// address, a job title, a short plain-text bio and a portrait from the media library.
import { z } from 'zod';
import { optionalText } from '@/lib/common/zod-fields';

export const AUTHOR_BIO_MAX = 600;
export const authorPath = (slug: string) => `/tac-gia/${slug}`;

export const authorProfileSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự').max(100, 'Họ tên tối đa 100 ký tự'),
  slug: z
    .string()
    .trim()
    .min(2, 'Địa chỉ trang cần ít nhất 2 ký tự')
    .max(80, 'Địa chỉ trang tối đa 80 ký tự')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Địa chỉ trang chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối (ví dụ nguyen-van-an)'),
  jobTitle: optionalText(100, 'Chức danh tối đa 100 ký tự'),
  bio: optionalText(AUTHOR_BIO_MAX, `Giới thiệu tối đa ${AUTHOR_BIO_MAX} ký tự`),
  photoId: z.preprocess((v) => (v === '' ? null : v), z.string().min(1).max(64).nullable()),
  // The profile as the form read it (profileVersion): a save over someone else's newer
  // change is refused. The fields themselves, not updated_at, which every sign-in moves.
  version: z.string().max(2000),
});

export function profileVersion(p: { name: string; slug: string; jobTitle: string | null; bio: string | null; photoId: string | null }): string {
  return JSON.stringify([p.name, p.slug, p.jobTitle, p.bio, p.photoId]);
}
