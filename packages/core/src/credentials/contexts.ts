/**
 * Every JSON-LD context a credential may use here, bundled: the W3C VC 1.1 and 2.0 contexts, Data
 * Integrity, Multikey (from their npm packages) and Open Badges 3.0.3 (`fixtures/ob3`). Nothing
 * is fetched at run time; a credential naming any other context is refused.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

/** The folder of the bundled Open Badges files (src/ and dist/ sit at the same depth). */
export const OB3_FIXTURES_DIR = fileURLToPath(new URL('../../../../fixtures/ob3', import.meta.url));

function readOb3Context(): unknown {
  return JSON.parse(readFileSync(`${OB3_FIXTURES_DIR}/context-3.0.3.json`, 'utf8'));
}

let bundled: ReadonlyMap<string, unknown> | null = null;

/** Context URL → context document, for every bundled context. */
export function bundledContexts(): ReadonlyMap<string, unknown> {
  if (!bundled) {
    const map = new Map<string, unknown>([
      ...credentialsContexts,
      ...dataIntegrityContext.contexts,
      ...multikeyContext.contexts,
    ]);
    map.set(OB3_CONTEXT, readOb3Context());
    bundled = map;
  }
  return bundled;
}
