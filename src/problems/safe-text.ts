/**
 * Text from a pull request (file names, field values, parts of OpenAPI documents, the messages that
 * quote them) made safe to print in a terminal or a CI log: control characters, escape sequences,
 * bidirectional controls and invisible characters are shown as `<U+XXXX>` instead of acting, so an
 * entry cannot move the cursor, recolour the log, print a fake `::error` line or a fake success
 * message; and every piece is cut to a sane length, so one field cannot flood the log.
 *
 * Two layers: formatters make each piece of user text visible and one line (`oneLine`), and every
 * command's output passes through `safeOutput` before it reaches the terminal, which catches
 * anything a formatter missed except line breaks (which our own output uses).
 */
import { replaceSuspects } from '../text/characters.ts';

/** How long each piece of user text may be on a line, in characters, before it is cut. */
export const PRINT_LIMITS = {
  /** A path, as a problem's location shows it. */
  file: 300,
  /** A problem's message (which may quote a field). */
  message: 1000,
  /** A problem's hint. */
  hint: 500,
  /** A value quoted inside a message, such as `organisation "…"`. */
  value: 100,
  /** Any line of a command's output. */
  line: 4000,
} as const;

/** Every control, bidirectional or invisible character (line breaks and tabs included) as `<U+XXXX>`. */
export function visible(text: string): string {
  return replaceSuspects(text, (c) => `<${c.code}>`);
}

/** The text cut to `max` characters, saying how much was left out. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // never split a surrogate pair
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}

/** User text for one line of output: visible and cut. */
export function oneLine(text: string, max: number): string {
  return cut(visible(text), max);
}

/** A user value quoted inside a message: `"value"`, visible and cut short. */
export function quote(value: unknown, max: number = PRINT_LIMITS.value): string {
  return `"${oneLine(String(value), max)}"`;
}

const LINE_FEED: ReadonlySet<number> = new Set([0x0a]);

/**
 * The last guard before the terminal: every suspect character except the line feed is made visible,
 * and every line is cut to PRINT_LIMITS.line. Our own output has no escape sequences or colours, so
 * nothing legitimate is lost.
 */
export function safeOutput(text: string): string {
  const shown = replaceSuspects(text, (c) => `<${c.code}>`, LINE_FEED);
  if (shown.length <= PRINT_LIMITS.line) return shown;
  return shown
    .split('\n')
    .map((line) => cut(line, PRINT_LIMITS.line))
    .join('\n');
}

/**
 * Puts `safeOutput` in front of the process's stdout and stderr, so that everything a command
 * prints (ours, and libraries' messages that quote a pull request's text) is guarded. Colours are
 * switched off (NO_COLOR) for libraries that would otherwise print escape sequences of their own.
 */
export function guardProcessOutput(): void {
  process.env.NO_COLOR = '1';
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    // Bytes too: worker threads' output and piped streams reach the terminal as Buffers.
    const guard = (chunk: unknown): unknown =>
      typeof chunk === 'string' ? safeOutput(chunk) : chunk instanceof Uint8Array ? Buffer.from(safeOutput(Buffer.from(chunk).toString('utf8'))) : chunk;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => write(guard(chunk), ...rest)) as typeof stream.write;
  }
}
