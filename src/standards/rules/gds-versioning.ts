import type { Location, Oas2Rule, Oas3Rule, UserContext } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';
import { asObj, asString, parseMediaType, type Obj } from '../rule-support/nodes.ts';
import { parameterSchema } from '../rule-support/parameters.ts';
import { expandServerUrl } from '../rule-support/servers.ts';

const ID = 'gds-versioning';

const VERSION_SEGMENT = /^v(\d+)((?:\.\d+)*)$/i;
const VERSION_HEADERS = new Set(['api-version', 'accept-version', 'x-api-version', 'x-version', 'version']);

interface FoundVersion {
  major: number;
  segment: string;
  whole: boolean;
}

/** The first `/v{n}` segment of a URL or path. */
function versionIn(urlOrPath: string): FoundVersion | undefined {
  const path = urlOrPath.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  for (const segment of path.split('/')) {
    const m = VERSION_SEGMENT.exec(segment);
    if (m) return { major: Number(m[1]), segment, whole: m[2] === '' };
  }
  return undefined;
}

/** `application/vnd.hmrc.1.0+json`, `application/vnd.example.v2+json`, `application/json; version=2`. */
function isVersionedMediaType(mediaType: string): boolean {
  const { subtype, params } = parseMediaType(mediaType);
  if (params.has('version') || params.has('v')) return true;
  const base = subtype.split('+')[0] ?? '';
  return base.startsWith('vnd.') && /[.\-_](v\d+(\.\d+)*|\d+\.\d+(\.\d+)*)$/i.test(base);
}

interface Located {
  text: string;
  location: Location;
}

/**
 * The whole-document check: the version is in every server URL (Swagger 2.0: `basePath`) or in every
 * path, in whole numbers. `info.version` is the document's own version and may differ from the URL's
 * major version (a document revision, a date), so it is not compared.
 */
function checkUrlVersion(servers: Located[], paths: Located[], report: UserContext['report']): void {
  if (paths.length === 0) return;
  const reportAt = (location: Location, message: string): void => report({ message, location, reference: ruleReference(ID) });
  const serverVersions = servers.map((s) => versionIn(s.text));
  const pathVersions = paths.map((p) => versionIn(p.text));
  let used: { found: FoundVersion; at: Located }[] = [];

  if (servers.length > 0 && serverVersions.every((v) => v !== undefined)) {
    used = servers.map((at, i) => ({ found: serverVersions[i]!, at }));
  } else if (pathVersions.every((v) => v !== undefined)) {
    used = paths.map((at, i) => ({ found: pathVersions[i]!, at }));
  } else if (serverVersions.some((v) => v !== undefined)) {
    servers.forEach((s, i) => {
      if (!serverVersions[i]) reportAt(s.location, `Server URL \`${s.text}\` has no major version such as \`/v1\`, although other servers have one.`);
    });
    return;
  } else if (pathVersions.some((v) => v !== undefined)) {
    paths.forEach((p, i) => {
      if (!pathVersions[i]) reportAt(p.location, `Path \`${p.text}\` has no version segment such as \`/v1\`, although other paths have one; version every path or put the version in the server URL.`);
    });
    return;
  } else {
    const where = servers[0]?.location ?? paths[0]!.location;
    reportAt(where, 'Neither the server URL nor the paths carry a major version such as `/v1`; add it to the server URL (or to every path).');
    return;
  }

  const reported = new Set<string>();
  for (const { found, at } of used) {
    if (found.whole || reported.has(found.segment)) continue;
    reported.add(found.segment);
    reportAt(at.location, `Version \`${found.segment}\` in \`${at.text}\` is not a whole number; use the major version only, such as \`/v${found.major}\`.`);
  }
}

/** Paths fixed by other standards or used to run the service, which are not part of a versioned API. */
const OPERATIONAL_PATH = /^\/(\.well-known|_[^/]*|health(check|z)?|ping|readiness|liveness)(\/|$)/i;

function pathKeys(root: Obj, location: Location): Located[] {
  const paths = asObj(root['paths']) ?? {};
  return Object.keys(paths)
    .filter((p) => p.startsWith('/') && !OPERATIONAL_PATH.test(p))
    .map((p) => ({ text: p, location: location.child(['paths', p]).key() }));
}

/** A header parameter that carries the version: its name, or versioned media types in `Accept`/`Content-Type`. */
function headerProblem(name: string, values: unknown[]): string | undefined {
  if (VERSION_HEADERS.has(name.toLowerCase())) {
    return `Header parameter \`${name}\` selects the API version; put the major version in the URL (\`/v1\`) instead, as headers can be stripped by proxies and firewalls.`;
  }
  if (!['accept', 'content-type'].includes(name.toLowerCase())) return undefined;
  const versioned = values.find((v): v is string => typeof v === 'string' && isVersionedMediaType(v));
  return versioned === undefined
    ? undefined
    : `Header parameter \`${name}\` selects the version through the media type \`${versioned}\`; put the major version in the URL (\`/v1\`) instead.`;
}

