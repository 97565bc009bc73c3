/** The Hono environment shared by all routes: the app's dependencies and its use cases. */
import type { AppDeps } from '../../deps.js';
import type { UseCases } from '../../use-cases/index.js';

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    useCases: UseCases;
    requestId: string;
  };
}
