// A yes/no question on the terminal (stderr, so piped stdout stays clean); "no" unless answered y/yes.
import { createInterface } from 'node:readline/promises';

export function canAsk(): boolean {
  return !!process.stdin.isTTY && !!process.stderr.isTTY;
}

export async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    return /^(y|yes)$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}
