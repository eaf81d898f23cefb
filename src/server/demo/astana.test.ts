import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../core/record/chain.ts';
import type { RoundView } from '../../core/convening/schemas.ts';
import type { TextView } from '../../core/texts/schemas.ts';
import { recordRepo, sha256 } from '../../db/index.ts';
import { testApp, type TestApp } from '../testing/harness.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { loadDemoIfEmpty } from './astana.ts';

let t: TestApp;
let roundId: string;
beforeAll(async () => {
  t = await testApp();
  expect(await loadDemoIfEmpty(t.ctx)).toBe(true);
  const mediator = t.client();
  await mediator.signIn('mediator@parley.test', DEMO_PASSWORD);
  roundId = (await mediator.get('/api/processes')).json().processes[0].rounds[0].id;
}, 120_000);
afterAll(() => t.close());

const viewAs = async (email: string) => {
  const c = t.client();
  await c.signIn(email, DEMO_PASSWORD);
  return (await c.get(`/api/rounds/${roundId}`)).json() as RoundView;
};

describe('the Astana demo', () => {
  it('loads once, into an empty database only', async () => {
    expect(await loadDemoIfEmpty(t.ctx)).toBe(false);
  });

  it('lets every demo account sign in', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const res = await t
        .client()
        .post('/api/auth/sign-in', { email: a.email, password: DEMO_PASSWORD });
      expect(res.statusCode, a.email).toBe(200);
    }
  });

  it('is a real, intact record', async () => {
    const { events, head } = await recordRepo.readChain(t.ctx.database.db);
    expect(verifyChain(sha256, events, head)).toMatchObject({ ok: true });
    expect(events.length).toBeGreaterThan(60);
  });

  it('seats the round of the scenario', async () => {
    const view = await viewAs('opposition@parley.test');
    expect(view).toMatchObject({
      title: 'Astana I',
      venue: 'Astana, Kazakhstan',
      timeZone: 'Asia/Almaty',
      processTitle: 'Syria — Astana talks',
    });
    const byCapacity = (c: string) =>
      view.participants
        .filter((p) => p.capacity === c)
        .map((p) => p.actor.name)
        .sort();
    expect(byCapacity('sponsor')).toEqual([
      'Islamic Republic of Iran',
      'Republic of Turkey',
      'Russian Federation',
    ]);
    expect(byCapacity('party')).toEqual([
      'Government of the Syrian Arab Republic',
      'Syrian armed opposition',
    ]);
    expect(byCapacity('host')).toEqual(['Republic of Kazakhstan']);
    expect(byCapacity('mediator')).toEqual(['United Nations (Special Envoy for Syria)']);
    expect(byCapacity('observer')).toEqual(['United States of America']);
    const opposition = view.participants.find((p) => p.actor.name === 'Syrian armed opposition')!;
    expect(opposition.actor.members).toHaveLength(14);
    expect(opposition.delegation!.map((m) => m.role)).toEqual(['head', 'spokesperson']);
    expect(
      view.participants.find((p) => p.actor.name === 'United States of America')!
        .representationLevel,
    ).toBe('ambassador');
    const declined = view.invitations.find((i) => i.actor.name === 'Other armed groups')!;
    expect(declined).toMatchObject({
      status: 'declined',
      reasonPublic: true,
      reason: expect.any(String),
    });
  });

  it('has the sessions and the recorded change to proximity talks', async () => {
    const view = await viewAs('observer@parley.test');
    expect(view.sessions.map((s) => [s.title, s.format])).toEqual([
      ['Preparatory consultations', 'consultation'],
      ['Opening session (round table)', 'plenary'],
      ['Talks on the ceasefire', 'proximity'],
      ['Closing session', 'plenary'],
    ]);
    expect(view.sessions[2]!.formatChanges).toEqual([
      expect.objectContaining({ from: 'bilateral', to: 'proximity' }),
    ]);
    expect(view.sessions[1]!.attendance).toHaveLength(8);
  });

  it('has the agenda matrix with its states', async () => {
    const view = await viewAs('government@parley.test');
    expect(view.agenda.map((i) => [i.title, i.track, i.state])).toEqual([
      ['Consolidating the ceasefire', 'ceasefire', 'adopted'],
      ['Easing sieges', 'humanitarian', 'open'],
      ['Release of detainees', 'humanitarian', 'open'],
      ['Delivery of humanitarian aid', 'humanitarian', 'open'],
      ['Political transition', 'political', 'contested'],
    ]);
  });

  it('has the joint statement, negotiated, adopted by the three sponsors', async () => {
    const observer = t.client();
    await observer.signIn('observer@parley.test', DEMO_PASSWORD);
    const list = (await observer.get(`/api/rounds/${roundId}/texts`)).json();
    expect(list.texts).toHaveLength(1);
    const summary = list.texts[0];
    expect(summary).toMatchObject({ kind: 'joint_statement', currentRevision: 2, adopted: true });
    const doc = (await observer.get(`/api/texts/${summary.id}`)).json() as TextView;
    expect(doc.revisions.map((r) => r.label)).toEqual(['sponsors’ draft', 'revised draft']);
    expect(doc.brackets).toBe(0);
    expect(doc.state).toBe('agreed');
    const mechanism = doc.revision.provisions.find((p) => p.text.includes('trilateral'))!;
    expect(mechanism.text).toContain('ensure that it is fully complied with');
    expect(mechanism.text).toContain('violations of the ceasefire');
    expect(doc.revision.provisions.map((p) => p.text).join(' ')).toContain('30 December 2016');
    const rev1 = (await observer.get(`/api/texts/${summary.id}?revision=1`)).json();
    expect(rev1.brackets).toBe(1);
    const canonical = await observer.get(`/api/texts/${summary.id}/revisions/2/canonical`);
    expect(doc.adoption).toMatchObject({ revision: 2, hash: sha256(canonical.body) });
    expect(doc.adoption!.signatures).toHaveLength(3);
    const sponsors = doc.participants.filter((p) => p.capacity === 'sponsor').map((p) => p.id);
    expect([...doc.adoption!.signatories].sort()).toEqual([...sponsors].sort());
    // The proposal is the opposition's, taken into Rev.2; observers do not see proposals.
    expect((await observer.get(`/api/texts/${summary.id}/proposals`)).json().proposals).toEqual([]);
    const government = t.client();
    await government.signIn('government@parley.test', DEMO_PASSWORD);
    const proposals = (await government.get(`/api/texts/${summary.id}/proposals`)).json().proposals;
    const opposition = doc.participants.find((p) => p.name === 'Syrian armed opposition')!.id;
    expect(proposals).toEqual([
      expect.objectContaining({ proposerId: opposition, status: 'taken_in', takenInRevision: 2 }),
    ]);
  });

  it('has the statement in Russian, authentic, and an Arabic working translation to update', async () => {
    const observer = t.client();
    await observer.signIn('observer@parley.test', DEMO_PASSWORD);
    const [summary] = (await observer.get(`/api/rounds/${roundId}/texts`)).json().texts;
    const view = (await observer.get(`/api/texts/${summary.id}/languages`)).json();
    expect(
      view.versions.map((v: { language: string; status: string; needsUpdate: number }) => [
        v.language,
        v.status,
        v.needsUpdate,
      ]),
    ).toEqual([
      ['en', 'authentic', 0],
      ['ru', 'authentic', 0],
      ['ar', 'working_translation', 1],
    ]);
    // Rev.2 changed the mechanism's paragraph: the Russian caught up, the Arabic did not.
    const arabic = view.versions[2].provisions.find((p: { needsUpdate: boolean }) => p.needsUpdate);
    expect(arabic).toMatchObject({ number: '1', changedIn: 'en' });
    expect(view.versions[1].provisions[2].text).toContain('нарушения режима прекращения огня');
  });

  it('shows the observer no delegation but its own, and the operator none', async () => {
    const observer = await viewAs('observer@parley.test');
    expect(observer.participants.filter((p) => p.delegation).map((p) => p.actor.name)).toEqual([
      'United States of America',
    ]);
    const operator = await viewAs('operator@parley.test');
    expect(operator.participants.filter((p) => p.delegation)).toEqual([]);
  });
});
