import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aRound } from '../testing/factories.ts';
import { testApp, type Client, type TestApp } from '../testing/harness.ts';

// Every malformed request gets a 4xx with a stable code and leaves the database as it was.

let t: TestApp;
let convener: Client;
let roundId: string;
let snapshot: () => Promise<string>;

beforeAll(async () => {
  t = await testApp({ bodyLimit: 4096 });
  const w = await aRound(t, { gov: { capacity: 'party' } });
  roundId = w.roundId;
  convener = t.client();
  await convener.signIn(w.convener.email);
  snapshot = async () =>
    JSON.stringify({
      round: (await convener.get(`/api/rounds/${roundId}`)).json(),
      record: await t.recordLength(),
    });
});
afterAll(() => t.close());

const raw = (payload: string, contentType = 'application/json') =>
  t.app.inject({
    method: 'POST',
    url: `/api/rounds/${roundId}/agenda`,
    headers: {
      cookie: `parley_sign_in=${convener.cookie}`,
      'x-csrf-token': convener.csrf!,
      'content-type': contentType,
    },
    payload,
  });

describe('bad input', () => {
  it.each([
    ['malformed JSON', () => raw('{"title": "Ceasefire", '), 400, 'malformed_json'],
    ['an empty JSON body', () => raw(''), 400, 'malformed_json'],
    [
      'a body that is not JSON',
      () => raw('title=Ceasefire', 'application/x-www-form-urlencoded'),
      400,
      'validation_failed',
    ],
    [
      'a wrong type',
      () => convener.post(`/api/rounds/${roundId}/agenda`, { title: 42, track: 'ceasefire' }),
      400,
      'validation_failed',
    ],
    [
      'an unknown enum value',
      () => convener.post(`/api/rounds/${roundId}/agenda`, { title: 'x', track: 'military' }),
      400,
      'validation_failed',
    ],
    [
      'an unknown field',
      () =>
        convener.post(`/api/rounds/${roundId}/agenda`, {
          title: 'x',
          track: 'ceasefire',
          proposedBy: 'someone',
        }),
      400,
      'validation_failed',
    ],
    [
      'a missing field',
      () => convener.post(`/api/rounds/${roundId}/agenda`, { track: 'ceasefire' }),
      400,
      'validation_failed',
    ],
    [
      'a blank title',
      () => convener.post(`/api/rounds/${roundId}/agenda`, { title: '   ', track: 'ceasefire' }),
      400,
      'validation_failed',
    ],
    [
      'an oversized body',
      () =>
        convener.post(`/api/rounds/${roundId}/agenda`, {
          title: 'x'.repeat(5000),
          track: 'ceasefire',
        }),
      413,
      'payload_too_large',
    ],
    [
      'a session ending before it starts',
      () =>
        convener.post(`/api/rounds/${roundId}/sessions`, {
          title: 'x',
          format: 'plenary',
          startsAt: '2017-01-23T10:00:00Z',
          endsAt: '2017-01-23T09:00:00Z',
        }),
      400,
      'validation_failed',
    ],
    [
      'an unknown time zone',
      () => convener.post(`/api/processes/nope/rounds`, {}),
      404,
      'not_found',
    ],
    ['an unknown round', () => convener.get('/api/rounds/does-not-exist'), 404, 'not_found'],
    [
      'an id with forbidden characters',
      () => convener.get('/api/rounds/..%2F..%2Fetc'),
      404,
      'not_found',
    ],
    ['an unknown API route', () => convener.get('/api/nothing-here'), 404, 'not_found'],
  ] as const)('%s → %s %s, nothing changed', async (_label, send, status, code) => {
    const before = await snapshot();
    const res = await send();
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toEqual(expect.any(String));
    expect(res.body).not.toMatch(/at .*\.ts:\d+|stack/i);
    expect(await snapshot()).toBe(before);
  });

  it('names the offending field in the details', async () => {
    const res = await convener.post(`/api/rounds/${roundId}/agenda`, {
      title: 'x',
      track: 'military',
    });
    expect(res.json().error.details.issues[0].path).toContain('track');
  });
});
