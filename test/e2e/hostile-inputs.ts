// Pathological inputs from issue 10 (item 3), generated at run time: each is small, and each once
// made a reader run for tens of seconds or forever (deep nesting, quadratic DOM walks, backtracking
// regexes). Good reports are written beside them so a test can check that the batch goes on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HostileInput {
  file: string;
  what: string;
}

/** Writes every hostile input into `dir` and returns their names with what each one exercises. */
export function writeHostileInputs(dir: string): HostileInput[] {
  mkdirSync(dir, { recursive: true });
  const inputs: [string, string, string][] = [
    [
      'nested-divs.html',
      '2,500 nested <div> (12.5 KB)',
      `<html><body>${'<div>'.repeat(2500)}Deep text.${'</div>'.repeat(2500)}</body></html>`,
    ],
    ['many-paragraphs.html', '20,000 <p> (220 KB)', `<html><body>${'<p>Text.</p>'.repeat(20_000)}</body></html>`],
    [
      'br-item.xml',
      'an RSS item with 20,000 <br>',
      rss(
        `<item><title>Many breaks</title><description><![CDATA[Start.${'<br>'.repeat(20_000)}End.]]></description></item>`,
      ),
    ],
    ['doctype.xml', 'a feed of repeated <!DOCTYPE', `<?xml version="1.0"?>\n${'<!DOCTYPE'.repeat(100_000)}`],
    ['images.md', 'a markdown run of ![', `# Images\n\n${'!['.repeat(100_000)}\n`],
    ['links.md', 'a markdown run of [', `# Links\n\n${'['.repeat(200_000)}\n`],
    [
      'spaces.md',
      'a front-matter value of a million spaces',
      `---\ntitle: a${' '.repeat(1_000_000)}b\n---\nBody text.\n`,
    ],
  ];
  for (const [file, , content] of inputs) writeFileSync(join(dir, file), content);
  return inputs.map(([file, what]) => ({ file, what }));
}

function rss(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile feed</title>${items}</channel></rss>`;
}
