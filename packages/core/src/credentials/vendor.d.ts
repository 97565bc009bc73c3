/**
 * The few shapes we use from the Digital Bazaar credential libraries, which ship no types.
 * Kept minimal on purpose: only what our code calls.
 */

declare module '@digitalbazaar/vc' {
  export interface VcVerifyResult {
    verified: boolean;
    error?: unknown;
    results?: { verified: boolean; error?: unknown }[];
    statusResult?: { verified: boolean };
  }
  export function issue(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export function verifyCredential(options: Record<string, unknown>): Promise<VcVerifyResult>;
  export function verify(options: Record<string, unknown>): Promise<VcVerifyResult>;
  export function createPresentation(options: Record<string, unknown>): Record<string, unknown>;
  export function signPresentation(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export class CredentialIssuancePurpose {
    constructor(options?: Record<string, unknown>);
  }
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: string | Date });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    signer(): { id: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
    verifier(): {
      id: string;
      algorithm: string;
      verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean>;
    };
    export(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  }
  export function fromJwk(options: {
    jwk: Record<string, unknown>;
    secretKey?: boolean;
    id?: string;
    controller?: string;
  }): Promise<Ed25519MultikeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyPair>;
  export function toJwk(options: {
    keyPair: Ed25519MultikeyPair;
    secretKey?: boolean;
  }): Promise<Record<string, string>>;
}

declare module '@digitalbazaar/did-method-key' {
  export interface DidKeyDriver {
    use(options: { multibaseMultikeyHeader: string; fromMultibase: unknown }): void;
    get(options: { did?: string; url?: string }): Promise<Record<string, unknown>>;
  }
  export function driver(): DidKeyDriver;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}

declare module '@digitalbazaar/data-integrity-context' {
  const value: { contexts: Map<string, unknown> };
  export default value;
}

declare module '@digitalbazaar/multikey-context' {
  const value: { contexts: Map<string, unknown> };
  export default value;
}

declare module 'jsonld-signatures' {
  const value: {
    verify(
      document: Record<string, unknown>,
      options: Record<string, unknown>,
    ): Promise<{
      verified: boolean;
      results?: { verified: boolean; verificationMethod?: Record<string, unknown>; error?: unknown }[];
      error?: unknown;
    }>;
    purposes: {
      AssertionProofPurpose: new (options?: Record<string, unknown>) => unknown;
    };
  };
  export default value;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export function checkStatus(
    options: Record<string, unknown>,
  ): Promise<{ verified: boolean; error?: unknown; results?: { status?: boolean }[] }>;
}

declare module 'jsonld' {
  const value: {
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
  };
  export default value;
}