function schemaValues(schema: Obj | undefined): unknown[] {
  if (!schema) return [];
  return [...(Array.isArray(schema['enum']) ? schema['enum'] : []), schema['default'], schema['example'], schema['const']];
}

const mediaTypeMessage = (mediaType: string, what: string): string =>
  `${what} \`${mediaType}\` carries a version; use a plain media type and put the major version in the URL (\`/v1\`).`;

const oas3: Oas3Rule = () => ({
  Root: {
    leave(root, { report, location }) {
      const r = root as unknown as Obj;
      const servers: Located[] = [];
      const list = r['servers'];
      if (Array.isArray(list)) {
        list.forEach((s, i) => {
          const server = asObj(s);
          const url = asString(server?.['url']);
          if (url !== undefined) servers.push({ text: expandServerUrl(url, server?.['variables']), location: location.child(['servers', i, 'url']) });
        });
      }
      checkUrlVersion(servers, pathKeys(r, location), report);
    },
  },
  Parameter(param, { report, location, resolve }) {
    const p = param as unknown as Obj;
    const name = asString(p['name']);
    if (p['in'] !== 'header' || !name) return;
    const message = headerProblem(name, schemaValues(parameterSchema(p, location, resolve)?.node));
    if (message) report({ message, location: location.child('name'), reference: ruleReference(ID) });
  },
  MediaTypesMap(content, { report, location }) {
    for (const mediaType of Object.keys(content)) {
      if (isVersionedMediaType(mediaType)) report({ message: mediaTypeMessage(mediaType, 'Media type'), location: location.child([mediaType]).key(), reference: ruleReference(ID) });
    }
  },
});

const oas2: Oas2Rule = () => {
  const checkLists = (node: Obj, location: Location, report: UserContext['report']): void => {
    for (const field of ['produces', 'consumes']) {
      const list = node[field];
      if (!Array.isArray(list)) continue;
      list.forEach((m, i) => {
        if (typeof m === 'string' && isVersionedMediaType(m)) report({ message: mediaTypeMessage(m, `\`${field}\` entry`), location: location.child([field, i]), reference: ruleReference(ID) });
      });
    }
  };
  return {
    Root: {
      enter(root, { report, location }) {
        checkLists(root as unknown as Obj, location, report);
      },
      leave(root, { report, location }) {
        const r = root as unknown as Obj;
        const basePath = asString(r['basePath']);
        const servers = basePath === undefined ? [] : [{ text: basePath, location: location.child('basePath') }];
        checkUrlVersion(servers, pathKeys(r, location), report);
      },
    },
    Operation(operation, { report, location }) {
      checkLists(operation as unknown as Obj, location, report);
    },
    Parameter(param, { report, location }) {
      const p = asObj(param);
      const name = p && asString(p['name']);
      if (!p || p['in'] !== 'header' || !name) return;
      const message = headerProblem(name, schemaValues(p));
      if (message) report({ message, location: location.child('name'), reference: ruleReference(ID) });
    },
  };
};

const rule: GdsRule = {
  id: ID,
  title: 'Put the major version in the URL',
  severity: 'warn',
  level: 'gold',
  standard: {
    quote: 'expose a new version of your API by adding the version number into the URI, for example https://myapi.service.gov.uk/v1',
    source: 'API technical and data standards (2024): Version your API',
    url: 'https://www.gov.uk/guidance/gds-api-technical-and-data-standards',
  },
  tcop: 9,
  checks:
    'A whole-number major version (`/v1`) appears in every server URL (Swagger 2.0: `basePath`) or, failing that, in every path; mixing the two within servers or within paths is flagged. `/.well-known/…` and health-check paths (`/health`, `/healthcheck`, `/ping`, `/_status`) are left out. No header parameter selects the version (`Api-Version`, `Accept-Version`, or an `Accept` header that asks for `application/vnd.….1.0+json`), and no media type carries a version.',
  why: 'A version in the URL is visible in every request, log and link, and works through proxies and firewalls that may strip custom headers or unfamiliar media types. Users can move to a new major version when they are ready.',
  fix: 'Add `/v1` to the server URL (or to every path) and increase it by whole numbers for breaking changes. Drop version headers and versioned vendor media types in favour of plain `application/json`.',
  examples: {
    at: '',
    fail: 'servers:\n  - url: https://vehicle-records.api.gov.uk\nparameters:\n  - name: Accept-Version\n    in: header\n    schema:\n      type: string\n',
    pass: 'servers:\n  - url: https://vehicle-records.api.gov.uk/v1\n',
  },
  swagger2: true,
  oas3,
  oas2,
};

export default rule;
