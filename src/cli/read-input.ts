// Reading the extract command's input: a .txt/.md report (one document) or a JSONL of documents,
// from a file or stdin, bounded in size; each JSONL line validated on its own.
import { readFile } from 'node:fs/promises';
import { InputDocumentSchema, type InputDocument } from '../model/document.js';

export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export type LineResult = { ok: true; line: number; doc: InputDocument } | { ok: false; line: number; error: string };

export async function readSource(file: string | undefined): Promise<string> {
  if (!file || file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += chunk.length;
      if (size > MAX_INPUT_BYTES) throw new Error(`standard input is larger than ${MAX_INPUT_BYTES} bytes`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  const buf = await readFile(file);
  if (buf.length > MAX_INPUT_BYTES) throw new Error(`${file} is larger than ${MAX_INPUT_BYTES} bytes`);
  if (buf.includes(0)) throw new Error(`${file} looks binary (it contains NUL bytes)`);
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/** JSONL when the name says so, or when the first non-blank character opens a JSON object. */
export function looksLikeJsonl(file: string | undefined, content: string): boolean {
  if (file && /\.jsonl?$/i.test(file)) return true;
  if (file && /\.(txt|md|markdown)$/i.test(file)) return false;
  return /^\s*\{/.test(content);
}

export function* parseJsonl(content: string): Generator<LineResult> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      yield { ok: false, line: i + 1, error: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    const parsed = InputDocumentSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      yield { ok: false, line: i + 1, error: `${issue.path.join('.') || 'document'}: ${issue.message}` };
      continue;
    }
    yield { ok: true, line: i + 1, doc: parsed.data };
  }
}
