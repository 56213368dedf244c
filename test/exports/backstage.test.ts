import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  type Entity,
} from '@backstage/catalog-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { backstageName, backstageYaml } from '../../src/exports/backstage.ts';
import { MINIMAL } from '../checks/fixture.ts';
import { modelOf, SITE } from './support.ts';

let entities: Entity[];

/**
 * What a Backstage instance does on ingestion before validating: its placeholder processor
 * replaces `$text: <url>` with the text at the URL. Here the text is a stand-in; what matters to
 * the schema is that it is a string.
 */
function resolvePlaceholders(entity: Entity): Entity {
  const spec = entity.spec as Record<string, unknown> | undefined;
  const definition = spec?.definition as { $text?: string } | undefined;
  if (definition && typeof definition === 'object' && typeof definition.$text === 'string') spec!.definition = `openapi: 3.1.0 # read from ${definition.$text}`;
  return entity;
}

beforeAll(async () => {
  const model = await modelOf(MINIMAL);
  const yaml = backstageYaml(model, SITE);
  entities = parseAllDocuments(yaml).map((d) => d.toJS() as Entity).filter((e) => e !== null);
});

describe('the Backstage export, checked by Backstage\'s own catalogue model (@backstage/catalog-model)', () => {
  it('passes the policies a Backstage catalogue applies on ingestion, and each kind\'s schema', async () => {
    const policies = EntityPolicies.allOf([new DefaultNamespaceEntityPolicy(), new NoForeignRootFieldsEntityPolicy(), new FieldFormatEntityPolicy(), new SchemaValidEntityPolicy()]);
    const validators = { API: apiEntityV1alpha1Validator, Component: componentEntityV1alpha1Validator, Group: groupEntityV1alpha1Validator } as const;
    expect(entities.length).toBe(5);
    for (const raw of entities) {
      const entity = resolvePlaceholders(structuredClone(raw));
      await expect(policies.enforce(entity)).resolves.toBeDefined();
      await expect(validators[entity.kind as keyof typeof validators].check(entity), `${entity.kind} ${entity.metadata.name}`).resolves.toBe(true);
    }
    // The same checks refuse an API without an owner, and a name Backstage cannot take.
    const api = resolvePlaceholders(structuredClone(entities.find((e) => e.kind === 'API')!));
    delete (api.spec as Record<string, unknown>).owner;
    await expect(apiEntityV1alpha1Validator.check(api)).rejects.toThrow(/owner/);
    const badName = structuredClone(entities[0]!);
    badName.metadata.name = 'not a name';
    await expect(policies.enforce(badName)).rejects.toThrow(/name/);
  });

  it('has an API per OpenAPI document, a Component per component, a Group per organisation, with owners and lifecycles', () => {
    const summary = entities.map((e) => [e.kind, e.metadata.name, (e.spec as { lifecycle?: string; owner?: string; type?: string }).type, (e.spec as { lifecycle?: string }).lifecycle]);
    expect(summary).toEqual([
      ['Group', 'hm-revenue-customs', 'organisation', undefined],
      ['Component', 'vat-component', 'service', 'experimental'],
      ['API', 'old-vat-api', 'openapi', 'retired'],
      ['API', 'vat-api', 'openapi', 'production'],
      ['API', 'vat-api-2', 'openapi', 'production'],
    ]);
  });

  it('links a component to the APIs it provides, and APIs to their definition and owner', () => {
    const component = entities.find((e) => e.kind === 'Component')!;
    expect(component.spec).toMatchObject({ owner: 'group:gov-api-catalogue/hm-revenue-customs', providesApis: ['api:gov-api-catalogue/vat-api', 'api:gov-api-catalogue/vat-api-2'] });
    const v2 = entities.find((e) => e.metadata.name === 'vat-api-2')!;
    expect(v2.metadata).toMatchObject({ namespace: 'gov-api-catalogue', title: 'VAT API (Version 2)', annotations: { 'backstage.io/view-url': 'https://api-catalogue.example.gov.uk/entries/vat-api/' } });
    expect(v2.spec!.definition).toEqual({ $text: 'https://api-catalogue.example.gov.uk/entries/vat-api/specs/2/openapi.yaml' });
  });

  it('shortens a name longer than Backstage allows, keeping it unique', () => {
    const long = 'a-very-long-entry-id-that-goes-on-and-on-past-the-sixty-three-characters-backstage-allows';
    expect(backstageName(long)).toHaveLength(63);
    expect(backstageName(long)).not.toBe(backstageName(`${long}-2`));
    expect(backstageName('vat-api')).toBe('vat-api');
  });
});
