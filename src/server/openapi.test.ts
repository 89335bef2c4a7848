// The OpenAPI document is generated from the routes and checked in (docs/openapi.json), so API changes
// show up in review and clients can be typed from it. This test fails when the two differ; to accept
// a change, regenerate: UPDATE_OPENAPI=1 npx vitest run src/server/openapi.test.ts
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../store/index.js';
import { buildApp } from './app.js';

const CHECKED_IN = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));

describe('docs/openapi.json', () => {
  let store: Store;
  let app: FastifyInstance;
  let webApp: FastifyInstance;
  let webRoot: string;
  beforeAll(async () => {
    store = await openStore(':memory:');
    app = await buildApp({ store });
    // The static web routes must stay out of the API document.
    webRoot = mkdtempSync(join(tmpdir(), 'khronika-web-root-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>t</title>');
    webApp = await buildApp({ store, webRoot });
  });
  afterAll(async () => {
    await app.close();
    await webApp.close();
    await store.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it.each([false, true])(
    'equals the document the server serves at /api/docs (web bundle served: %s)',
    async (withWeb) => {
      const served = (await (withWeb ? webApp : app).inject({ url: '/api/docs' })).json();
      if (process.env.UPDATE_OPENAPI) writeFileSync(CHECKED_IN, JSON.stringify(served, null, 2) + '\n');
      expect(served).toEqual(JSON.parse(readFileSync(CHECKED_IN, 'utf8')));
    },
  );

  it("gives every operation a response schema (the web client's types come from them)", () => {
    const doc = JSON.parse(readFileSync(CHECKED_IN, 'utf8')) as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
      >;
    };
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [code, r] of Object.entries(op.responses)) {
          const described = code === '204' ? !r.content : Object.values(r.content ?? {}).some((c) => c.schema);
          if (!described) missing.push(`${method.toUpperCase()} ${path} ${code}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('documents the main routes', () => {
    const doc = JSON.parse(readFileSync(CHECKED_IN, 'utf8')) as { paths: Record<string, unknown> };
    for (const path of [
      '/api/events',
      '/api/events/counts',
      '/api/events/geojson',
      '/api/events/{id}',
      '/api/export',
      '/api/auth/login',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
