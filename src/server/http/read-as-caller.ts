import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../core/errors.ts';
import type { App } from '../http/route-types.ts';

/**
 * Reads the public API in process as the caller, cookie and all. What is built from these reads (an
 * archive, a summary of what needs the caller) holds no more than the caller could have read one
 * page at a time: the guard, the scope finders and every presenter decide as they do for screens.
 */
export function readerFor(app: App, req: FastifyRequest) {
  const cookie = req.headers.cookie ?? '';
  const raw = async (url: string): Promise<{ status: number; body: Buffer }> => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    return { status: res.statusCode, body: res.rawPayload };
  };
  return {
    raw,
    /** The answer as JSON; undefined where the caller may not read (the API's 404 or 403). */
    async json<T>(url: string): Promise<T | undefined> {
      const res = await raw(url);
      if (res.status === 404 || res.status === 403) return undefined;
      if (res.status !== 200)
        throw new DomainError(
          'internal',
          `Reading ${url.split('?')[0]} on the caller's behalf failed (${res.status}).`,
        );
      return JSON.parse(res.body.toString('utf8')) as T;
    },
  };
}

export type Reader = ReturnType<typeof readerFor>;
