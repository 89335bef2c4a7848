// Route schemas are zod: Fastify validates requests and serialises responses with them (replacing
// Ajv and fast-json-stringify), and the OpenAPI document is generated from them, so the docs, the
// checks and the web client's types (web/src/api-types.gen.ts) cannot drift apart.
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
  // A response is parsed by its schema before it is written: fields the schema does not name are
  // dropped (as Fastify's own serialiser does), so no store field reaches a client undeclared, and a
  // value of the wrong shape is a 500 here rather than a surprise in the browser.
  app.setSerializerCompiler(({ schema, url, httpStatus }) => {
    if (httpStatus === '204') return () => '';
    if (!isZod(schema)) throw new Error(`${url}: response schemas must be zod schemas`);
    return zodSerializer(schema, url);
  });
}

/**
 * JSON of `data` as `schema` parses it. A route whose answer is one of several shapes sets the one it
 * sends with `reply.serializer(zodSerializer(Shape, url))`: parsing a union tries every shape in turn.
 */
export function zodSerializer(schema: ZodType, url: string): (data: unknown) => string {
  return (data: unknown) => {
    const r = schema.safeParse(data);
    // Our fault, not the client's: a plain error (500, logged), never the 400 a ZodError would make.
    if (!r.success)
      throw new Error(`${url}: the answer does not fit its response schema: ${describeZodError(r.error)}`);
    return JSON.stringify(r.data);
  };
}

/**
 * Shapes named with `.meta({ id })` become `components/schemas/<id>` of the document, referenced
 * from every route that uses them (so the generated client types have one name per shape).
 */
export class OpenApiComponents {
  readonly schemas: Record<string, unknown> = {};

  /** @fastify/swagger `transform`: zod → JSON Schema for each part of a route's schema. */
  readonly transform = ({ schema, url }: { schema: FastifySchema; url: string }) => {
    if (!schema) return { schema, url };
    const out: Record<string, unknown> = { ...schema };
    for (const key of ['querystring', 'params', 'body', 'headers'] as const) {
      const part = schema[key];
      if (isZod(part)) out[key] = toJson(part, 'input');
    }
    if (schema.response && typeof schema.response === 'object') {
      out.response = Object.fromEntries(
        Object.entries(schema.response as Record<string, unknown>).map(([code, s]) => [
          code,
          isZod(s) ? this.hoist(toJson(s, 'output')) : s,
        ]),
      );
    }
    return { schema: out as FastifySchema, url };
  };

  /** @fastify/swagger `transformObject`: adds the named shapes, sorted, to the document. */
  readonly transformObject = (doc: { openapiObject?: unknown; swaggerObject?: unknown }) => {
    const api = doc.openapiObject as { components?: { schemas?: Record<string, unknown> } };
    api.components = { ...api.components, schemas: { ...api.components?.schemas, ...sortKeys(this.schemas) } };
    return api as never;
  };

  private hoist(json: Record<string, unknown>): Record<string, unknown> {
    const defs = json.definitions as Record<string, unknown> | undefined;
    delete json.definitions;
    for (const [id, def] of Object.entries(defs ?? {})) this.schemas[id] = retarget(def);
    return retarget(json) as Record<string, unknown>;
  }
}

function toJson(s: ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(s, {
    io,
    unrepresentable: 'any',
    target: 'openapi-3.0',
    override: io === 'output' ? dropSafeIntegerBounds : undefined,
  }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

/** An answer's `int()` says integer; the ±2^53 bounds zod adds to it say nothing to a reader. */
function dropSafeIntegerBounds({ jsonSchema: j }: { jsonSchema: Record<string, unknown> }): void {
  if (j.type !== 'integer') return;
  if (j.minimum === Number.MIN_SAFE_INTEGER) delete j.minimum;
  if (j.maximum === Number.MAX_SAFE_INTEGER) delete j.maximum;
}

/** `#/definitions/X` (zod's local references) → `#/components/schemas/X`. */
function retarget(json: unknown): unknown {
  return JSON.parse(JSON.stringify(json).replaceAll('"#/definitions/', '"#/components/schemas/'));
}

const sortKeys = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
