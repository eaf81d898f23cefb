import type { FastifyError, FastifyLoggerOptions, FastifyRequest } from 'fastify';
import { UNMATCHED } from './metrics.ts';

/** How much to log and where to; the default destination is standard output. */
export interface LogSettings {
  level: string;
  stream?: { write(line: string): void };
}

/**
 * The one logger configuration of the app. A log line outlives the talks and travels further
 * than the database (to log shippers, support tickets), so it carries no confidential content:
 * a request is logged by its route pattern (a URL holds ids, setup and invitation tokens, file
 * names in its query), never with headers (cookies, CSRF tokens), and an error without the values
 * a failed query was sent. Fastify never logs bodies; nothing here adds them.
 */
export function loggerOptions(settings: LogSettings): FastifyLoggerOptions {
  return {
    level: settings.level,
    ...(settings.stream ? { stream: settings.stream } : {}),
    serializers: { req: requestForLog, err: errorForLog },
  };
}

function requestForLog(req: FastifyRequest) {
  return {
    method: req.method,
    route: req.routeOptions.url ?? UNMATCHED,
    remoteAddress: req.ip,
  };
}

/** A failed query's message lists the values it was sent: a message body, a name, a hash. */
const QUERY_PARAMS = /\nparams: [\s\S]*$/;

/** The fields of a database error that say what failed without what was in it (no `detail`). */
const CAUSE_FIELDS = ['code', 'constraint', 'table', 'column', 'severity'] as const;

function errorForLog(err: FastifyError) {
  if (!(err instanceof Error)) return { type: typeof err, message: '', stack: '' };
  const message = err.message.replace(QUERY_PARAMS, '');
  const stack = (err.stack ?? '').replace(err.message, message);
  return {
    type: err.name,
    message,
    stack,
    ...(err.code ? { code: err.code } : {}),
    ...(err.statusCode ? { statusCode: err.statusCode } : {}),
    ...(err.cause ? { cause: causeForLog(err.cause) } : {}),
  };
}

function causeForLog(cause: unknown): Record<string, unknown> {
  if (!(cause instanceof Error)) return { type: typeof cause };
  const fields = cause as unknown as Record<string, unknown>;
  const known = CAUSE_FIELDS.flatMap((f) =>
    typeof fields[f] === 'string' ? [[f, fields[f]] as const] : [],
  );
  return {
    type: cause.name,
    message: cause.message.replace(QUERY_PARAMS, ''),
    ...Object.fromEntries(known),
  };
}
