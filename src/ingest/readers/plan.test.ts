import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/ingest/helpers.js';
import { countItems, estimateItems, planInputs } from './index.js';

describe('planInputs', () => {
  it('walks a folder: sorted, hidden files, node_modules, READMEs and unknown extensions skipped', async () => {
    const root = fixture('folder');
    const plan = await planInputs([root]);
    expect(plan.files.map((f) => [relative(root, f.path), f.kind])).toEqual([
      ['report.md', 'markdown'],
      ['sub/docs.jsonl', 'jsonl'],
      ['sub/note.txt', 'text'],
      ['sub/page.htm', 'html'],
    ]);
    expect(plan.files.every((f) => f.bytes > 0)).toBe(true);
    expect(await estimateItems(plan)).toBe(5); // two JSONL lines + three single documents
    expect(await estimateItems(plan, 50)).toBe(5); // JSONL is streamed whatever its size: still two lines
  });

  it('sorts inputs into files, URLs and problems', async () => {
    const plan = await planInputs([
      fixture('text/plain.txt'),
      'https://a.example/x',
      'ftp://a.example/',
      fixture('nope.md'),
      fixture('folder/sub/image.png'),
    ]);
    expect(plan.urls).toEqual(['https://a.example/x']);
    // A file named explicitly is read whatever its extension; its kind is then sniffed.
    expect(plan.files.map((f) => [f.path, f.kind])).toEqual([
      [fixture('text/plain.txt'), 'text'],
      [fixture('folder/sub/image.png'), undefined],
    ]);
    expect(plan.problems).toEqual([
      { ok: false, origin: 'ftp://a.example/', error: 'unsupported URL scheme (only http and https)' },
      { ok: false, origin: fixture('nope.md'), error: 'no such file or folder' },
    ]);
  });

  it.each([
    ['feeds/rss.xml', 3],
    ['feeds/atom.xml', 2],
    ['jsonl/mixed.jsonl', 7], // every non-blank line, good or bad: each yields one item
    ['telegram/result.json', 5], // messages of type "message", with or without text
    ['html/article.html', 1],
  ])('countItems(%s) = %i', async (path, count) => {
    const { files } = await planInputs([fixture(path)]);
    expect(await countItems(files[0])).toBe(count);
  });

  it('counts every line of a JSONL file of any size (a big batch is not "1" on the progress bar)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'khronika-count-'));
    try {
      const line = JSON.stringify({ id: 'x', text: 'y'.repeat(500) });
      await writeFile(join(dir, 'big.jsonl'), `${line}\n`.repeat(21_249) + '\n  \n' + line); // ~11 MB, blank lines, no final newline
      const { files } = await planInputs([join(dir, 'big.jsonl')]);
      expect(await countItems(files[0])).toBe(21_250);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe('symlinks', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'khronika-plan-'));
      await mkdir(join(dir, 'root/inner'), { recursive: true });
      await mkdir(join(dir, 'outside'));
      await writeFile(join(dir, 'root/inner/a.md'), 'inside report');
      await writeFile(join(dir, 'outside/secret.md'), 'outside the root');
      await symlink(join(dir, 'outside'), join(dir, 'root/escape-dir'));
      await symlink(join(dir, 'outside/secret.md'), join(dir, 'root/escape.md'));
      await symlink(join(dir, 'root/inner/a.md'), join(dir, 'root/alias.md'));
      await symlink(join(dir, 'root'), join(dir, 'root/inner/loop'));
      await symlink(join(dir, 'missing.md'), join(dir, 'root/dangling.md'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('follows links that stay inside the root, never out of it, and does not loop', async () => {
      const plan = await planInputs([join(dir, 'root')]);
      expect(plan.files.map((f) => relative(join(dir, 'root'), f.path))).toEqual(['alias.md', 'inner/a.md']);
      expect(plan.problems).toEqual([]);
    });
  });
});
