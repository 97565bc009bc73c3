/** A progress bar for long CLI work, on stderr; plain lines when stderr is not a terminal. */
export interface ProgressBar {
  update(done: number, total: number, label?: string): void;
  finish(message?: string): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30): ProgressBar {
  let lastLabel = '';
  let lastShown = -1;
  return {
    update(done, total, label = '') {
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(ratio * 100);
      if (stream.isTTY) {
        const filled = Math.round(ratio * width);
        stream.write(
          `\r${label.padEnd(10)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`,
        );
      } else if (label !== lastLabel || percent >= lastShown + 25) {
        // Without a terminal, a line per quarter keeps logs readable.
        stream.write(`${label} ${percent}% (${done}/${total})\n`);
        lastShown = percent;
      }
      lastLabel = label;
    },
    finish(message) {
      if (stream.isTTY) stream.write('\n');
      if (message) stream.write(`${message}\n`);
    },
  };
}
