/**
 * The one log format of the server: one event per line on stderr — readable on a terminal
 * (`12:00:03 message key=value`), one JSON object per line otherwise (for log collectors).
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One JSON object per line: `{time, level, message, …fields}`. */
export function jsonLogger(
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const emit =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
  return { info: emit('info'), error: emit('error') };
}

const show = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /[\s"=]/.test(text) ? JSON.stringify(text) : text;
};

/** For people at a terminal: local time, the message, then `key=value` pairs; errors marked. */
export function prettyLogger(
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  now: () => Date = () => new Date(),
): Logger {
  const emit =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      const time = now().toTimeString().slice(0, 8);
      const pairs = Object.entries(fields).map(([k, v]) => `${k}=${show(v)}`);
      write([time, level === 'error' ? `ERROR ${message}` : message, ...pairs].join('  '));
    };
  return { info: emit('info'), error: emit('error') };
}

/** Pretty when the stream is a terminal, JSON lines otherwise. */
export function consoleLogger(stream: NodeJS.WriteStream = process.stderr): Logger {
  const write = (line: string) => void stream.write(`${line}\n`);
  return stream.isTTY ? prettyLogger(write) : jsonLogger(write);
}

/** Drops everything: for tests that do not look at logs. */
export const silentLogger: Logger = { info() {}, error() {} };
