import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import { verifyArchive } from '../../core/archives/index.ts';
import { sha256 } from '../../db/index.ts';
import type { Client, TestApp } from '../testing/harness.ts';
import { liveClient, messagesIn } from '../testing/live-client.ts';
import { USERS, type ChannelKey, type Party, type TalksModel, type User } from './talks-model.ts';

// What the confidentiality model test checks after its steps: every principal's reads through the
// API, and over WebSocket, against what the reference model entitles it to.

/** The app under test, and the accounts the model's users sign in with. */
export interface Probe {
  t: TestApp;
  users: ReadonlyMap<User, { id: string; email: string; client: Client }>;
}

export interface World {
  roundId: string;
  participantOf: Map<Party, string>;
  talksSessionId: string;
  channelIds: Map<ChannelKey, string>;
  model: TalksModel;
}

const idsOf = (p: Probe, w: World) => ({
  party: (p: Party) => w.participantOf.get(p)!,
  user: (u: User) => p.users.get(u)!.id,
  channel: (c: ChannelKey) => w.channelIds.get(c)!,
});
const withoutTime = <T extends { createdAt?: unknown }>(m: T) => {
  const { createdAt: _t, ...rest } = m;
  return rest;
};

/**
 * What every principal can read through the API equals the model's entitlement: the channel list of
 * each, and each one's read of the given channels (all of them when none are given).
 */
export type Touched = readonly ChannelKey[] | { seatChangeOf: User } | 'everything';

export async function checkHttp(p: Probe, w: World, only: Touched = 'everything') {
  for (const u of USERS) {
    const client = p.users.get(u)!.client;
    const entitled = w.model.readable(u);
    // A post or relay changes no channel list: every principal's read of that channel is checked.
    if (Array.isArray(only)) {
      await checkReads(p, w, u, only);
      continue;
    }
    const listed = await client.get(`/api/rounds/${w.roundId}/channels`);
    if (w.model.seat(u) === null) {
      // The operator sees that the round exists, a stranger to it does not.
      expect(listed.statusCode, `${u} lists channels`).toBe(u === 'operator' ? 403 : 404);
    } else {
      const channels = listed.json().channels as {
        id: string;
        canPost: boolean;
        closure: object | null;
        lastMessage: { seq: number; type: string; from: unknown } | null;
      }[];
      const byId = new Map(entitled.map((c) => [w.channelIds.get(c)!, c]));
      expect(channels.map((c) => c.id).sort(), `${u}'s channels`).toEqual([...byId.keys()].sort());
      for (const c of channels) {
        const key = byId.get(c.id)!;
        expect([c.canPost, c.closure === null], `${u} on ${key}`).toEqual([
          w.model.canSpeak(u, key) && w.model.isOpen(key),
          w.model.isOpen(key),
        ]);
        // The list's latest message names its sender exactly as the channel's read does.
        const latest = w.model.messages.get(key)!.at(-1);
        const seen = latest && w.model.view(u, latest, idsOf(p, w));
        expect(
          c.lastMessage && { seq: c.lastMessage.seq, from: c.lastMessage.from },
          `${u}'s latest on ${key}`,
        ).toEqual(seen ? { seq: seen.seq, from: seen.from } : null);
      }
    }
    // A seat change: every principal's channel list, and every read of the one whose seat changed.
    if (only === 'everything' || ('seatChangeOf' in only && only.seatChangeOf === u)) {
      await checkReads(p, w, u, w.model.channels());
    }
  }
}

async function checkReads(p: Probe, w: World, u: User, channels: readonly ChannelKey[]) {
  const client = p.users.get(u)!.client;
  for (const c of channels) {
    const res = await client.get(`/api/channels/${w.channelIds.get(c)}/messages`);
    if (!w.model.canRead(u, c)) {
      // Out of reach is not there (invariant 6).
      expect([res.statusCode, res.json().error.code], `${u} reads ${c}`).toEqual([
        404,
        'not_found',
      ]);
      continue;
    }
    const expected = w.model.messages.get(c)!.map((m) => w.model.view(u, m, idsOf(p, w)));
    expect(res.json().messages.map(withoutTime), `${u} reads ${c}`).toEqual(expected);
  }
}

/** Over WebSocket, subscribing from `after` gives exactly the entitled messages after it, and nothing else. */
export async function checkLive(p: Probe, w: World, u: User, after: number) {
  if (w.model.seat(u) === null) return;
  const socket = await liveClient(p.t, p.users.get(u)!.client);
  try {
    const channels = w.model.channels();
    for (const c of channels)
      socket.send({ type: 'subscribe', channelId: w.channelIds.get(c)!, afterSeq: after });
    const want = (c: ChannelKey) => w.model.messages.get(c)!.filter((m) => m.seq > after);
    await socket.until((frames) =>
      channels.every((c) => {
        const id = w.channelIds.get(c)!;
        if (!w.model.canRead(u, c))
          return frames.some((f) => f.type === 'error' && f.channelId === id);
        return (
          messagesIn(frames, id).length >= want(c).length &&
          frames.some((f) => f.type === 'subscribed' && f.channelId === id)
        );
      }),
    );
    for (const c of channels) {
      const got = messagesIn(socket.frames, w.channelIds.get(c)!).map(withoutTime);
      expect(got, `${u} live on ${c} after ${after}`).toEqual(
        w.model.canRead(u, c) ? want(c).map((m) => w.model.view(u, m, idsOf(p, w))) : [],
      );
    }
  } finally {
    socket.close();
  }
}

const hashBytes = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());
const ARCHIVE_OPEN = new Date('2017-01-25T12:00:00Z');

/**
 * Each head's archive of the round (opened by moving the clock past the round's end) holds exactly
 * the channels and messages the model entitles its delegation to, and verifies; nobody else gets one.
 */
export async function checkArchives(p: Probe, w: World) {
  const before = p.t.ports.clock.now();
  p.t.ports.clock.set(ARCHIVE_OPEN);
  try {
    for (const u of USERS) {
      const res = await p.users.get(u)!.client.get(`/api/rounds/${w.roundId}/archive`);
      const seated = w.model.seat(u) !== null;
      if (!u.endsWith('Head') || !seated) {
        const refused = seated || u === 'operator' ? 403 : 404;
        expect(res.statusCode, `${u}'s archive`).toBe(refused);
        continue;
      }
      expect(res.statusCode, `${u}'s archive`).toBe(200);
      const files = new Map(Object.entries(unzipSync(new Uint8Array(res.rawPayload))));
      expect(verifyArchive(files, { sha256, hashBytes }).problems, `${u}'s archive`).toEqual([]);
      const inArchive = [...files.keys()].filter((f) => f.startsWith('channels/')).sort();
      const entitled = w.model.readable(u);
      expect(inArchive, `${u}'s archived channels`).toEqual(
        entitled.map((c) => `channels/${w.channelIds.get(c)!}.json`).sort(),
      );
      for (const c of entitled) {
        const file = files.get(`channels/${w.channelIds.get(c)!}.json`)!;
        const { messages } = JSON.parse(Buffer.from(file).toString('utf8')) as {
          messages: { createdAt?: unknown }[];
        };
        const expected = w.model.messages.get(c)!.map((m) => w.model.view(u, m, idsOf(p, w)));
        expect(messages.map(withoutTime), `${u}'s archive of ${c}`).toEqual(expected);
      }
    }
  } finally {
    p.t.ports.clock.set(before);
  }
}
