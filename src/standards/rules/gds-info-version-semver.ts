import type { Oas2Rule, Oas3Rule } from '@redocly/openapi-core';
import { ruleReference, type GdsRule } from '../rule.ts';

const ID = 'gds-info-version-semver';
const reference = ruleReference(ID);

/** The node's fields, for reading keys the typings do not declare. */
const fieldsOf = (node: object): Record<string, unknown> => node as Record<string, unknown>;
const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
/** MAJOR.MINOR.PATCH with optional -pre-release and +build (semver.org 2.0.0). */
const SEMVER = new RegExp(
  `^(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-${IDENTIFIER}(?:\\.${IDENTIFIER})*)?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`,
);

function suggestion(version: string): string {
  const numbers = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(version.trim());
  return numbers ? `, for example \`${numbers[1]}.${numbers[2] ?? '0'}.${numbers[3] ?? '0'}\`` : ', such as `1.4.0`';
}

const checkInfo: Oas3Rule & Oas2Rule = () => ({
  Info(info, { report, location }) {
    const version: unknown = fieldsOf(info)['version'];
    if (version === undefined || version === null || version === '') {
      report({ message: '`info` has no `version`: give the version of the API as MAJOR.MINOR.PATCH, such as `1.4.0`.', location: location.key(), reference });
      return;
    }
    const text = String(version);
    if (!SEMVER.test(text)) {
      report({
        message: `\`info.version\` \`${text}\` is not a semantic version (MAJOR.MINOR.PATCH): write it as three whole numbers${suggestion(text)}.`,
        location: location.child('version'),
        reference,
      });
    }
  },
});

const rule: GdsRule = {
  id: ID,
  title: 'Version the API with semantic versioning',
  severity: 'warn',
  level: 'silver',
  standard: {
    quote: 'Tell users how versioning works for your API and version your documentation alongside your API',
    source: 'Documenting APIs',
    url: 'https://www.gov.uk/guidance/how-to-document-apis',
  },
  tcop: 9,
  checks: '`info.version` is a semantic version: MAJOR.MINOR.PATCH in whole numbers without a `v` prefix, optionally followed by `-pre-release` and `+build` labels.',
  why: 'Semantic versions tell users at a glance whether a change is breaking (major), adds features (minor) or only fixes things (patch), so they can plan upgrades.',
  fix: 'Set `info.version` to the version of the API, such as `1.4.0`, and increase the major number for breaking changes.',
  examples: {
    at: '',
    fail: 'info:\n  title: Vehicle Records API\n  version: v1\n',
    pass: 'info:\n  title: Vehicle Records API\n  version: 1.0.0\n',
  },
  swagger2: true,
  oas3: checkInfo,
  oas2: checkInfo,
};

export default rule;
