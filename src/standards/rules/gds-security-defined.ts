import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { asObj, isHttpMethod, operationLabel } from '../../openapi/readers.ts';
import type { GdsRule } from '../rule.ts';
import { reportCause } from '../rule-support/report.ts';

const ID = 'gds-security-defined';

/** At most this many operations are named in a message; the finding lists all of them as places. */
const NAMED = 5;

interface Open {
  label: string;
  location: Location;
}

/**
 * One finding per root cause: every operation left without a security decision is one cause (the
 * document has no root `security`), reported once at `paths` and listing the operations; each scheme
 * name that no scheme defines is one cause, reported where it is first used and listing the others.
 */
function securityDefined(definitionsOf: (root: Record<string, unknown>) => unknown, home: string): Oas3Rule & Oas2Rule {
  return () => {
    let rootDecided = false;
    let path = '';
    let defined = new Set<string>();
    const open: Open[] = [];
    const undefinedUses = new Map<string, Location[]>();
    return {
      Root: {
        enter(root: object) {
          const fields = root as Record<string, unknown>;
          rootDecided = Array.isArray(fields['security']);
          defined = new Set(Object.keys(asObj(definitionsOf(fields)) ?? {}));
        },
        leave(_root: object, ctx: UserContext) {
          if (open.length > 0) {
            const first = open[0]!;
            const names = open.slice(0, NAMED).map((o) => `\`${o.label}\``).join(', ');
            const more = open.length > NAMED ? ` and ${open.length - NAMED} more` : '';
            reportCause(ctx, ID, {
              message:
                open.length === 1
                  ? `\`${first.label}\` has no \`security\`, and the document has no root \`security\`: state how clients authenticate, on the operation or at the root (\`security: []\` marks an operation as open to anyone).`
                  : `${open.length} operations (${names}${more}) have no \`security\`, and the document has no root \`security\`: add a root \`security\` requirement that covers them all, and override it on operations that differ (\`security: []\` marks an operation as open to anyone).`,
              location: first.location,
              cause: 'no-security',
              ...(open.length > 1 ? { covers: open.slice(1).map((o) => o.location) } : {}),
            });
          }
          for (const [name, [first, ...others]] of undefinedUses) {
            reportCause(ctx, ID, {
              message: `Security scheme \`${name}\` is not defined in ${home}${others.length ? ` (used by ${others.length + 1} requirements)` : ''}: define it there, or correct the name.`,
              location: first!,
              cause: `undefined-scheme:${name}`,
              ...(others.length ? { covers: others } : {}),
            });
          }
        },
      },
      Paths: {
        PathItem: {
          enter(_item: object, ctx: UserContext) {
            path = String(ctx.key);
          },
          Operation(operation: object, ctx: UserContext) {
            if (rootDecided || Array.isArray((operation as Record<string, unknown>)['security'])) return;
            const method = String(ctx.key);
            if (!isHttpMethod(method)) return;
            open.push({ label: operationLabel(method, path), location: ctx.location.key() });
          },
        },
      },
      SecurityRequirement(requirement: object, ctx: UserContext) {
        for (const name of Object.keys(requirement)) {
          if (defined.has(name)) continue;
          const uses = undefinedUses.get(name) ?? [];
          uses.push(ctx.location.child(name).key());
          undefinedUses.set(name, uses);
        }
      },
    } as never;
  };
}

const rule: GdsRule = {
  id: ID,
  title: 'Decide how every operation is secured',
  severity: 'error',
  level: 'baseline',
  standard: {
    quote: 'In general you should make all users of your API authenticate their identities.',
    source: 'API technical and data standards (2024): Control access to your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 6,
  checks:
    'Every operation is covered by a `security` requirement, at the root or on the operation, and every scheme a requirement names is defined in `components/securitySchemes` (Swagger 2.0: `securityDefinitions`). An operation that is open on purpose says so with `security: []`. Operations left open by a missing root `security` are one finding, listing them; so is each undefined scheme name, however often it is used.',
  why: 'Without a security requirement, users cannot tell whether an endpoint is open by design or by mistake, and code generators produce clients that send no credentials.',
  fix: 'Add a root `security` requirement that names a defined scheme, and override it per operation where needed. Mark endpoints that are deliberately anonymous with `security: []`, and serve only open data from them.',
  examples: {
    at: '/paths/~1vehicles/get',
    fail: 'security:\n  - apiKey: []\n',
    pass: 'security:\n  - oauth2: [vehicles:read]\n',
  },
  swagger2: true,
  oas3: securityDefined((root) => asObj(root['components'])?.['securitySchemes'], '`components.securitySchemes`'),
  oas2: securityDefined((root) => root['securityDefinitions'], '`securityDefinitions`'),
};

export default rule;
