import type { Ports } from '../../core/ports.ts';
import type { Action } from '../../core/policy/index.ts';
import type { Database } from '../../db/index.ts';

export interface AppConfig {
  /** Folder with the built web client; omitted in API-only tests. */
  webRoot?: string | undefined;
  signInRateLimit: { max: number; timeWindowMs: number };
  /** Cap on JSON bodies, in bytes. */
  bodyLimit: number;
  memberInviteTtlMs: number;
  /** Honour X-Forwarded-* from a TLS-terminating proxy in front of Parley. */
  trustProxy: boolean;
}

export const defaultConfig: AppConfig = {
  signInRateLimit: { max: 10, timeWindowMs: 60_000 },
  bodyLimit: 64 * 1024,
  memberInviteTtlMs: 7 * 24 * 3600_000,
  trustProxy: process.env.PARLEY_TRUST_PROXY === '1',
};

export interface Decision {
  action: Action;
  allowed: boolean;
  route: string;
}

export interface AppContext {
  database: Database;
  ports: Ports;
  config: AppConfig;
  /** Observes every authorization decision (used by the route-coverage test and audit logs). */
  onDecision?: (decision: Decision) => void;
  /** Observes failures inside live delivery (logged by the server). */
  onLiveError?: (err: unknown) => void;
}
