/**
 * The one JSON-LD document loader credentials are processed with: bundled contexts and did:key
 * documents (computed from the key itself), nothing else. jsonld would otherwise fetch from the
 * network; here an unknown URL is refused with a message naming it.
 */
import { bundledContexts } from './contexts.js';

export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** Thrown for a URL the loader will not resolve; `url` names it. */
export class DocumentRefusedError extends Error {
  readonly url: string;
  constructor(url: string, reason: string) {
    super(`${url}: ${reason}`);
    this.name = 'DocumentRefusedError';
    this.url = url;
  }
}

/** The did:key driver, loaded on the first did:key to resolve (it is not needed before). */
let didKeyDriver: Promise<{ get(options: { url: string }): Promise<unknown> }> | null = null;
const didKey = () => {
  didKeyDriver ??= Promise.all([
    import('@digitalbazaar/did-method-key'),
    import('@digitalbazaar/ed25519-multikey'),
  ]).then(([{ driver }, Ed25519Multikey]) => {
    const resolver = driver();
    resolver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from });
    return resolver;
  });
  return didKeyDriver;
};

export interface DocumentLoaderOptions {
  /** Extra fixed documents by URL (tests use it for the specification's https key). */
  documents?: ReadonlyMap<string, unknown>;
}

/**
 * A loader for `jsonld` and the Data Integrity libraries.
 *
 * @example
 *   const documentLoader = createDocumentLoader();
 *   await documentLoader('https://www.w3.org/ns/credentials/v2'); // bundled, no network
 */
export function createDocumentLoader({ documents = new Map() }: DocumentLoaderOptions = {}): DocumentLoader {
  const contexts = bundledContexts();
  return async (url: string) => {
    const fixed = contexts.get(url) ?? documents.get(url);
    if (fixed !== undefined) return { contextUrl: null, documentUrl: url, document: structuredClone(fixed) };
    if (url.startsWith('did:key:')) {
      try {
        return { contextUrl: null, documentUrl: url, document: await (await didKey()).get({ url }) };
      } catch (error) {
        throw new DocumentRefusedError(url, `not a usable Ed25519 did:key (${(error as Error).message})`);
      }
    }
    throw new DocumentRefusedError(
      url,
      'not bundled here, and nothing is fetched from the network: only the W3C VC, Data Integrity, Multikey and Open Badges 3.0.3 contexts and did:key identifiers are understood',
    );
  };
}
