// `tsx tests/e2e/prebuild.ts`: the production build the e2e servers run, made as the desktop
// server would make it (its environment, a freshly seeded embedded database), so that CI can
// build while the unit and integration tests run and start the e2e servers with
// E2E_PREBUILT=1 (playwright.config.ts) instead of building then.
import { spawn } from 'node:child_process';
import { desktopData, E2E_PORT, serverCommand, serverEnv } from './servers';

const child = spawn('sh', ['-c', serverCommand(desktopData, 'next build')], { stdio: 'inherit', env: { ...process.env, ...serverEnv(E2E_PORT, desktopData) } });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
