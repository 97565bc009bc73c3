/** The one list of tables in the Skillbank database. */
import type { Kysely, Transaction } from 'kysely';
import type { AccountTable } from '../accounts/accounts.table.js';
import type {
  AttestationInviteTable,
  AttestationRequestEventTable,
  AttestationRequestTable,
} from '../attestation/attestation.table.js';
import type { CandidateStateTable } from '../candidate-states/candidate-states.table.js';
import type { CohortInvitationTable, CohortMemberTable, CohortTable } from '../cohorts/cohorts.table.js';
import type {
  ImportedCredentialTable,
  IssuedCredentialTable,
  StatusListTable,
} from '../credentials/credentials.table.js';
import type { DemoAccountTable } from '../demo/demo.table.js';
import type { DisclosureTable } from '../disclosures/disclosures.table.js';
import type { FeedEventTable, FeedStateTable } from '../feed/feed.table.js';
import type { EmployerExclusionTable, RoleInterestTable } from '../interests/interests.table.js';
import type {
  LearnerAssessmentTable,
  PreassessmentTable,
} from '../learner-assessments/learner-assessments.table.js';
import type { LearnerVectorTable } from '../learner-vectors/learner-vectors.table.js';
import type {
  EnrolmentTable,
  LearningResultTable,
  OfferingTable,
  OfferingTaskTable,
} from '../learning/learning.table.js';
import type { LeaseTable } from '../leases/leases.table.js';
import type { LedgerEntryTable, LedgerHeadTable } from '../ledger/ledger.table.js';
import type { MatcherIndexTable } from '../matcher-index/matcher-index.table.js';
import type { ConversationTable, MessageTable } from '../messages/messages.table.js';
import type { PoolSnapshotTable } from '../pool-snapshots/pool-snapshots.table.js';
import type { RoleTable } from '../roles/roles.table.js';
import type { WebSessionTable } from '../sessions/sessions.table.js';
import type { ShowcaseTable } from '../showcases/showcases.table.js';
import type {
  OccupationLookupTable,
  OccupationTable,
  OccupationTaskTable,
  TaxonomyGroupTable,
  TaxonomyTable,
} from '../taxonomy/taxonomy.table.js';
import type {
  RateLimitTable,
  TransparencyCheckpointTable,
  TransparencyLeafTable,
  TransparencyNodeTable,
  TransparencyStateTable,
} from '../transparency/transparency.table.js';

export interface Database {
  taxonomies: TaxonomyTable;
  taxonomy_groups: TaxonomyGroupTable;
  occupations: OccupationTable;
  occupation_tasks: OccupationTaskTable;
  accounts: AccountTable;
  ledger_heads: LedgerHeadTable;
  ledger_entries: LedgerEntryTable;
  attestation_requests: AttestationRequestTable;
  attestation_request_events: AttestationRequestEventTable;
  attestation_invites: AttestationInviteTable;
  roles: RoleTable;
  cohorts: CohortTable;
  cohort_members: CohortMemberTable;
  cohort_invitations: CohortInvitationTable;
  disclosures: DisclosureTable;
  web_sessions: WebSessionTable;
  showcases: ShowcaseTable;
  demo_accounts: DemoAccountTable;
  transparency_leaves: TransparencyLeafTable;
  transparency_nodes: TransparencyNodeTable;
  transparency_state: TransparencyStateTable;
  transparency_checkpoints: TransparencyCheckpointTable;
  rate_limits: RateLimitTable;
  occupation_lookups: OccupationLookupTable;
  status_lists: StatusListTable;
  issued_credentials: IssuedCredentialTable;
  imported_credentials: ImportedCredentialTable;
  offerings: OfferingTable;
  offering_tasks: OfferingTaskTable;
  enrolments: EnrolmentTable;
  learning_results: LearningResultTable;
  role_interests: RoleInterestTable;
  employer_exclusions: EmployerExclusionTable;
  candidate_states: CandidateStateTable;
  conversations: ConversationTable;
  messages: MessageTable;
  feed_state: FeedStateTable;
  feed_events: FeedEventTable;
  learner_vectors: LearnerVectorTable;
  learner_assessments: LearnerAssessmentTable;
  preassessments: PreassessmentTable;
  leases: LeaseTable;
  matcher_indexes: MatcherIndexTable;
  pool_snapshots: PoolSnapshotTable;
}

export type Db = Kysely<Database>;
/** A transaction, for functions that must run inside one. */
export type Trx = Transaction<Database>;
