// The e2e servers: the desktop project's on E2E_PORT (3100), the phone project's on the next
// port (the same build, a database of its own). Shared by playwright.config.ts and by
// tests/e2e/prebuild.ts, which CI runs ahead of the e2e step so the build overlaps the
// unit and integration tests (E2E_PREBUILT=1 then makes the desktop server only start).

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const dataRoot = '.data/e2e';
export const desktopData = `${dataRoot}/desktop`;
export const phoneData = `${dataRoot}/phone`;

/** What `next build` and `next start` see for a server on `port` with data under `data`. */
export function serverEnv(port: number, data: string): Record<string, string> {
  return {
    EMBEDDED_DB_DIR: `${data}/pglite`,
    EMBEDDED_DB_PORT: String(port + 50_000),
    MEDIA_DIR: `${data}/media`,
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // The e2e suite tests the embedded mode even where a server database is configured.
    DATABASE_URL: '',
  };
}

/** The shell command that (re)creates a server's data and runs `run` (next build, next start) on it. */
export function serverCommand(data: string, run: string): string {
  return `rm -rf ${data} && tsx prisma/scripts/with-db.ts -- sh -c "${run}"`;
}
