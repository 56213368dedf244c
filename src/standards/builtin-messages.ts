/**
 * Messages of Redocly built-ins, rewritten in the catalogue's style: the field in backticks, what is
 * wrong with it, and what to do. Redocly's own wording often leaves out the value at fault ("Operation
 * `operationId` should not have URL invalid characters."), so each rewrite reads it from the document
 * at the finding's pointer. A built-in without a rewrite here, or a message a rewrite does not
 * recognise, keeps Redocly's wording.
 */
import { pointerToPath } from '../yaml/parse.ts';
import { asObj, asString, isHttpMethod, operationLabel } from '../openapi/readers.ts';
import { words } from './rule-support/nodes.ts';

/** Where a finding is: its JSON pointer and the parsed file it points into. */
export interface FindingPlace {
  pointer: string;
  /** The parsed file the pointer is in (undefined when it could not be read). */
  document: unknown;
}

type Rewrite = (message: string, place: Place) => string | undefined;

class Place {
  readonly keys: string[];
  readonly #document: unknown;

  constructor({ pointer, document }: FindingPlace) {
    this.keys = pointerToPath(pointer);
    this.#document = document;
  }

  /** The value at the first `length` keys of the pointer (all of them by default). */
  value(length = this.keys.length): unknown {
    let node = this.#document;
    for (const key of this.keys.slice(0, length)) {
      if (Array.isArray(node)) node = node[Number(key)];
      else node = asObj(node)?.[key];
      if (node === undefined) return undefined;
    }
    return node;
  }

  /** `` `GET /vehicles` `` for a pointer into `paths`, else "The operation". */
  operation(): string {
    const [root, path, method] = this.keys;
    if (root === 'paths' && path !== undefined && isHttpMethod(method)) {
      return `\`${operationLabel(method, path)}\``;
    }
    return 'The operation';
  }
}

/** `a space, `|``: the characters of `text` outside what a URL may hold, once each. */
function unsafeCharacters(text: string): string {
  const bad = [...new Set([...text].filter((c) => !/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]/.test(c)))];
  return bad.map((c) => (c === ' ' ? 'a space' : `\`${c}\``)).join(', ');
}

/** `List vehicles|all` → `listVehiclesAll`. */
function camelCase(text: string): string {
  return words(text)
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/** `/vehicleRecords/{id}/MOT_tests` → `/vehicle-records/{id}/mot-tests`: literal segments only. */
function kebabPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '' || /^\{.+\}$/.test(segment) || /^[a-z0-9.-]+$/.test(segment) ? segment : words(segment).join('-')))
    .join('/');
}

/** The field a "should contain `x` field" or "`x` must be non-empty" message is about, and whether it is missing or empty. */
function missingOrEmpty(message: string): { field: string; state: string } | undefined {
  const missing = /should contain `([^`]+)` field/.exec(message);
  if (missing) return { field: missing[1]!, state: 'has no' };
  const empty = /`([^`]+)` must be non-empty/.exec(message);
  return empty ? { field: empty[1]!, state: 'has an empty' } : undefined;
}

const operationField =
  (advice: string): Rewrite =>
  (message, place) => {
    const m = missingOrEmpty(message);
    return m && `${place.operation()} ${m.state} \`${m.field}\`: ${advice}.`;
  };

/** Rewrites keyed by Redocly rule id. */
const REWRITES: Record<string, Rewrite> = {
  'operation-operationId': operationField('add one, unique in the document, such as `listVehicles` or `getVehicle`'),
  'operation-summary': operationField('add a few words that name the operation, such as "List vehicles"'),
  'operation-description': operationField('say what the operation does, when to use it and what it returns'),
  'operation-operationId-url-safe': (_message, place) => {
    const id = asString(place.value());
    return id && `\`operationId\` \`${id}\` has characters that cannot appear in a URL (${unsafeCharacters(id)}): write it without them, for example in camelCase as \`${camelCase(id)}\`.`;
  },
  'tag-description': (message, place) => {
    const m = missingOrEmpty(message);
    const name = asString(asObj(place.value(place.keys.length - 1))?.['name']);
    return m && name !== undefined ? `Tag \`${name}\` ${m.state} \`${m.field}\`: add a sentence about the resource it groups.` : undefined;
  },
  'paths-kebab-case': (_message, place) => {
    const path = place.keys[0] === 'paths' ? place.keys[1] : undefined;
    return path && `Path \`${path}\` is not kebab-case: write it as \`${kebabPath(path)}\`.`;
  },
  'path-not-include-query': (_message, place) => {
    const path = place.keys[0] === 'paths' ? place.keys[1] : undefined;
    const query = path?.split('?')[1];
    if (path === undefined || query === undefined) return undefined;
    const names = [...new Set(query.split('&').map((pair) => pair.split('=')[0]!).filter((n) => n !== ''))];
    const what = names.length === 0 ? 'them as parameters' : `${names.map((n) => `\`${n}\``).join(', ')} as ${names.length === 1 ? 'a parameter' : 'parameters'}`;
    return `Path \`${path}\` contains a query string: declare ${what} with \`in: query\` instead.`;
  },
  'security-scopes-defined': (message) => {
    // (A requirement without scopes is reported by gds-oauth2's own visitor.)
    const m = /^The "([^"]+)" scope is not defined in the "([^"]+)" security scheme/.exec(message);
    return m ? `Scope \`${m[1]}\` is not defined in security scheme \`${m[2]}\`: add it to the scheme's \`scopes\`, or correct the name.` : undefined;
  },
  'no-undefined-server-variable': (message) => {
    const notDefined = /^The `([^`]+)` variable is not defined/.exec(message)?.[1];
    if (notDefined) return `Server URL uses \`{${notDefined}}\`, but the server has no \`variables.${notDefined}\`: define it with a \`default\`.`;
    const unused = /^The `([^`]+)` variable is not used/.exec(message)?.[1];
    return unused && `Server variable \`${unused}\` is not used in the server \`url\`: use \`{${unused}}\` in the URL or remove the variable.`;
  },
  'no-unresolved-refs': (message, place) => {
    const ref = asString(asObj(place.value())?.['$ref']);
    if (!message.startsWith("Can't resolve") || ref === undefined) return undefined;
    return ref.startsWith('#')
      ? `\`$ref\` \`${ref}\` points at nothing in this document: correct the pointer, or add what it names.`
      : `\`$ref\` \`${ref}\` cannot be found: correct the path, or add the file to the entry's folder.`;
  },
};

/** The message of a built-in's finding in the catalogue's style, or Redocly's message when there is no rewrite for it. */
export function builtinMessage(redoclyRuleId: string, message: string, place: FindingPlace): string {
  const rewrite = REWRITES[redoclyRuleId];
  if (!rewrite) return message;
  try {
    return rewrite(message, new Place(place)) ?? message;
  } catch {
    return message;
  }
}

/** The Redocly rule ids whose messages are rewritten (for tests). */
export const REWRITTEN_BUILTINS: readonly string[] = Object.keys(REWRITES);
