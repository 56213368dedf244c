/** The parser's default bounds on hostile input (see parse.ts). */
export const DEFAULT_MAX_DEPTH = 128;
export const DEFAULT_MAX_ALIAS_COUNT = 1000;
