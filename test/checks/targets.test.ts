import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortTargets } from '../../src/checks/targets.ts';

const cwd = process.cwd();
const root = path.resolve('catalogue');

describe('sortTargets', () => {
  it('takes the catalogue folder or its entries folder as the whole catalogue', () => {
    expect(sortTargets(['catalogue'], cwd)).toEqual({ catalogue: { root }, other: [] });
    expect(sortTargets(['catalogue/entries/'], cwd)).toEqual({ catalogue: { root }, other: [] });
  });

  it('takes entry folders and their metadata files as those entries, and a whole catalogue over them', () => {
    expect(sortTargets(['catalogue/entries/govuk-notify-api', 'catalogue/entries/govuk-pay-api/entry.yaml'], cwd)).toEqual({ catalogue: { root, only: ['govuk-notify-api', 'govuk-pay-api'] }, other: [] });
    expect(sortTargets(['catalogue/entries/govuk-notify-api', 'catalogue'], cwd)).toEqual({ catalogue: { root }, other: [] });
  });

  it('leaves OpenAPI files (even inside an entry) and folders outside a catalogue to the standards report', () => {
    expect(sortTargets(['catalogue/entries/govuk-notify-api/openapi.yaml', 'test/standards/fixtures/multi-file/entry', 'test/fixtures'], cwd)).toEqual({
      other: ['catalogue/entries/govuk-notify-api/openapi.yaml', 'test/standards/fixtures/multi-file/entry', 'test/fixtures'],
    });
  });

  it('refuses entries of two catalogues', () => {
    expect(sortTargets(['catalogue/entries/govuk-notify-api', 'test/fixtures/catalogue-minimal/entries/vat-api'], cwd)).toEqual({
      error: `test/fixtures/catalogue-minimal/entries/vat-api is in another catalogue (${path.resolve('test/fixtures/catalogue-minimal')}) than the paths before it (${root}): check one catalogue at a time`,
    });
  });
});
