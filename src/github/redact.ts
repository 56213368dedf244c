/**
 * Keeps credentials out of everything the tools print: the token itself wherever it appears, and
 * anything shaped like a GitHub token (a server or a library may echo one back).
 */
const TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g;

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***');
  return out.replace(TOKEN_SHAPES, '***');
}
