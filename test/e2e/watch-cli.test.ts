// `khronika sources` and `khronika watch --once` through the real CLI against a feed served on
// loopback that gains an item between two passes.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

const item = (guid: string, title: string, body: string) =>
  `<item><guid>${guid}</guid><title>${title}</title><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><description>${body}</description></item>`;

describe('khronika sources / watch', () => {
  let dir: string;
  let db: string;
  let server: Server;
  let feedUrl: string;
  let items = [
    item(
      'x1',
      'Office set on fire in Kovrov',
      'Unknown people set fire to the military enlistment office in Kovrov on Sunday night.',
    ),
  ];
  const cli = async (...args: string[]) => {
    try {
      const r = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args, '--db', db], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      return { status: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { status: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'khronika-watch-'));
    db = join(dir, 'k.db');
    server = createServer((_q, r) => {
      r.setHeader('content-type', 'application/rss+xml');
      r.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items.join('')}</channel></rss>`);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds a source, polls it once, then polls again and stores only the new item', async () => {
    const refused = await cli('sources', 'add', feedUrl, '--every', '5s');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('at least 1m');

    const added = await cli('sources', 'add', feedUrl, '--name', 'Loopback News', '--every', '1h', '--allow-private');
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/source 1 added: feed .* as "Loopback News", every 1h/);

    const first = await cli('watch', '--once');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('1 sources polled: 1 new documents');

    // Not due again for an hour: a plain pass polls nothing; --all polls it now.
    expect((await cli('watch', '--once')).stdout).toContain('0 sources polled');
    items = [
      ...items,
      item('x2', 'Pickets in Kazan', 'Three activists were detained at anti-war pickets in Kazan on Saturday.'),
    ];
    const second = await cli('watch', '--once', '--all');
    expect(second.stdout).toContain('1 sources polled: 1 new documents');

    const list = await cli('sources', 'list', '--json');
    const [s] = list.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(s).toMatchObject({
      id: 1,
      name: 'Loopback News',
      kind: 'feed',
      consecutiveErrors: 0,
      lastRun: { status: 'ok', itemsNew: 1 },
    });

    expect((await cli('sources', 'pause', '1')).stdout).toContain('source 1 paused');
    expect((await cli('watch', '--once', '--all')).stdout).toContain('0 sources polled');
    expect((await cli('sources', 'resume', '1')).stdout).toContain('source 1 resumed');
    expect((await cli('sources', 'remove', '1')).stdout).toContain('source 1 removed');
    const gone = await cli('sources', 'remove', '1');
    expect(gone.stderr).toContain('no source 1');
  }, 120_000);
});
