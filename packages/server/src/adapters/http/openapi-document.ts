/**
 * The top of the OpenAPI document: info, servers and the declared tags. A route's tags must be
 * listed here (the Spectral OAS ruleset, run by `test/openapi-lint.test.ts`, fails otherwise).
 */
export const API_VERSION = '0.1.0';

export const API_TAGS = [
  { name: 'Operations', description: 'Health of the running server.' },
  { name: 'Occupations', description: 'The served classification: its facts, occupation search and detail.' },
  {
    name: 'Transparency',
    description:
      'The transparency log of every ledger entry and key: signed checkpoints and RFC 9162 proofs.',
  },
  { name: 'Accounts', description: 'Sign up, the caller’s account, attesters’ public keys.' },
  {
    name: 'Evidence',
    description: 'A learner’s evidence: deposit, read, correct, revoke (a hash-chained ledger).',
  },
  {
    name: 'Attestation',
    description: 'Asking employers and advisors to vouch for evidence, and their signatures.',
  },
  {
    name: 'Learners',
    description: 'A learner’s account as a whole: ledger check, profile, consent, export.',
  },
  {
    name: 'Matching',
    description: 'Evidence against occupations: matches, gaps, related occupations, classification.',
  },
  {
    name: 'Employers',
    description: 'Roles, their requirements and ranked, explained candidates; disclosures.',
  },
  { name: 'Advisors', description: 'Cohorts, invitations, members and the cohort match report.' },
  {
    name: 'Credentials',
    description:
      'Open Badges 3.0 verifiable credentials: issued at attestation, revocation status lists, offline verification, import.',
  },
  {
    name: 'Learning',
    description:
      'Providers’ courses, assessments and competitions; enrolments; provider-signed results that become evidence; recommendations that close a gap.',
  },
  {
    name: 'Messages',
    description: 'Role conversations between employers and interested graduates, and the inbox.',
  },
];

export const OPENAPI_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Skillbank API',
    version: API_VERSION,
    description:
      'Skillbank (数字化技能银行): skill evidence, occupations of the 2022 national classification, matching.',
    contact: { name: 'Skillbank maintainers' },
  },
  servers: [{ url: '/', description: 'This server' }],
  tags: API_TAGS,
};
