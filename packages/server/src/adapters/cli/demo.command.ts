/** `skillbank demo`: loads the demo data set into the configured database (once) and names its personas. */
import { boot } from '../../boot.js';
import { loadConfig } from '../../config.js';
import { loadDemo } from '../../demo/load-demo.js';
import { silentLogger } from '../../logger.js';

export const DEMO_USAGE = `  demo             load the clearly labelled demo data set (once; see README)
`;

export async function demoCommand(env: Record<string, string | undefined>): Promise<number> {
  const config = loadConfig(env);
  const { deps, handle } = await boot({ ...config, demo: false }, { logger: silentLogger });
  try {
    const result = await loadDemo(deps.db, { taxonomyId: deps.served.current.taxonomy.id });
    console.log(
      result.status === 'loaded'
        ? `demo data loaded (${handle.displayUrl}). Sign in on the home page with "enter as", or with these keys:`
        : 'demo data is already loaded; its personas:',
    );
    for (const p of result.personas) console.log(`  ${p.persona.padEnd(16)} ${p.token}`);
    return 0;
  } finally {
    await handle.destroy();
  }
}
