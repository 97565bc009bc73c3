/**
 * Loads the demo catalogue through the real services: the providers sign up, publish their
 * offerings, the demo graduates enrol, the providers record (and sign) results, and the graduates
 * accept some of them — one is left waiting, so a visitor can accept it and watch the match rise.
 */
import {
  acceptResult,
  createAccount,
  enrol,
  offeringInputSchema,
  publishOffering,
  recordResult,
  resultInputSchema,
  type Trx,
} from '@skillbank/core';
import { DEMO_OFFERINGS, DEMO_PROVIDERS, DEMO_RESULTS, type DemoProviderKey } from './demo-catalogue.js';

export interface DemoPersonaKey {
  persona: string;
  accountId: string;
  token: string;
}

/**
 * Publishes the demo catalogue; `learners` maps graduate personas to their account ids. Returns
 * the providers' personas (to be recorded with the others). Run it in the demo's transaction.
 */
export async function loadDemoCatalogue(
  trx: Trx,
  { taxonomyId, learners }: { taxonomyId: string; learners: ReadonlyMap<string, string> },
): Promise<DemoPersonaKey[]> {
  const providers = new Map<DemoProviderKey, { id: string; token: string }>();
  const personas: DemoPersonaKey[] = [];
  for (const [key, p] of Object.entries(DEMO_PROVIDERS) as [
    DemoProviderKey,
    (typeof DEMO_PROVIDERS)[DemoProviderKey],
  ][]) {
    const { account, token } = await createAccount(trx, {
      role: 'provider',
      name: p.name,
      organisation: p.organisation,
    });
    providers.set(key, { id: account.id, token });
    personas.push({ persona: p.persona, accountId: account.id, token });
  }
  const offerings = new Map<string, string>();
  for (const o of DEMO_OFFERINGS) {
    const provider = providers.get(o.provider);
    if (!provider) continue;
    const published = await publishOffering(trx, offeringInputSchema.parse(o.input), {
      providerId: provider.id,
      taxonomyId,
    });
    offerings.set(o.key, published.id);
  }
  for (const r of DEMO_RESULTS) {
    const learnerId = learners.get(r.graduate);
    const offeringId = offerings.get(r.offering);
    const spec = DEMO_OFFERINGS.find((o) => o.key === r.offering);
    const provider = spec ? providers.get(spec.provider) : undefined;
    if (!learnerId || !offeringId || !provider) continue;
    const enrolment = await enrol(trx, offeringId, learnerId);
    const result = await recordResult(trx, enrolment.id, resultInputSchema.parse(r.result), {
      providerId: provider.id,
      token: provider.token,
    });
    if (r.answer !== 'offered') await acceptResult(trx, result.id, { showPublicly: r.answer === 'public' });
  }
  return personas;
}
