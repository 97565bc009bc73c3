/** English: what `skillbank serve` says while it starts (on the terminal or in the log). */
import type { StartupMessages } from '../zh/startup.js';

export const startup: StartupMessages = {
  starting: (database: string) => `Skillbank is starting (database: ${database})…`,
  listening: (url: string) =>
    `Listening on ${url}; preparing the occupation classification and the matching index (about half a minute the first time)`,
  ready: (url: string, ms: number) => `Skillbank is ready in ${ms} ms. Open ${url} in your browser`,
  demoHint: 'To look around first, start with the demo data: SKILLBANK_DEMO=1 npm start',
  portBusy: (port: number, host: string) =>
    `Port ${port} on ${host} is already in use — perhaps another Skillbank or another program. Stop it, or start on another port: PORT=${port + 1} npm start`,
  portDenied: (port: number, host: string) =>
    `Not allowed to listen on port ${port} on ${host}. Ports below 1024 need administrator rights; choose another: PORT=3000 npm start`,
  hostUnknown: (host: string) =>
    `Cannot listen on ${host}: this machine has no such address. Check HOST (default 127.0.0.1).`,
  databaseUnwritable: (path: string, reason: string) =>
    `Cannot write the database at ${path} (${reason}). Choose a writable place, e.g. DATABASE_URL=sqlite:$HOME/skillbank/skillbank.db npm start, or fix the folder's permissions.`,
  databaseUnreachable: (url: string, reason: string) =>
    `Cannot reach the database at ${url} (${reason}). Check DATABASE_URL and that the database server is running.`,
  startFailed: (reason: string) => `Skillbank could not start: ${reason}`,
  startingPage: 'Skillbank is starting: refresh in a few seconds.',
  importing: (phase: string, percent: number) =>
    `Importing the occupation classification: ${phase} ${percent}%`,
  stopping: 'Stopping…',
};
