import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { sha256 } from '../../db/index.ts';

export const SIGN_IN_COOKIE = 'parley_sign_in';

export const newToken = () => randomBytes(32).toString('base64url');
export const tokenHash = (token: string) => sha256(`parley-token:${token}`);

// OWASP's Argon2id baseline (19 MiB, 2 passes); algorithm 2 is Argon2id.
const ARGON = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON);

let dummyHash: Promise<string> | undefined;
/** Verifies against a throwaway hash when the account is unknown, so timing does not reveal which emails exist. */
export async function verifyPassword(
  storedHash: string | undefined,
  password: string,
): Promise<boolean> {
  dummyHash ??= hashPassword(newToken());
  const target = storedHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && storedHash !== undefined;
}
