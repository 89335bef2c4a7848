// Every error leaves the API as JSON {error, message, details?}: clients and the UI show `message` as is.
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { ReviewError } from '../review/review-error.js';
import { ReadPoolBusyError, ReadTimeoutError } from '../store/read-pool.js';

/** PostgreSQL's code for a statement cancelled by statement_timeout. */
const PG_QUERY_CANCELED = '57014';

/** A read stopped at its time limit, or refused for a full queue: the client may retry (503). */
function readLimitMessage(err: unknown): string | null {
  if (err instanceof ReadTimeoutError || err instanceof ReadPoolBusyError) return err.message;
  if ((err as { code?: unknown })?.code === PG_QUERY_CANCELED)
    return 'the query took too long and was stopped; narrow the filter (dates, type, region) and try again';
  return null;
}

const REVIEW_STATUS = { not_found: 404, conflict: 409, invalid: 400, forbidden: 403 } as const;

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, `${what} not found`);

/** Human-readable summary of zod issues: "limit: Too big: expected number to be <=10000". */
export function describeZodError(err: ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError | ZodError | ReviewError, req, reply) => {
    if (err instanceof ZodError) {
      return reply.code(400).send({ error: 'bad_request', message: describeZodError(err), details: err.issues });
    }
    if (err instanceof ReviewError) {
      return reply
        .code(REVIEW_STATUS[err.code])
        .send({ error: codeFor(REVIEW_STATUS[err.code]), message: err.message });
    }
    const limited = readLimitMessage(err);
    if (limited) {
      reply.header('retry-after', '5');
      return reply.code(503).send({ error: err instanceof ReadPoolBusyError ? 'busy' : 'timeout', message: limited });
    }
    const validation = (err as FastifyError).validation;
    const status = err instanceof HttpError ? err.statusCode : ((err as FastifyError).statusCode ?? 500);
    if (status >= 500) req.log.error({ err }, 'request failed');
    const message =
      status >= 500 && !(err instanceof HttpError)
        ? 'internal error'
        : status === 415
          ? `unsupported content type '${String(req.headers['content-type'] ?? '')}': send JSON (application/json)`
          : err.message;
    return reply.code(status).send({
      error: codeFor(status),
      message,
      ...(err instanceof HttpError && err.details !== undefined ? { details: err.details } : {}),
      ...(validation ? { details: validation } : {}),
    });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ error: 'not_found', message: `no route for ${req.method} ${req.url.split('?')[0]}` });
  });
}

function codeFor(status: number): string {
  return (
    (
      {
        400: 'bad_request',
        401: 'unauthorized',
        403: 'forbidden',
        404: 'not_found',
        409: 'conflict',
        413: 'payload_too_large',
        415: 'unsupported_media_type',
        429: 'too_many_requests',
      } as Record<number, string>
    )[status] ?? (status >= 500 ? 'internal' : 'error')
  );
}
