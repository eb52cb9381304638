/**
 * The deadline policies as commands read them (`ctx.deadlinePolicies`): every version in
 * memory (one per admin edit), the newest for new complaints, a complaint's own version
 * when its clocks move. Reloaded on NOTIFY, so every process follows an edit at once.
 */
import {
  policyFor,
  shippedDeadlinePolicy,
  type DeadlineFacts,
  type DeadlinePolicy,
  type VersionedDeadlinePolicy,
} from '../domain/sla/index.js';
import type { Database } from '../store/database.js';
import {
  deadlinePoliciesChannel,
  ensureShippedDeadlinePolicy,
  listDeadlinePolicies,
} from '../store/deadline-policy-repository.js';

export interface DeadlinePolicyBook {
  /** The version new complaints are opened under. */
  readonly current: VersionedDeadlinePolicy;
  /** The targets of `version` for a complaint with these facts. */
  targetsFor(version: number, facts: DeadlineFacts): DeadlinePolicy;
  /** Reads the versions again (after this process saved one). */
  reload(): Promise<void>;
}

const shipped: VersionedDeadlinePolicy = { version: 1, rules: shippedDeadlinePolicy };

/** The shipped policy only: for tools and tests that have no database policies. */
export const shippedPolicyBook: DeadlinePolicyBook = {
  current: shipped,
  targetsFor: (_version, facts) => policyFor(shipped.rules, facts),
  reload: async () => undefined,
};

export class DeadlinePolicySource implements DeadlinePolicyBook {
  private versions = new Map<number, VersionedDeadlinePolicy>([[1, shipped]]);
  private latest: VersionedDeadlinePolicy = shipped;
  private unlisten: (() => Promise<void>) | null = null;

  private constructor(private readonly database: Database) {}

  static async start(database: Database, now: Date): Promise<DeadlinePolicySource> {
    const source = new DeadlinePolicySource(database);
    await ensureShippedDeadlinePolicy(database.db, now);
    await source.reload();
    source.unlisten = await database.listen(
      deadlinePoliciesChannel,
      () => void source.reload().catch(() => undefined),
    );
    return source;
  }

  get current(): VersionedDeadlinePolicy {
    return this.latest;
  }

  targetsFor(version: number, facts: DeadlineFacts): DeadlinePolicy {
    // A version this process has not loaded yet (saved a moment ago elsewhere) is newer
    // than all it knows: the newest it has is the closest.
    const policy = this.versions.get(version) ?? this.latest;
    return policyFor(policy.rules, facts);
  }

  async reload(): Promise<void> {
    const stored = await listDeadlinePolicies(this.database.db);
    if (stored.length === 0) return;
    this.versions = new Map(stored.map((p) => [p.version, { version: p.version, rules: p.rules }]));
    this.latest = this.versions.get(Math.max(...this.versions.keys()))!;
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }
}
