/**
 * The JSON-LD signing stack (the VC library, Data Integrity, the eddsa-rdfc-2022 cryptosuite,
 * jsonld-signatures and, under them, jsonld): a few hundred milliseconds of module loading, so it
 * is loaded on first use. A process that never signs or checks a Data Integrity proof — most
 * starts, before their first answer — never loads it.
 */
import type * as Vc from '@digitalbazaar/vc';
import type Jsigs from 'jsonld-signatures';

export interface LdStack {
  vc: typeof Vc;
  jsigs: typeof Jsigs;
  DataIntegrityProof: typeof import('@digitalbazaar/data-integrity').DataIntegrityProof;
  cryptosuite: typeof import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite').cryptosuite;
}

let loading: Promise<LdStack> | null = null;

/** The stack, loaded once (concurrent first callers share one load). */
export function ldStack(): Promise<LdStack> {
  loading ??= Promise.all([
    import('@digitalbazaar/vc'),
    import('jsonld-signatures'),
    import('@digitalbazaar/data-integrity'),
    import('@digitalbazaar/eddsa-rdfc-2022-cryptosuite'),
  ]).then(([vc, jsigs, dataIntegrity, eddsa]) => ({
    vc,
    jsigs: jsigs.default,
    DataIntegrityProof: dataIntegrity.DataIntegrityProof,
    cryptosuite: eddsa.cryptosuite,
  }));
  return loading;
}
