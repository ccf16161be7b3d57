// The one place that reads process.env. Everything else imports `env` (or, for scripts
// that run before Next, `parseEnv`). Bad values stop the process with a message that
// names the variable and what it expects.
import { z } from 'zod';

const postgresUrl = z
  .string()
  .trim()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'phải là một URL PostgreSQL (postgresql://user@host:5432/db)');

const port = z.coerce.number().int().min(1).max(65535);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    // Unset: the embedded PostgreSQL (PGlite) started by prisma/scripts/with-db.ts is used.
    DATABASE_URL: postgresUrl.optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // Optional streaming replicas of DATABASE_URL, comma-separated: public pages read from
    // them; the newsroom, the registrars' screens and every write use the primary.
    DATABASE_REPLICA_URLS: z
      .string()
      .trim()
      .default('')
      .transform((v) => v.split(',').map((u) => u.trim()).filter(Boolean))
      .pipe(z.array(postgresUrl)),
    // Public address of the site, used for canonical URLs, feeds, sign-in callbacks and the
    // QR codes printed on certificates. Outside production: this machine.
    SITE_URL: z.url().optional(),
    NEXTAUTH_URL: z.url().optional(),
    NEXTAUTH_SECRET: z.string().min(32, 'cần ít nhất 32 ký tự ngẫu nhiên').optional(),
    MEDIA_DIR: z.string().min(1).default('.data/media'),
    // Where uploaded images are kept: the local folder above, or S3-compatible storage
    // (required when several instances serve the site).
    MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(['0', '1', 'true', 'false'])
      .default('0')
      .transform((v) => v === '1' || v === 'true'),
    S3_PREFIX: z.string().default(''),
    // The publication's Google News page ("Theo dõi trên Google News"); unset: a news search for the site.
    GOOGLE_NEWS_URL: z.url().optional(),
    EMBEDDED_DB_DIR: z.string().min(1).default('.data/pglite'),
    // `npm run backup`: where archives go (a folder, or the S3 bucket below), and how many
    // are kept — the newest of each of the last N days and of the last M months.
    BACKUP_DIR: z.string().min(1).default('.data/backups'),
    BACKUP_STORAGE: z.enum(['local', 's3']).default('local'),
    // Default: the media library's S3_BUCKET (same endpoint and credentials).
    BACKUP_S3_BUCKET: z.string().min(1).optional(),
    BACKUP_S3_PREFIX: z.string().default('backups/'),
    BACKUP_KEEP_DAILY: z.coerce.number().int().min(0).max(3660).default(7),
    BACKUP_KEEP_MONTHLY: z.coerce.number().int().min(0).max(1200).default(12),
    // Set by prisma/scripts/with-db.ts when the app runs on the embedded database.
    DATABASE_EMBEDDED: z
      .enum(['0', '1'])
      .default('0')
      .transform((v) => v === '1'),
    EMBEDDED_DB_PORT: port.default(54329),
    REDIS_URL: z
      .string()
      .refine((v) => /^rediss?:\/\//.test(v), 'phải là một URL Redis (redis://host:6379)')
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.MEDIA_STORAGE === 's3' && !value.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'bắt buộc khi MEDIA_STORAGE=s3' });
    }
    if (value.BACKUP_STORAGE === 's3' && !value.BACKUP_S3_BUCKET && !value.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['BACKUP_S3_BUCKET'], message: 'bắt buộc khi BACKUP_STORAGE=s3 (hoặc đặt S3_BUCKET)' });
    }
    // A production site at a wrong address looks healthy and is not: every canonical URL,
    // share link, feed, sitemap, export link and certificate QR code would point at it.
    // Required at build time too (prerendered pages carry it).
    if (value.NODE_ENV === 'production' && !value.SITE_URL) {
      ctx.addIssue({ code: 'custom', path: ['SITE_URL'], message: 'bắt buộc khi chạy production: địa chỉ công khai của trang (ví dụ https://bangvang.example.vn)' });
    }
    if (value.NODE_ENV === 'production' && !value.NEXTAUTH_SECRET && process.env.NEXT_PHASE !== 'phase-production-build') {
      ctx.addIssue({
        code: 'custom',
        path: ['NEXTAUTH_SECRET'],
        message: 'bắt buộc khi chạy production (tạo bằng: openssl rand -base64 32)',
      });
    }
  });

const LOCAL_SITE_URL = 'http://localhost:3000';

const withDefaults = schema.transform((value) => ({ ...value, SITE_URL: value.SITE_URL ?? LOCAL_SITE_URL }));

export type Env = z.infer<typeof withDefaults>;

export class EnvError extends Error {}

/** Parses an environment; throws EnvError listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset" (a common .env habit).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = withDefaults.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`);
    throw new EnvError(`Biến môi trường không hợp lệ:\n${lines.join('\n')}\nXem .env.example.`);
  }
  return result.data;
}

let cached: Env | undefined;

/**
 * Validates this server's environment when it starts (instrumentation.ts): a setting that
 * production needs stops the process at once, with one message naming each variable,
 * instead of a server that starts and then fails every dynamic page.
 */
export function assertEnvAtStartup(): void {
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n[bang-vang] Không khởi động: ${error.message}\n`);
    process.exit(1);
  }
}

/** The validated environment of this process (parsed once). */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * The port this server listens on (set by `next start`/`next dev` once it is listening),
 * for background jobs that call back into their own instance.
 */
export function serverPort(): number {
  const port = Number(process.env.PORT);
  return Number.isInteger(port) && port > 0 ? port : 3000;
}

/** True in a Node.js server that serves requests (not the edge runtime, not `next build`). */
export function isServerRuntime(): boolean {
  return process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build';
}
