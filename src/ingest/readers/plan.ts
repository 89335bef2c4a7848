// Expands the command line's inputs into files and URLs before reading, so the caller can show a
// progress total. Folders are walked recursively: hidden entries and node_modules are skipped, only
// extensions a reader takes are listed, and symlinks are followed only when they stay inside the
// folder given (no escaping to /etc, no cycles). README/LICENSE/CHANGELOG files are skipped.
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { kindFromExtension, type InputKind } from './sniff.js';
import type { ReadItem } from './types.js';

export interface PlannedFile {
  path: string;
  bytes: number;
  /** The kind the extension promises; undefined for a file named explicitly with another extension. */
  kind?: InputKind;
}

export interface InputPlan {
  files: PlannedFile[];
  urls: string[];
  /** Inputs that cannot be read at all (missing path, unsupported URL scheme), as error items. */
  problems: Extract<ReadItem, { ok: false }>[];
}

/** A folder's own documentation is not a report; named explicitly, such a file is still read. */
const NOT_REPORTS = /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i;

/** Guards a walk from a pathological tree. */
const MAX_FILES = 100_000;

export const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function walk(root: string, dir: string, seen: Set<string>, plan: InputPlan): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    plan.problems.push({ ok: false, origin: dir, error: `cannot read folder (${(e as NodeJS.ErrnoException).code})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (plan.files.length >= MAX_FILES) return;
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || NOT_REPORTS.test(entry.name)) continue;
    const path = join(dir, entry.name);
    let real = path;
    if (entry.isSymbolicLink()) {
      try {
        real = await realpath(path);
      } catch {
        continue; // dangling link
      }
      if (!inside(root, real)) continue;
    }
    const st = await stat(real).catch(() => undefined);
    if (!st) continue;
    if (st.isDirectory()) {
      if (seen.has(real)) continue;
      seen.add(real);
      await walk(root, path, seen, plan);
    } else if (st.isFile()) {
      const kind = kindFromExtension(path);
      if (kind) plan.files.push({ path, bytes: st.size, kind });
    }
  }
}

/** Lists what `readInputs` will read, without reading file contents. */
export async function planInputs(inputs: string[]): Promise<InputPlan> {
  const plan: InputPlan = { files: [], urls: [], problems: [] };
  for (const input of inputs) {
    if (isUrl(input)) {
      if (/^https?:\/\//i.test(input)) plan.urls.push(input);
      else plan.problems.push({ ok: false, origin: input, error: 'unsupported URL scheme (only http and https)' });
      continue;
    }
    const st = await lstat(input).catch((e: NodeJS.ErrnoException) => e);
    if (st instanceof Error) {
      plan.problems.push({
        ok: false,
        origin: input,
        error: st.code === 'ENOENT' ? 'no such file or folder' : `cannot read (${st.code})`,
      });
      continue;
    }
    const target = st.isSymbolicLink() ? await stat(input).catch(() => undefined) : st;
    if (target?.isDirectory()) {
      const root = await realpath(input);
      await walk(root, input, new Set([root]), plan);
    } else if (target?.isFile()) {
      plan.files.push({ path: input, bytes: target.size, kind: kindFromExtension(input) });
    } else {
      plan.problems.push({ ok: false, origin: input, error: 'not a regular file or folder' });
    }
  }
  return plan;
}
