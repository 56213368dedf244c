/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium, and the file-access and network
 * tests watch the build with strace, and the sync and link-check tests serve HTTPS with a certificate
 * openssl makes. Installs what is missing with apt-get when we are root (as on
 * CI and the project's machines); otherwise says how to install it and fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canInstall = isRoot && existsSync('/usr/bin/apt-get');

const missing: { what: string; packages: string[] }[] = [];
if (!existsSync(CHROMIUM)) missing.push({ what: `Chromium at ${CHROMIUM} (the browser tests)`, packages: ['chromium', 'fonts-liberation'] });
if (spawnSync(process.env.STRACE_PATH ?? 'strace', ['-V']).status !== 0) missing.push({ what: 'strace (the tests of what the build opens and connects to)', packages: ['strace'] });
if (spawnSync('openssl', ['version']).status !== 0) missing.push({ what: 'openssl (the certificate of the HTTPS test server for sync and link checks)', packages: ['openssl'] });

if (missing.length > 0) {
  const packages = missing.flatMap((m) => m.packages);
  if (canInstall) {
    console.log(`missing ${missing.map((m) => m.what).join(' and ')}: installing ${packages.join(', ')} with apt-get…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`The tests need ${missing.map((m) => m.what).join(' and ')}. Install with: sudo apt-get install ${packages.join(' ')} (or set CHROMIUM_PATH / STRACE_PATH).`);
    process.exit(1);
  }
}
