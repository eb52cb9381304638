/**
 * Group commit for intake.
 *
 * Every statement has a fixed cost well above the cost of one more row: on PGlite a
 * write of the changes to the data dir and several protocol round trips, all on the only
 * thread; on PostgreSQL a round trip, a plan and a WAL flush. Complaints that arrive
 * while a statement runs wait for the next turn of the event loop and are then inserted
 * together in one statement (`insertComplaints`). Each caller gets its answer only after
 * the commit that holds its complaint, so a 201 is exactly as durable as before.
 * Measured with `npm run bench:intake`: see bench/README.md.
 */
import type { Database } from './database.js';
import {
  insertComplaint,
  insertComplaints,
  type InsertOutcome,
  type NewComplaint,
} from './complaint-repository.js';

const maxBatch = 64;

interface Waiting {
  complaint: NewComplaint;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

class IntakeBatcher {
  private readonly queue: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;

  /** PGlite runs one statement at a time; PostgreSQL takes two batches at once. */
  constructor(
    private readonly database: Database,
    private readonly maxInFlight: number,
  ) {}

  insert(complaint: NewComplaint): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ complaint, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0 || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    // After this turn's I/O, so requests read together are inserted together.
    setImmediate(() => {
      this.scheduled = false;
      void this.runBatch();
    });
  }

  private async runBatch(): Promise<void> {
    const batch = this.queue.splice(0, maxBatch);
    if (batch.length === 0) return;
    this.inFlight++;
    this.schedule();
    try {
      const outcomes = await insertComplaints(
        this.database.db,
        batch.map((item) => item.complaint),
      );
      batch.forEach((item, i) => item.resolve(outcomes[i]!));
    } catch {
      // One bad complaint must not fail the others: each again on its own.
      for (const item of batch) {
        try {
          item.resolve(await insertComplaint(this.database.db, item.complaint));
        } catch (error) {
          item.reject(error);
        }
      }
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }
}

const batchers = new WeakMap<Database, IntakeBatcher>();

/** Inserts a complaint, in one statement with the others arriving at the same time. */
export function recordComplaint(database: Database, complaint: NewComplaint): Promise<InsertOutcome> {
  let batcher = batchers.get(database);
  if (!batcher) {
    batcher = new IntakeBatcher(database, database.engine === 'pglite' ? 1 : 2);
    batchers.set(database, batcher);
  }
  return batcher.insert(complaint);
}
