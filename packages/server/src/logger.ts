/** A minimal structured logger: one JSON line per event on stderr. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const emit =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
  return { info: emit('info'), error: emit('error') };
}

/** Drops everything: for tests that do not look at logs. */
export const silentLogger: Logger = { info() {}, error() {} };
