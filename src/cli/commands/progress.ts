// Progress for long batches: a bar with rate and ETA on a terminal, plain periodic lines otherwise
// (logs and pipes get no control characters).
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, note?: string): void;
  stop(): void;
}

export function createProgress(label: string, total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  const rate = (done: number) => Math.round(done / Math.max((Date.now() - started) / 1000, 0.001));
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream,
      format: `${label} {bar} {value}/{total} | {rate}/s | ETA {eta_formatted}`,
      etaBuffer: 200,
      hideCursor: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(total ?? 0, 0, { rate: 0 });
    return {
      update(done) {
        if (total !== null && done > bar.getTotal()) bar.setTotal(done); // the total is an estimate
        bar.update(done, { rate: rate(done) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  let lastDone = 0;
  return {
    update(done) {
      lastDone = done;
      if (Date.now() - last < 2000) return;
      last = Date.now();
      stream.write(`${label} ${done}${total !== null ? `/${total}` : ''} (${rate(done)}/s)\n`);
    },
    stop() {
      stream.write(`${label} ${lastDone} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}
