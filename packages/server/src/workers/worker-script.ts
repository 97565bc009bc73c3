/**
 * Starts a worker thread on one of our modules, from source or built: the built `.js` (or, in the
 * bundle, the bundled entry of that name beside it) runs as it is; from source (tests, benchmarks, `tsx`) the `.ts` module is loaded through tsx's loader,
 * registered inside the worker (a worker does not inherit `--import`), with the `source` export
 * condition, as the process that starts it does.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Set by the bundle build (`scripts/bundle.mjs`): the worker modules are bundled entries too. */
declare const SKILLBANK_BUNDLED: boolean | undefined;

const FROM_SOURCE =
  typeof SKILLBANK_BUNDLED === 'undefined' && fileURLToPath(import.meta.url).endsWith('.ts');

/**
 * @example
 * const worker = startWorker(new URL('./index-build.worker.js', import.meta.url), { workerData });
 */
export function startWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  if (!FROM_SOURCE) return new Worker(moduleUrl, options);
  const tsxApi = join(
    dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
    'dist/esm/api/index.mjs',
  );
  const module = pathToFileURL(fileURLToPath(moduleUrl).replace(/\.js$/, '.ts')).href;
  const code = `const { register } = await import(${JSON.stringify(pathToFileURL(tsxApi).href)});
register();
await import(${JSON.stringify(module)});`;
  return new Worker(code, {
    ...options,
    eval: true,
    execArgv: [...(options.execArgv ?? []), '--conditions=source'],
  });
}
