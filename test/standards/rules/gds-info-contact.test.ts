import { describe, expect, it } from 'vitest';
import { findings, messages } from '../fixtures/findings.ts';
import { baseline, withDefect } from '../fixtures/mutate.ts';

const ID = 'gds-info-contact';

describe(ID, () => {
  it.each(['3.0', '3.1', '2.0'] as const)('passes the %s baseline', async (version) => {
    expect(await findings(ID, baseline(version))).toEqual([]);
  });

  it.each(['3.0', '2.0'] as const)('fails a missing contact (%s), at info', async (version) => {
    const doc = withDefect(baseline(version), (d) => delete d.info.contact);
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/info']]);
  });

  it('fails a contact with neither email nor url', async () => {
    const doc = withDefect(baseline('3.1'), (d) => (d.info.contact = { name: 'Vehicle Records API team' }));
    expect(await findings(ID, doc)).toEqual([[ID, 'error', '/info/contact']]);
  });

  it('passes a contact with only an email, or only a url', async () => {
    const emailOnly = withDefect(baseline('3.0'), (d) => delete d.info.contact.url);
    const urlOnly = withDefect(baseline('3.0'), (d) => delete d.info.contact.email);
    expect(await findings(ID, emailOnly)).toEqual([]);
    expect(await findings(ID, urlOnly)).toEqual([]);
  });

  it('fails an email or url that is not one', async () => {
    const doc = withDefect(baseline('3.0'), (d) => {
      d.info.contact.email = 'TBC';
      d.info.contact.url = 'support page';
    });
    expect(await findings(ID, doc)).toEqual([
      [ID, 'error', '/info/contact/email'],
      [ID, 'error', '/info/contact/url'],
    ]);
  });

  it('only warns when the contact has no name', async () => {
    const doc = withDefect(baseline('2.0'), (d) => delete d.info.contact.name);
    expect(await findings(ID, doc)).toEqual([[ID, 'warn', '/info/contact']]);
  });

  it('says what the contact lacks', async () => {
    const doc = withDefect(baseline('3.0'), (d) => (d.info.contact = { name: 'Vehicle Records API team' }));
    expect(await messages('gds-info-contact', doc)).toEqual(['`info.contact` has neither an `email` nor a `url`: give at least one way to reach the team that runs the API.']);
  });
});
