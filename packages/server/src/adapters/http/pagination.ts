/** Opaque list cursors and the shared `limit`/`cursor` query schema. */
import { z } from '@hono/zod-openapi';
import { fieldCode, storableString } from '@skillbank/core';

export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ description: 'Page size (1–100, default 20).' }),
  cursor: storableString()
    .max(200)
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return 0;
      const offset = decodeCursor(value);
      if (offset === null) {
        ctx.addIssue({ code: 'custom', message: fieldCode('cursor_invalid') });
        return z.NEVER;
      }
      return offset;
    })
    .openapi({ description: 'The `nextCursor` of the previous page.', type: 'string' }),
};

/** Encodes an offset as an opaque cursor. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string): number | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    return Number.isSafeInteger(value.o) && (value.o as number) >= 0 ? (value.o as number) : null;
  } catch {
    return null;
  }
}

/** `nextCursor` for a page that started at `offset`: null when there is nothing more. */
export function nextCursor(offset: number, limit: number, hasMore: boolean): string | null {
  return hasMore ? encodeCursor(offset + limit) : null;
}
