/** Query parameter schemas shared by every route group. */
import { z } from '@hono/zod-openapi';
import { fieldCode } from '@skillbank/core';

/**
 * A yes/no filter: `true` or `false`; an empty value (`?digital=`) means "not given", as in the
 * API overview's `?digital=&green=`.
 */
export const booleanQuery = z
  .enum(['true', 'false', ''], { message: fieldCode('not_boolean') })
  .transform((v) => (v === '' ? undefined : v === 'true'))
  .optional();
