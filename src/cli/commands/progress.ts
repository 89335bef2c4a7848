// Progress for long batches, counted in documents (each item read: a document or a failure): a bar
// with rate and ETA on a terminal, plain periodic lines otherwise (logs and pipes get no control
// characters). The total is an estimate made before reading (JSONL lines, feed items, messages), so
// it grows when more come, and a completed run ends at 100% even when fewer came.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  /** Ends the display; `complete` (the default) shows the run as finished, at 100%. */
  stop(complete?: boolean): void;
}

const seconds = (s: number) => (s >= 90 ? `${Math.round(s / 60)} min` : `${Math.max(0, Math.round(s))} s`);

export function createProgress(
  label: string,
  total: number | null,
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
): Progress {
  const started = now();
  const elapsed = () => Math.max((now() - started) / 1000, 0.001);
  const rate = (done: number) => done / elapsed();
  let current = total;
  let lastDone = 0;
  const grow = (done: number) => {
    if (current !== null && done > current) current = done;
  };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} {bar} {value}/{total} documents | {rate}/s | ETA {eta_formatted}`,
        etaBuffer: 200,
        hideCursor: true,
        noTTYOutput: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total ?? 0, 0, { rate: 0 });
    return {
      update(done) {
        lastDone = done;
        grow(done);
        if (current !== null && current !== bar.getTotal()) bar.setTotal(current);
        bar.update(done, { rate: Math.round(rate(done)) });
      },
      stop(complete = true) {
        if (complete) {
          bar.setTotal(lastDone);
          bar.update(lastDone, { rate: Math.round(rate(lastDone)) });
        }
        bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update(done) {
      lastDone = done;
      grow(done);
      if (now() - last < 2000) return;
      last = now();
      const r = rate(done);
      const eta = current !== null && r > 0 ? `, ETA ${seconds((current - done) / r)}` : '';
      stream.write(`${label} ${done}${current !== null ? `/${current}` : ''} documents (${Math.round(r)}/s${eta})\n`);
    },
    stop(complete = true) {
      const end = complete
        ? `${lastDone}/${lastDone} documents, 100%`
        : `stopped at ${lastDone}${current !== null ? `/${current}` : ''} documents`;
      stream.write(`${label} ${end} in ${elapsed().toFixed(1)} s (${Math.round(rate(lastDone))}/s)\n`);
    },
  };
}
