import type { ServerFrame } from '../../core/schemas/live.ts';
import type { TestApp, Client } from './harness.ts';

/** An in-process WebSocket client on /api/live that records every frame it receives. */
export async function liveClient(t: TestApp, client: Client) {
  const socket = await t.app.injectWS('/api/live', {
    headers: { cookie: `parley_sign_in=${client.cookie}` },
  });
  const frames: ServerFrame[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data: Buffer, isBinary: boolean) => {
    // A browser hands a binary frame over as a Blob, which the web client cannot parse: not a message.
    frames.push(
      isBinary
        ? { type: 'error', code: 'internal', message: `binary frame: ${data.toString()}` }
        : (JSON.parse(data.toString()) as ServerFrame),
    );
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<{ code: number }>((resolve) =>
    socket.on('close', (code: number) => resolve({ code })),
  );
  return {
    frames,
    closed,
    send: (frame: unknown) =>
      socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    close: () => socket.terminate(),
    /** Resolves when `predicate` holds over the frames received so far (or fails after `ms`). */
    async until(predicate: (frames: ServerFrame[]) => boolean, ms = 5_000) {
      const deadline = Date.now() + ms;
      while (!predicate(frames)) {
        if (Date.now() > deadline) throw new Error(`timed out; frames: ${JSON.stringify(frames)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return frames;
    },
  };
}

export const messagesIn = (frames: ServerFrame[], channelId: string) =>
  frames.flatMap((f) => (f.type === 'message' && f.channelId === channelId ? [f.message] : []));
