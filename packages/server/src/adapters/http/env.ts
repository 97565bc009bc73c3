/** The Hono environment shared by all routes: the app's dependencies in `c.var.deps`. */
import type { AppDeps } from '../../deps.js';

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
  };
}
