/** Turns a stored or shipped scheme (JSON) into a scheme object; CN-2022 when there is none. */
import { CN2022_SCHEME } from './cn2022.scheme.js';
import { schemeSpecSchema } from './scheme.spec.js';
import { createScheme, type TaxonomyScheme } from './taxonomy-scheme.js';

/** The scheme of taxonomies stored or shipped without one (they predate schemes). */
export const DEFAULT_SCHEME: TaxonomyScheme = createScheme(CN2022_SCHEME);

/**
 * The scheme of a stored taxonomy from its `scheme` column (JSON text, or null for rows written
 * before schemes existed). Throws when the stored text is not a valid scheme: the importer only
 * stores validated ones, so that means the row was edited by hand.
 */
export function schemeFromStored(text: string | null): TaxonomyScheme {
  if (text === null) return DEFAULT_SCHEME;
  const parsed = schemeSpecSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`stored taxonomy scheme is invalid: ${parsed.error.message}`);
  return createScheme(parsed.data);
}
