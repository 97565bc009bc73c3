/** Where the bundled taxonomy fixtures live, resolved from this module (src/ and dist/ sit at the same depth). */
import { fileURLToPath } from 'node:url';

/** The folder of the bundled 2022 Chinese classification, `fixtures/cn2022`. */
export const BUNDLED_TAXONOMY_DIR = fileURLToPath(new URL('../../../../fixtures/cn2022', import.meta.url));

/** Id of the bundled taxonomy, the server's default. */
export const BUNDLED_TAXONOMY_ID = 'cn2022';
