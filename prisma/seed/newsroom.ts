// Newsroom demo data: accounts, sections (chuyên mục) and tags.
import type { Role } from '@/lib/generated/prisma/enums';

export interface UserSeed {
  id: string;
  email: string;
  name: string;
  role: Role;
  jobTitle?: string;
  bio?: string;
}

// Demo accounts for a local install; their password is DEMO_PASSWORD (README). The seed
// refuses to create them in production.
export const demoUsers: UserSeed[] = [
  { id: 'user-admin', email: 'quantri@bangvang.local', name: 'Quản trị hệ thống', role: 'ADMIN' },
  { id: 'user-editor', email: 'bientap@bangvang.local', name: 'Nguyễn Thu Trang', role: 'EDITOR', jobTitle: 'Trưởng ban Thời sự', bio: 'Hơn mười lăm năm theo dõi công tác thi đua, khen thưởng và xây dựng Đảng của tỉnh.' },
  { id: 'user-reporter', email: 'phongvien@bangvang.local', name: 'Lê Hoàng Nam', role: 'REPORTER', jobTitle: 'Phóng viên Ban Thời sự', bio: 'Viết về các phong trào thi đua ở cơ sở, doanh nghiệp và nông thôn mới.' },
  { id: 'user-reporter-2', email: 'phongvien2@bangvang.local', name: 'Đặng Ngọc Mai', role: 'REPORTER', jobTitle: 'Phóng viên Ban Xã hội' },
  { id: 'user-registrar', email: 'thiduakhenthuong@bangvang.local', name: 'Phạm Minh Châu', role: 'REGISTRAR' },
];
export const DEMO_PASSWORD = 'bangvang-demo-2024';

export interface CategorySeed {
  id: string;
  slug: string;
  name: string;
  description: string;
  parentId?: string;
  position: number;
  inMenu?: boolean;
}

export const categories: CategorySeed[] = [
  { id: 'cat-tdkt', slug: 'thi-dua-khen-thuong', name: 'Thi đua – Khen thưởng', description: 'Phong trào thi đua, gương điển hình tiên tiến và các quyết định khen thưởng.', position: 1 },
  { id: 'cat-guong', slug: 'guong-dien-hinh', name: 'Gương điển hình', description: 'Những tập thể, cá nhân tiêu biểu trong lao động, học tập và công tác.', parentId: 'cat-tdkt', position: 1 },
  { id: 'cat-phong-trao', slug: 'phong-trao-thi-dua', name: 'Phong trào thi đua', description: 'Các đợt thi đua thường xuyên và chuyên đề của cơ quan, doanh nghiệp.', parentId: 'cat-tdkt', position: 2 },
  { id: 'cat-xdd', slug: 'xay-dung-dang', name: 'Xây dựng Đảng', description: 'Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị.', position: 2 },
  { id: 'cat-chinh-tri', slug: 'chinh-tri', name: 'Chính trị', description: 'Thời sự chính trị của tỉnh.', position: 3 },
  { id: 'cat-kinh-te', slug: 'kinh-te', name: 'Kinh tế', description: 'Doanh nghiệp, đầu tư, nông nghiệp và hạ tầng.', position: 4 },
  { id: 'cat-xa-hoi', slug: 'xa-hoi', name: 'Xã hội', description: 'Giáo dục, y tế, lao động và đời sống.', position: 5 },
  { id: 'cat-emagazine', slug: 'e-magazine', name: 'E-magazine', description: 'Bài viết dài, trình bày đặc biệt.', position: 6 },
];

export const tags: [slug: string, name: string][] = [
  ['dang-bo-khoi', 'Đảng bộ Khối'],
  ['ky-niem-65-nam', 'Kỷ niệm 65 năm'],
  ['bang-khen', 'Bằng khen'],
  ['giay-khen', 'Giấy khen'],
  ['chien-si-thi-dua', 'Chiến sĩ thi đua'],
  ['chuyen-doi-so', 'Chuyển đổi số'],
  ['dan-van-kheo', 'Dân vận khéo'],
  ['hoc-tap-va-lam-theo-bac', 'Học tập và làm theo Bác'],
  ['cai-cach-hanh-chinh', 'Cải cách hành chính'],
  ['dien-hinh-tien-tien', 'Điển hình tiên tiến'],
  ['doanh-nghiep', 'Doanh nghiệp'],
  ['y-te', 'Y tế'],
  ['giao-duc', 'Giáo dục'],
  ['thanh-nien', 'Thanh niên'],
  ['cong-doan', 'Công đoàn'],
  ['dai-hoi-dang', 'Đại hội Đảng'],
  ['nong-nghiep', 'Nông nghiệp'],
];
