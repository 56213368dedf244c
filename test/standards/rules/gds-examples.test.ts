import { describe, expect, it } from 'vitest';
import { findings, lintSource, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-examples';
const vehicle = '/paths/~1vehicles~1{registrationNumber}/get';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '3.1'] as const)('warns about a success response without an example (%s)', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content['application/json'].example);
    // the Vehicle schema's properties carry examples, so remove one level of them too
    const bare = withDefect(doc, (d) => {
      for (const property of Object.values(d.components.schemas.Vehicle.properties) as Record<string, unknown>[]) delete property.example;
    });
    expect(await findings(ID, doc)).toEqual([]);
    expect(await findings(ID, bare)).toEqual([[ID, 'warn', `${vehicle}/responses/200/content/application~1json`]]);
  });

  it('warns about a request body without an example', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      delete d.paths['/vehicles'].post.requestBody.content['application/json'].example;
      for (const property of Object.values(d.components.schemas.NewVehicle.properties) as Record<string, unknown>[]) delete property.example;
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/requestBody/content/application~1json']]);
  });

  it('accepts an example on the schema, and ignores error responses and file downloads', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      const content = d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content;
      delete content['application/json'].example;
      content['application/json'].schema = { $ref: '#/components/schemas/Vehicle', description: 'The vehicle.' };
      d.components.schemas.Vehicle.example = { registrationNumber: 'AB12CDE', make: 'Ford', registeredDate: '2019-09-01', updatedAt: '2024-03-01T10:15:00Z' };
      content['application/pdf'] = { schema: { type: 'string', format: 'binary' } };
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('reports a shared response once, where it is defined', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.responses.Vehicle = { description: 'The vehicle.', content: { 'application/json': { schema: { type: 'object', properties: { make: { type: 'string' } } } } } };
      d.paths['/vehicles/{registrationNumber}'].get.responses['200'] = { $ref: '#/components/responses/Vehicle' };
      d.paths['/vehicles'].post.responses['201'] = { $ref: '#/components/responses/Vehicle' };
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/components/responses/Vehicle/content/application~1json']]);
  });

  it('warns about an example that does not match its schema', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content['application/json'].example.make = 42;
    });
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', `${vehicle}/responses/200/content/application~1json/example`]]);
  });

  it('warns about a parameter example that does not match its schema', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.paths['/vehicles'].get.parameters[0].example = 500));
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/paths/~1vehicles/get/parameters/0/example']]);
  });

  it('checks Swagger 2.0 success responses and body parameters', async () => {
    const response = withDefect(baseline('2.0'), (d) => {
      delete d.paths['/vehicles/{registrationNumber}'].get.responses['200'].examples;
      for (const property of Object.values(d.definitions.Vehicle.properties) as Record<string, unknown>[]) delete property.example;
    });
    expect(await findings(ID, response)).toEqual([[ID, 'warn', `${vehicle}/responses/200`]]);

    const body = withDefect(baseline('2.0'), (d) => {
      delete d.definitions.NewVehicle.example;
      for (const property of Object.values(d.definitions.NewVehicle.properties) as Record<string, unknown>[]) delete property.example;
    });
    expect(await findings(ID, body)).toEqual([[ID, 'warn', '/paths/~1vehicles/post/parameters/0']]);
  });

  it('names the parameter whose example does not match its schema', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.paths['/vehicles'].get.parameters[0].example = 500));
    expect(await messages(ID, doc)).toEqual(['The example of parameter `limit` does not match its schema: it is greater than 100. Correct the example or the schema.']);
  });

  it('says where in a response example the value does not match', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content['application/json'].example.make = 42;
    });
    expect(await messages(ID, doc)).toEqual([
      'The `application/json` example does not match its schema at `make`: it is a number, but the schema expects a string. Correct the example or the schema.',
    ]);
    const [finding] = await lintSource(doc, { only: [ID] });
    expect(finding?.where).toBe('GET /vehicles/{registrationNumber}');
  });

  it('checks examples in schemas, named examples, and leaves readOnly properties out of requests', async () => {
    const inSchema = withDefect(baseline('3.1'), (d) => (d.components.schemas.Vehicle.properties.colour.example = 'purple'));
    expect(await messages(ID, inSchema)).toEqual(['The schema\'s `example` does not match its schema: it is not one of the `enum` values (["black","blue","green","grey","red","silver","white","yellow","other"]). Correct the example or the schema.']);
    const named = withDefect(baseline('3.0'), (d) => {
      const media = d.paths['/vehicles'].post.requestBody.content['application/json'];
      media.examples = { ford: { value: { ...media.example, registeredDate: '1st September 2019' } } };
      delete media.example;
    });
    expect(await messages(ID, named)).toEqual(['The `application/json` example `ford` does not match its schema at `registeredDate`: it is not a valid `date`. Correct the example or the schema.']);
    const readOnly = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.NewVehicle.properties.id = { type: 'string', readOnly: true, maxLength: 10 };
      d.components.schemas.NewVehicle.required.push('id');
    });
    expect(await findings(ID, readOnly)).toEqual([]);
  });

  it('accepts null where OpenAPI 3.0 says `nullable: true`', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.components.schemas.Vehicle.properties.colour.nullable = true;
      d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content['application/json'].example.colour = null;
    });
    expect(await findings(ID, doc)).toEqual([]);
  });

  it('does not evaluate a pattern that could backtrack without end, and still checks the rest', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      d.components.schemas.Vehicle.properties.make.pattern = '^(?:[A-z0-9]+,?)+$';
      d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content['application/json'].example.make = 'Ford Motor Company of Great Britain!!!!!!!!!!!!!!!!';
    });
    const started = Date.now();
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', `${vehicle}/responses/200/content/application~1json/example`]]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reports a shared schema without an example once, covering every body that uses it', async () => {
    const doc = withDefect(baseline('3.1'), (d) => {
      for (const property of Object.values(d.components.schemas.Vehicle.properties) as Record<string, unknown>[]) delete property.example;
      delete d.paths['/vehicles/{registrationNumber}'].get.responses['200'].content['application/json'].example;
      delete d.paths['/vehicles'].post.responses['201'].content['application/json'].example;
    });
    const found = await lintSource(doc, { only: [ID] });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      'Response `201` `application/json` has no `example` or `examples`, and its schema `Vehicle` has none: add a realistic `example` to `Vehicle`, which every body that uses it shows, or to each body.',
    );
    expect(found[0]!.covers?.map((c) => c.where)).toEqual(['GET /vehicles/{registrationNumber}']);
  });
});
