/** Types of pg.mjs (plain JavaScript, so it runs before anything is installed). */
export function findPgBin(): string | null;
export function startPg(): Promise<{ url: string; dir: string; bin: string } | null>;
export function stopPg(state?: { url: string; dir: string; bin: string }): void;
export function freePort(): Promise<number>;
/** Runs a PostgreSQL binary, as the postgres user when we are root. */
export function run(bin: string, args: string[]): void;
