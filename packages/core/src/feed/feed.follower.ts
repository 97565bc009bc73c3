/**
 * A follower of the change feed: keeps a position and hands every change after it to `onChanges`,
 * one batch at a time, when poked, every `intervalMs`, and on PostgreSQL as soon as an append
 * commits (LISTEN on `FEED_CHANNEL`). Readers that must not miss a change (a withdrawal) call
 * `catchUp()` themselves before they read: the wake-ups only make that call find nothing to do.
 */
import type { Db } from '../db/database.js';
import type { DatabaseHandle } from '../db/dialect.js';
import { FEED_CHANNEL, type FeedChanges, readFeedAll } from './feed.service.js';

export interface FeedFollower {
  /** The position every change up to which has been handed to `onChanges`. */
  readonly position: number;
  /** Reads and hands over what changed since `position`; concurrent calls share one read. */
  catchUp(): Promise<number>;
  /** Stops the timer and the listener (waits for a catch-up in progress). */
  stop(): Promise<void>;
}

export interface FollowOptions {
  /** Start after this position (what the caller already reflects). */
  since: number;
  /** Applies a batch of changes; the position moves only after it resolves. */
  onChanges: (changes: FeedChanges) => void | Promise<void>;
  /** Poll interval in ms; 0: no timer (only `catchUp` and notifications). */
  intervalMs?: number;
  /** The handle's `listen` (PostgreSQL), for wake-ups on commit. */
  listen?: DatabaseHandle['listen'] | undefined;
  /** Called with errors of background catch-ups (they are retried on the next wake-up). */
  onError?: ((error: unknown) => void) | undefined;
}

export function followFeed(
  db: Db,
  { since, onChanges, intervalMs = 1000, listen, onError = () => {} }: FollowOptions,
): FeedFollower {
  let position = since;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  const run = async (): Promise<number> => {
    do {
      again = false;
      const changes = await readFeedAll(db, position);
      if (changes.reset || changes.position !== position) {
        await onChanges(changes);
        position = changes.position;
      }
    } while (again);
    return position;
  };
  const catchUp = (): Promise<number> => {
    if (running) {
      // A change may have committed after the running read began: read once more after it.
      again = true;
      return running;
    }
    running = run().finally(() => {
      running = null;
    });
    return running;
  };
  const wake = () => {
    if (!stopped) catchUp().catch(onError);
  };
  const timer = intervalMs > 0 ? setInterval(wake, intervalMs) : null;
  timer?.unref();
  const unlisten = listen?.(FEED_CHANNEL, wake).catch((error: unknown) => {
    onError(error);
    return null;
  });
  return {
    get position() {
      return position;
    },
    catchUp,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await (await unlisten)?.();
      await running?.catch(() => {});
    },
  };
}
