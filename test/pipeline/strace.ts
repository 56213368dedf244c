/**
 * Runs a command under `strace -f` and reports every file it tried to open and every connection it
 * tried to make, so that tests can prove what the build and `validate` touch rather than trust it.
 * strace is a Debian package (`.ci/run` and `npm test`'s pretest install it); without it these tests
 * fail with a message saying so, they never skip.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';

const STRACE = process.env.STRACE_PATH ?? 'strace';

/** Throws a clear error when strace cannot run here (not installed, or ptrace not allowed). */
export function requireStrace(): void {
  const version = spawnSync(STRACE, ['-V'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error(`strace is not available (${version.error?.message ?? version.stderr.trim()}): the file-access and network tests need it. Install it with \`apt-get install strace\` (.ci/run and npm test's pretest do so when run as root).`);
  }
  const probe = spawnSync(STRACE, ['-f', '-qq', '-e', 'trace=openat', '-o', '/dev/null', 'true'], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(`strace cannot trace processes here (${probe.stderr.trim()}): the tests need ptrace (in a container, run it with --cap-add=SYS_PTRACE).`);
}

export interface Connection {
  family: string;
  /** The address and port, or the socket path. */
  address: string;
  line: string;
}

export interface Traced {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every path the command or its children tried to open (successfully or not), absolute. */
  opened: string[];
  /** Every connect, sendto and sendmsg with an address. */
  connections: Connection[];
}

/** strace's quoting of a string undone: `\"`, `\\`, `\n`, octal and hex escapes. */
function unquote(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e.startsWith('x')) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e;
  });
}

const OPEN = /^\d+\s+(?:openat2?|open|creat)\((?:(?:AT_FDCWD|-?\d+)(?:<((?:[^>\\]|\\.)*)>)?, )?"((?:[^"\\]|\\.)*)"/;
const SOCKADDR = /^\d+\s+(connect|sendto|sendmsg)\(.*?\{sa_family=(AF_[A-Z0-9]+)(.*?)\}/;

function parse(trace: string, cwd: string): Pick<Traced, 'opened' | 'connections'> {
  const opened: string[] = [];
  const connections: Connection[] = [];
  for (const line of trace.split('\n')) {
    const open = OPEN.exec(line);
    if (open) {
      const name = unquote(open[2] ?? '');
      opened.push(path.isAbsolute(name) ? path.normalize(name) : path.resolve(open[1] ? unquote(open[1]) : cwd, name));
      continue;
    }
    const sock = SOCKADDR.exec(line);
    if (sock) {
      const rest = sock[3] ?? '';
      const address = /inet_addr\("([^"]+)"\)/.exec(rest)?.[1] ?? /inet_pton\(AF_INET6, "([^"]+)"/.exec(rest)?.[1] ?? /sun_path=(?:@?)"([^"]*)"/.exec(rest)?.[1] ?? rest.trim();
      connections.push({ family: sock[2] ?? '', address, line });
    }
  }
  return { opened, connections };
}

/** Runs `command args` under strace -f, following every child process (workers, Pagefind's binary). */
export function traced(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Traced {
  const cwd = options.cwd ?? process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), 'strace-'));
  const log = path.join(dir, 'trace.txt');
  try {
    const r = spawnSync(STRACE, ['-f', '-qq', '-y', '-s', '4096', '-e', 'trace=openat,open,openat2,creat,connect,sendto,sendmsg', '-o', log, command, ...args], {
      cwd,
      env: options.env ?? process.env,
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.error) throw r.error;
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, ...parse(readFileSync(log, 'utf8'), cwd) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What a Node process may open outside the repository: its shared libraries, what the kernel tells
 * it about the machine (/proc, /sys: memory, CPUs, cgroup limits), random numbers, the time zone,
 * OpenSSL's configuration and CA bundle (read when the crypto and TLS modules load), the resolver
 * configuration (read when the dns module loads; no query is made, which the connection check
 * proves), and /usr/bin/ldd (which detect-libc reads to tell glibc from musl for native packages).
 */
export const SYSTEM_PATHS: readonly (string | RegExp)[] = [
  /^\/proc\//,
  /^\/sys\//,
  /^\/(usr\/)?lib(64|x32)?\//,
  /^\/etc\/ld\.so\./,
  /^\/etc\/ssl\//,
  /^\/usr\/share\/zoneinfo\//,
  '/etc/localtime',
  '/dev/null',
  '/dev/urandom',
  '/dev/random',
  '/etc/resolv.conf',
  '/etc/nsswitch.conf',
  '/etc/host.conf',
  '/etc/hosts',
  '/etc/gai.conf',
  '/etc/netsvc.conf',
  '/etc/svc.conf',
  '/usr/bin/ldd',
];

/**
 * What `git` may open besides the repository: its system and user configuration (the build's
 * changelog runs `git log` and `git cat-file` on the repository's history).
 */
export const GIT_CONFIG_PATHS: readonly string[] = ['/etc/gitconfig', path.join(homedir(), '.gitconfig'), path.join(process.env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config'), 'git', 'config')];

const allowed = (file: string): boolean => SYSTEM_PATHS.some((p) => (typeof p === 'string' ? file === p : p.test(file))) || GIT_CONFIG_PATHS.includes(file);

/** The repository's Git folder, which a worktree keeps outside its own folder (`git rev-parse --git-common-dir`). */
function gitCommonDir(repo: string): string | undefined {
  const r = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: repo, encoding: 'utf8' });
  return r.status === 0 ? path.normalize(r.stdout.trim()) : undefined;
}

/** Paths opened outside `repo` (its folder and its Git folder) that are not on the system list. */
export function unexpectedOpens(opened: readonly string[], repo: string): string[] {
  const roots = [repo, gitCommonDir(repo)].filter((r): r is string => r !== undefined);
  const inside = (f: string): boolean => roots.some((r) => f === r || f.startsWith(`${r}/`));
  return [...new Set(opened.filter((f) => !inside(f) && !allowed(f)))].sort();
}

/** Paths opened at or below any of the targets. */
export function opensOf(opened: readonly string[], targets: readonly string[]): string[] {
  return [...new Set(opened.filter((f) => targets.some((t) => f === t || f.startsWith(`${t}/`))))].sort();
}

/** Connections to anything but loopback (127.0.0.0/8, ::1) or the kernel (netlink). */
export function outsideConnections(connections: readonly Connection[]): Connection[] {
  return connections.filter((c) => {
    if (c.family === 'AF_NETLINK') return false;
    if (c.family === 'AF_INET') return !c.address.startsWith('127.');
    if (c.family === 'AF_INET6') return !(c.address === '::1' || c.address.startsWith('::ffff:127.'));
    return true;
  });
}
