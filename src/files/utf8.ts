/**
 * Strict UTF-8: a file that is not UTF-8 is a problem at the line and column of its first bad byte,
 * never text silently turned into replacement characters (a Latin-1 "é" would otherwise be published
 * as "�"). A UTF-8 byte-order mark at the start is accepted and dropped.
 */

export interface Utf8Error {
  /** Byte offset of the first byte that is not part of valid UTF-8. */
  offset: number;
  /** 1-based line and column (in characters) of that byte. */
  line: number;
  column: number;
  /** The bad byte, such as `0xE9`. */
  byte: string;
  /** Set when the file starts with a UTF-16 byte-order mark. */
  utf16?: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts no valid sequence. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] as number;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && (b[i + k] as number) >= lo && (b[i + k] as number) <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no surrogates
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function locate(bytes: Uint8Array, offset: number): Utf8Error {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  const column = [...before].length + 1;
  return { offset, line, column, byte: `0x${(bytes[offset] as number).toString(16).toUpperCase().padStart(2, '0')}` };
}

/** The text of UTF-8 bytes, or where they stop being UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: Utf8Error } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { error: { ...locate(bytes, 0), utf16: true } };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    let i = 0;
    while (i < bytes.length) {
      const n = sequenceLength(bytes, i);
      if (n === 0) return { error: locate(bytes, i) };
      i += n;
    }
    // The decoder refused what the scan accepts: should not happen; report the start.
    return { error: locate(bytes, 0) };
  }
}

/** A name that is not UTF-8, shown with its bad bytes as `\xE9`: `caf\xE9`. */
export function showRawName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      out += `\\x${(bytes[i] as number).toString(16).toUpperCase().padStart(2, '0')}`;
      i += 1;
    } else {
      out += new TextDecoder('utf-8').decode(bytes.subarray(i, i + n));
      i += n;
    }
  }
  return out;
}
