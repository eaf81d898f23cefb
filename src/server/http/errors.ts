import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode } from '../../core/errors.ts';

/** The one place where domain error codes meet HTTP. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  session_started: 409,
  already_exists: 409,
  rate_limited: 429,
  internal: 500,
  account_disabled: 403,
  channel_closed: 409,
  stale_revision: 409,
  proposal_conflict: 409,
  proposal_closed: 409,
  nested_bracket: 422,
  empty_bracket: 422,
  empty_wording: 422,
  invalid_span: 422,
  invalid_structure: 422,
  wrong_text: 422,
  text_not_agreed: 409,
  not_signatory: 403,
  hash_mismatch: 409,
  backup_damaged: 422,
  backup_newer_schema: 422,
  backup_older_schema: 422,
  backup_target_not_empty: 409,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof DomainError) {
    return {
      status: HTTP_STATUS[err.code],
      body: {
        error: {
          code: err.code,
          message: err.message,
          ...(err.details ? { details: err.details } : {}),
        },
      },
    };
  }
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const issues = fe.validation.map((v) => ({
      path: v.instancePath || '/',
      message: v.message ?? 'invalid',
    }));
    return toErrorBody(
      new DomainError(
        'validation_failed',
        `Invalid ${fe.validationContext ?? 'input'}: ${issues[0]?.path} ${issues[0]?.message}`,
        {
          issues,
        },
      ),
    );
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return toErrorBody(new DomainError('malformed_json', 'The request body is not valid JSON.'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return toErrorBody(new DomainError('payload_too_large', 'The request body is too large.'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return toErrorBody(
        new DomainError('validation_failed', 'Send request bodies as application/json.'),
      );
  }
  if (fe.statusCode === 429)
    return toErrorBody(
      new DomainError('rate_limited', 'Too many attempts; wait a minute and try again.'),
    );
  if (fe instanceof SyntaxError)
    return toErrorBody(new DomainError('malformed_json', 'The request body is not valid JSON.'));
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'Something went wrong on the server.' } },
  };
}

export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorBody(err);
  if (status >= 500) req.log.error({ err }, 'request failed');
  return reply.status(status).send(body);
}
