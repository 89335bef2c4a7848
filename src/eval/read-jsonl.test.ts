import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { formatLineError, readJsonlFile } from './read-jsonl.js';

const Schema = z.object({ id: z.string(), n: z.number() });

describe('readJsonlFile', () => {
  it('keeps good lines and names file and line of each bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khronika-eval-'));
    const file = join(dir, 'x.jsonl');
    writeFileSync(file, '\uFEFF{"id":"a","n":1}\n\n{"id":"b",\n{"id":"c","n":"x"}\n{"id":"d","n":4}\n');
    const r = await readJsonlFile(file, Schema);
    expect(r.items).toEqual([
      { line: 1, value: { id: 'a', n: 1 } },
      { line: 5, value: { id: 'd', n: 4 } },
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(r.errors[0].message).toMatch(/invalid JSON/);
    expect(formatLineError(r.errors[1])).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: n: `));
  });
});
