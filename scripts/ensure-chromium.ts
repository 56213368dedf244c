/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium. Installs it with apt-get when
 * missing and we are root (as on CI and the project's machines); otherwise says how to install it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`${CHROMIUM} is missing: installing Debian's chromium for the browser tests…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`The browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
}
