import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

/** A stream that records what is written; `tty` makes it look like a terminal to cli-progress. */
function sink(tty: boolean) {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & { text: () => string };
  let out = '';
  s.write = ((chunk: string) => {
    out += chunk;
    return true;
  }) as never;
  Object.assign(s, {
    isTTY: tty,
    columns: 120,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    text: () => out,
  });
  return s;
}

describe('createProgress', () => {
  it('counts documents with rate and ETA, grows past the estimate and finishes at 100%', () => {
    let t = 0;
    const out = sink(false);
    const p = createProgress('ingest', 1, out, () => t);
    t = 2500;
    p.update(500); // far more documents than the estimate of one file ("21249/1")
    t = 5000;
    p.update(1000);
    p.stop();
    const lines = out.text().trim().split('\n');
    expect(lines[0]).toBe('ingest 500/500 documents (200/s, ETA 0 s)');
    expect(lines.at(-1)).toBe('ingest 1000/1000 documents, 100% in 5.0 s (200/s)');
  });

  it('ends at 100% when fewer documents came than estimated (46 of 47)', () => {
    let t = 0;
    const out = sink(true);
    const p = createProgress('ingest', 47, out, () => t);
    for (let i = 1; i <= 46; i++) {
      t += 100;
      p.update(i);
    }
    p.stop();
    const frames = out
      .text()
      .split(/[\r\n]/)
      .filter((f) => f.includes('documents'));
    expect(frames[0]).toContain('0/47 documents');
    expect(frames.at(-1)).toContain('46/46 documents');
  });

  it('says where an interrupted run stopped', () => {
    const out = sink(false);
    const p = createProgress('ingest', 10, out, () => 1000);
    p.update(4);
    p.stop(false);
    expect(out.text()).toMatch(/stopped at 4\/10 documents/);
  });
});
