import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectVisible, openAstana, signIn, sharedStack } from './harness.ts';

// Names inside translated labels are wrapped in Unicode isolates (U+2068 … U+2069).
const named = (prefix: string, name: string) => new RegExp(`${prefix} — \u2068?${name}\u2069?`);
const GOV_LINE = named('Line', 'Government of the Syrian Arab Republic');
const OPP_LINE = named('Line', 'Syrian armed opposition');
const OPP_CAUCUS = named('Caucus', 'Syrian armed opposition');

async function openTalks(page: Page, email: string) {
  await signIn(page, email);
  await openAstana(page, 'Talks');
  await page.getByRole('navigation', { name: 'Channels' }).waitFor();
}

const channelLink = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Channels' }).getByRole('link', { name });

async function openChannel(page: Page, name: RegExp) {
  await channelLink(page, name).click();
  await page.getByRole('heading', { level: 3, name }).waitFor();
}

describe('talks', () => {
  const stack = sharedStack();

  it('keeps each party off the other’s line; a paraphrased relay reaches the government live, from the mediators', async () => {
    const opp = (await stack.newPage()).page;
    const gov = (await stack.newPage()).page;
    const med = (await stack.newPage()).page;
    await openTalks(opp, 'opposition.member@parley.test');
    await openTalks(gov, 'government@parley.test');

    // Neither side lists the other's line.
    await expectVisible(channelLink(opp, OPP_LINE));
    await expectVisible(channelLink(gov, GOV_LINE));
    expect(await channelLink(opp, GOV_LINE).count()).toBe(0);
    expect(await channelLink(gov, OPP_LINE).count()).toBe(0);
    expect(await channelLink(gov, OPP_CAUCUS).count()).toBe(0);

    // The opposition writes on its own line, allowing the content (not the wording's source) to be relayed.
    await openChannel(opp, OPP_LINE);
    const oppLineUrl = opp.url();
    const exact = 'We accept a ceasefire in Wadi Barada if the sieges are lifted.';
    await opp.getByRole('textbox', { name: /^Message/ }).fill(exact);
    await opp.getByRole('radio', { name: 'May be relayed', exact: true }).check();
    await opp.getByRole('button', { name: 'Send' }).click();
    const log = opp.getByRole('log', { name: 'Messages' });
    await expectVisible(log.getByText(exact));
    await expectVisible(log.getByText('May be relayed', { exact: true }));

    // The government, given the address of the opposition's line, finds nothing there.
    await gov.goto(new URL(oppLineUrl).pathname + new URL(oppLineUrl).search);
    await expectVisible(
      gov.getByRole('alert').getByText('This could not be found, or you do not have access to it.'),
    );
    expect(await gov.getByText(exact).count()).toBe(0);

    // The government watches its own line.
    await openChannel(gov, GOV_LINE);
    await expectVisible(gov.getByText('Live', { exact: true }));
    await expectVisible(gov.getByText('No messages yet.'));

    // The mediator sees the message awaiting relay, with the rules, and relays a paraphrase.
    await openTalks(med, 'mediator@parley.test');
    await med.getByRole('link', { name: 'Relay console' }).click();
    const awaiting = med.getByRole('region', { name: 'Awaiting relay' });
    await expectVisible(awaiting.getByText(/Wadi Barada/));
    await awaiting
      .getByRole('button', { name: /Relay no\. 1 from Line — \u2068?Syrian armed opposition/ })
      .click();
    const composer = med.getByRole('form', { name: 'Relay a message' });
    await expectVisible(composer.getByText('Exact words: allowed.'));
    await expectVisible(composer.getByText(/Naming the source: not allowed/));
    await expectVisible(composer.getByRole('button', { name: 'Use exact words' }));
    expect(await composer.getByLabel(/Name the source party/).count()).toBe(0);
    await expect(composer.getByLabel('To the line of').inputValue()).resolves.toBeTruthy();
    const paraphrase =
      'The other side is open to a local ceasefire, linked to humanitarian access.';
    await composer.getByLabel('What the other side will read').fill(paraphrase);
    await composer.getByRole('button', { name: 'Relay', exact: true }).click();
    await expectVisible(composer.getByText('Relayed.'));
    await expectVisible(awaiting.getByText('Nothing awaits relay.'));

    // Live, without reload: the government reads it as from the mediators, with nothing of the source.
    const govLog = gov.getByRole('log', { name: 'Messages' });
    await expectVisible(govLog.getByText(paraphrase));
    await expectVisible(govLog.getByText('From the mediators'));
    expect(await govLog.getByText(/Syrian armed opposition|Wadi Barada|Relay of/).count()).toBe(0);
  });

  it('a caucus poll closes when the head and the spokesperson have voted, with its result', async () => {
    const head = (await stack.newPage()).page;
    const spokesperson = (await stack.newPage()).page;
    await openTalks(head, 'opposition@parley.test');
    await openTalks(spokesperson, 'opposition.member@parley.test');
    await openChannel(head, OPP_CAUCUS);
    await openChannel(spokesperson, OPP_CAUCUS);

    const question = 'Do we attend the opening session?';
    await head.getByRole('button', { name: 'New poll' }).click();
    await head.getByLabel('Question').fill(question);
    await head.getByLabel('Option 1').fill('attend');
    await head.getByLabel('Option 2').fill('do not attend');
    await head.getByRole('button', { name: 'Create poll' }).click();

    // The spokesperson sees the new poll live and votes first.
    const theirs = spokesperson.getByRole('article', { name: question });
    await expectVisible(theirs.getByText('0 of 2 have voted'));
    await theirs.getByRole('radio', { name: 'attend', exact: true }).check();
    await theirs.getByRole('button', { name: 'Vote' }).click();
    await expectVisible(theirs.getByText(/You voted: \u2068?attend/));

    const mine = head.getByRole('article', { name: question });
    await expectVisible(mine.getByText('1 of 2 have voted'));
    await mine.getByRole('radio', { name: 'attend', exact: true }).check();
    await mine.getByRole('button', { name: 'Vote' }).click();

    for (const card of [mine, theirs]) {
      await expectVisible(card.getByText('Closed', { exact: true }));
      await expectVisible(card.getByText(/Result: \u2068?attend/));
      await expectVisible(
        card.getByRole('list', { name: 'Votes per option' }).getByText(/2 votes/),
      );
    }
  });

  it('sends a file with a message; the caucus downloads exactly those bytes', async () => {
    const head = (await stack.newPage()).page;
    const member = (await stack.newPage()).page;
    await openTalks(head, 'opposition@parley.test');
    await openTalks(member, 'opposition.member@parley.test');
    await openChannel(head, OPP_CAUCUS);
    await openChannel(member, OPP_CAUCUS);
    const note = 'خطوط التماس — lines of contact, 23 January';
    await head
      .getByLabel('Attach files')
      .setInputFiles({ name: 'lines.txt', mimeType: 'text/plain', buffer: Buffer.from(note) });
    await expectVisible(head.getByRole('button', { name: 'Remove lines.txt' }));
    await head
      .getByRole('textbox', { name: /^Message/ })
      .fill('The lines of contact, as we see them.');
    await head.getByRole('button', { name: 'Send' }).click();
    const link = member
      .getByRole('log', { name: 'Messages' })
      .getByRole('link', { name: /lines\.txt/ });
    await expectVisible(link);
    const href = await link.getAttribute('href');
    const file = await member.request.get(href!);
    expect(file.status()).toBe(200);
    expect((await file.body()).toString('utf8')).toBe(note);
  });

  it('starts every message at “Mediators only”; a narrowed message leaves the relay console live', async () => {
    const opp = (await stack.newPage()).page;
    const med = (await stack.newPage()).page;
    await openTalks(opp, 'opposition.member@parley.test');
    await openChannel(opp, OPP_LINE);
    const channelId = new URL(opp.url()).searchParams.get('channel')!;
    const box = opp.getByRole('textbox', { name: /^Message/ });
    const log = opp.getByRole('log', { name: 'Messages' });
    const send = async (text: string) => {
      await box.fill(text);
      await opp.getByRole('button', { name: /^Send/ }).click();
      await expectVisible(log.getByText(text));
    };

    // Being named to the other side is confirmed in words, and shown on the send button.
    await box.fill('Attributed: we will hand over the lists of detainees.');
    // The choice waits for the confirmation: the radio stays where it was until then.
    await opp.getByRole('radio', { name: 'May be relayed, attributed' }).click();
    const confirm = opp.getByRole('dialog', { name: 'Let the mediators name your delegation?' });
    await expectVisible(
      confirm.getByText('The mediators may tell the other side this comes from you.', {
        exact: false,
      }),
    );
    await confirm.getByRole('button', { name: 'Allow attribution' }).click();
    await opp.getByRole('button', { name: 'Send — May be relayed, attributed' }).click();
    await expectVisible(log.getByText('Attributed: we will hand over the lists of detainees.'));

    // The next message starts at "Mediators only" again: nothing carries over.
    expect(await opp.getByRole('radio', { name: 'Mediators only' }).isChecked()).toBe(true);
    await expectVisible(opp.getByRole('button', { name: 'Send', exact: true }));
    await send('Plain: for the mediators alone, our red lines.');
    await opp.getByRole('radio', { name: 'May be relayed', exact: true }).check();
    await send('Relayable: we could accept monitors in Wadi Barada.');
    await opp.reload();
    await opp.getByRole('log', { name: 'Messages' }).waitFor();
    expect(await opp.getByRole('radio', { name: 'Mediators only' }).isChecked()).toBe(true);

    const stored = (await (await opp.request.get(`/api/channels/${channelId}/messages`)).json())
      .messages as { body: string; relayPermission: string }[];
    const permissionOf = (prefix: string) =>
      stored.find((m) => m.body.startsWith(prefix))?.relayPermission;
    expect([permissionOf('Attributed'), permissionOf('Plain'), permissionOf('Relayable')]).toEqual([
      'may_relay_attributed',
      'mediator_only',
      'may_relay',
    ]);

    // The mediator sees what awaits relay; the opposition narrows one, and it leaves the console.
    await openTalks(med, 'mediator@parley.test');
    await med.getByRole('link', { name: 'Relay console' }).click();
    const awaiting = med.getByRole('region', { name: 'Awaiting relay' });
    await expectVisible(awaiting.getByText(/Relayable: we could accept monitors/));
    await expectVisible(awaiting.getByText(/Attributed: we will hand over/));
    expect(await awaiting.getByText(/Plain: for the mediators alone/).count()).toBe(0);

    const relayable = opp
      .getByRole('log', { name: 'Messages' })
      .getByRole('article')
      .filter({ hasText: 'Relayable: we could accept monitors' });
    await relayable.getByRole('button', { name: /^Narrow what the mediators may pass on/ }).click();
    await opp.getByRole('menuitem', { name: 'Change to “Mediators only”' }).click();
    await expectVisible(relayable.getByText('Mediators only', { exact: true }));
    await awaiting.getByText(/Relayable: we could accept monitors/).waitFor({ state: 'detached' });
    await expectVisible(awaiting.getByText(/Attributed: we will hand over/));
  });
});
