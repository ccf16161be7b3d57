// The app as the benches run it: `next build` of this checkout, and `next start` on a port.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const next = path.join(root, 'node_modules/next/dist/bin/next');

/** Runs a command in the repository, its output shown; rejects on a non-zero exit. */
export function runCommand(command: string, argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${argv.join(' ')} exited with ${code}`))));
  });
}

export const buildApp = (env: NodeJS.ProcessEnv) => runCommand(process.execPath, [next, 'build'], env);

export const nextStart = (port: number, env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, [next, 'start', '-p', String(port)], { cwd: root, env, stdio: 'ignore' });

/** The production environment a bench's app runs with: its database, media, a fresh secret, its own address. */
export function appEnv(database: { url: string; mediaDir: string }, base: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    MEDIA_DIR: database.mediaDir,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    SITE_URL: base,
    NEXTAUTH_URL: base,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  };
}
