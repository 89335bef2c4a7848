// Route schemas are zod: Fastify validates with them (replacing Ajv) and the OpenAPI document is
// generated from them, so the docs and the checks cannot drift apart.
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z, type ZodError, type ZodType } from 'zod';
import { describeZodError } from './errors.js';

const isZod = (s: unknown): s is ZodType => typeof s === 'object' && s !== null && '_zod' in s;

export function installZodValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema }) => {
    if (!isZod(schema)) throw new Error('route schemas must be zod schemas');
    return (data: unknown) => {
      const r = schema.safeParse(data);
      if (r.success) return { value: r.data };
      const err = new Error(describeZodError(r.error)) as Error & { statusCode: number; validation: unknown };
      err.statusCode = 400;
      err.validation = (r.error as ZodError).issues;
      return { error: err };
    };
  });
}

/** @fastify/swagger transform: zod → JSON Schema for each part of a route's schema. */
export function zodToOpenApi({ schema, url }: { schema: FastifySchema; url: string }) {
  if (!schema) return { schema, url };
  const out: Record<string, unknown> = { ...schema };
  for (const key of ['querystring', 'params', 'body', 'headers'] as const) {
    const part = schema[key];
    if (isZod(part)) out[key] = toJson(part);
  }
  if (schema.response && typeof schema.response === 'object') {
    out.response = Object.fromEntries(Object.entries(schema.response as Record<string, unknown>)
      .map(([code, s]) => [code, isZod(s) ? toJson(s) : s]));
  }
  return { schema: out as FastifySchema, url };
}

function toJson(s: ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}
