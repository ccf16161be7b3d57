// `tsx prisma/scripts/with-db.ts -- <command...>`: runs a command (next dev, next build,
// next start...) with a database. Without DATABASE_URL it starts the embedded one first
// and keeps it running for as long as the command runs.
import { spawn } from 'node:child_process';
import { openDatabase } from './database';

async function main() {
  const separator = process.argv.indexOf('--');
  const command = separator >= 0 ? process.argv.slice(separator + 1) : [];
  if (command.length === 0) {
    console.error('Cách dùng: tsx prisma/scripts/with-db.ts -- <lệnh> [tham số...]');
    process.exit(2);
  }
  const database = await openDatabase({ seedIfEmpty: true });
  const child = spawn(command[0]!, command.slice(1), {
    stdio: 'inherit',
    // Next's telemetry would call an outside host: never from this project's processes.
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...database.childEnv },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', async (code, signal) => {
    await database.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
