// The app as the benches run it: `next build` of this checkout, and `next start` on a port.
import { spawn, type ChildProcess } from 'node:child_process';
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
