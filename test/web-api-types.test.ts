// The web client's types are generated from the checked-in OpenAPI document: this fails when
// web/src/api-types.gen.ts is stale (run `npm run gen:api-types`). The document's own drift test is
// src/server/openapi.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { API_TYPES, OPENAPI_DOC, renderApiTypes } from '../scripts/gen-api-types.js';

describe('web/src/api-types.gen.ts', () => {
  it('is what docs/openapi.json generates', async () => {
    const doc = JSON.parse(readFileSync(OPENAPI_DOC, 'utf8')) as OpenAPI3;
    expect(readFileSync(API_TYPES, 'utf8')).toBe(await renderApiTypes(doc));
  });

  it('names every shape of the document', () => {
    const doc = JSON.parse(readFileSync(OPENAPI_DOC, 'utf8')) as { components: { schemas: Record<string, unknown> } };
    const generated = readFileSync(API_TYPES, 'utf8');
    for (const name of Object.keys(doc.components.schemas))
      expect(generated).toContain(`export type ${name} = components['schemas']['${name}'];`);
  });
});
