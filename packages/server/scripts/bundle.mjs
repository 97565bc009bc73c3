#!/usr/bin/env node
// The production server as a few files: `dist/bundle/skillbank.js` (the `skillbank` command) and the
// worker threads' entries beside it, bundled from source with esbuild. A start then reads a handful
// of files instead of ~1,000 modules (module loading was most of a cold start). The native addons
// (better-sqlite3, jieba) and `pg` (loaded only for PostgreSQL) stay outside, resolved from
// node_modules. `pnpm run build` runs this after `tsc`; `npm start` runs the bundle.
//
//   node scripts/bundle.mjs [outdir]      (default dist/bundle)
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const SERVER = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = join(SERVER, '..');
const outdir = resolve(SERVER, process.argv[2] ?? 'dist/bundle');

/** Packages that stay in node_modules: native addons, and pg (required lazily, for PostgreSQL only). */
const EXTERNAL = ['better-sqlite3', '@node-rs/jieba', 'pg'];

/** `@skillbank/<pkg>[/<subpath>]` → the package's TypeScript source (its `source` export condition). */
const workspaceSources = {
  name: 'workspace-sources',
  setup(b) {
    b.onResolve({ filter: /^@skillbank\// }, ({ path }) => {
      const [, pkg, sub] = /^@skillbank\/([^/]+)(\/.*)?$/.exec(path);
      const dir = join(PACKAGES, pkg);
      const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const entry = exports[sub ? `.${sub}` : '.'];
      if (!entry?.source) return { errors: [{ text: `${path}: no "source" export` }] };
      return { path: join(dir, entry.source) };
    });
  },
};

/**
 * Keeps `import.meta.url` meaning "this module's file": code finds files beside it that way (the
 * fixtures, the JSON-LD contexts, `pg` through createRequire), so in the bundle it becomes the URL
 * of the module's original file, relative to the bundle. A worker thread's module
 * (`new URL('./x.worker.js', import.meta.url)`) is the bundled entry of that name beside the bundle.
 */
const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const own = JSON.stringify(relative(outdir, args.path));
      const contents = text.replace(
        /new URL\((['"])\.\/([\w.-]+\.worker)\.js\1,\s*import\.meta\.url\)|import\.meta\.url/g,
        (_match, _quote, worker) =>
          worker
            ? `new URL(${JSON.stringify(`./${worker}.js`)}, import.meta.url)`
            : `new URL(${own}, import.meta.url).href`,
      );
      const ext = args.path.split('.').pop();
      const loader = ext === 'tsx' ? 'tsx' : ext === 'ts' || ext === 'mts' ? 'ts' : 'js';
      return { contents, loader, resolveDir: dirname(args.path) };
    });
  },
};

/**
 * The matcher's code hash, for its build id (which stored indexes fit): computed here over the
 * sources this bundle is built from, so the id describes the code that runs even if the sources
 * change after the build.
 */
async function matcherCodeHash() {
  const probe = join(outdir, `code-hash-${process.pid}.mjs`);
  await build({
    entryPoints: [join(PACKAGES, 'matcher', 'src', 'snapshot', 'matcher-build-id.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: probe,
    external: EXTERNAL,
    plugins: [workspaceSources, moduleUrls],
    logLevel: 'error',
  });
  try {
    return (await import(pathToFileURL(probe).href)).matcherCodeHash();
  } finally {
    rmSync(probe, { force: true });
  }
}

const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
const codeHash = await matcherCodeHash();
await build({
  entryPoints: {
    skillbank: join(SERVER, 'src', 'bin.ts'),
    'index-build.worker': join(SERVER, 'src', 'matching', 'index-build.worker.ts'),
    'report.worker': join(SERVER, 'src', 'reports', 'report.worker.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  plugins: [workspaceSources, moduleUrls],
  define: {
    SKILLBANK_BUNDLED: 'true',
    SKILLBANK_MATCHER_CODE_HASH: JSON.stringify(codeHash),
  },
  // CommonJS dependencies call require(): give every output file one (ESM has none).
  banner: {
    js: "import { createRequire as __skillbankRequire } from 'node:module';\nconst require = __skillbankRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.error(
  `bundled the server into ${relative(process.cwd(), outdir) || '.'} in ${Math.round(performance.now() - started)} ms`,
);
