/**
 * Embedded PGlite on its own worker thread (store/pglite-thread-worker.ts).
 *
 * PGlite is PostgreSQL compiled to WebAssembly: every statement runs synchronously on the
 * thread that owns it. On the process's main thread that stops everything else for the
 * statement's whole length (about half of an intake's CPU time); on a thread of its own
 * the database and the HTTP side use both cores. `PgliteThread` offers the part of
 * PGlite's client that drizzle-orm/pglite uses (`query`, `transaction`) plus listen, dump
 * and close, and forwards each call as a message.
 */
import { Worker } from 'node:worker_threads';
import type {
  RowMode,
  ThreadAnswer,
  ThreadError,
  ThreadRequest,
  ThreadResults,
  ThreadStart,
} from './pglite-thread-protocol.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Request = DistributiveOmit<ThreadRequest, 'id'>;

/** What drizzle-orm/pglite calls on a client or on a transaction's client. */
export interface ThreadQueryable {
  query(sql: string, params?: unknown[], options?: { rowMode?: RowMode }): Promise<ThreadResults>;
  exec(sql: string): Promise<ThreadResults[]>;
}

const workerUrl = new URL('./pglite-thread-worker.mjs', import.meta.url);

/** A PostgreSQL error from the thread, with the fields (code, constraint, …) PGlite gave it. */
export class PgliteThreadError extends Error {
  constructor(error: ThreadError) {
    super(error.message);
    Object.assign(this, error.fields);
    this.name = 'DatabaseError';
  }
}

export class PgliteThread implements ThreadQueryable {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  readonly #listeners = new Map<string, Set<(payload: string) => void>>();
  #nextId = 1;
  #stopped: Error | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (message: ThreadAnswer) => this.#receive(message));
    worker.on('error', (error) => this.#stop(error));
    worker.on('exit', (code) => this.#stop(new Error(`the PGlite thread stopped (exit code ${code})`)));
  }

  /** Starts the thread and opens PGlite in `dataDir` (in memory without one), optionally from an image. */
  static async start(dataDir: string | undefined, image: Blob | undefined): Promise<PgliteThread> {
    const start: ThreadStart = { dataDir, image: image ? await image.arrayBuffer() : undefined };
    const worker = new Worker(workerUrl, {
      workerData: start,
      transferList: start.image ? [start.image] : [],
    });
    const thread = new PgliteThread(worker);
    // The thread answers id 0 once PGlite is open (or fails with the reason).
    await new Promise((resolve, reject) => thread.#pending.set(0, { resolve, reject }));
    return thread;
  }

  query(sql: string, params: unknown[] = [], options?: { rowMode?: RowMode }): Promise<ThreadResults> {
    return this.#call({
      kind: 'query',
      sql,
      params,
      rowMode: options?.rowMode ?? 'object',
    }) as Promise<ThreadResults>;
  }

  exec(sql: string): Promise<ThreadResults[]> {
    return this.#call({ kind: 'exec', sql }) as Promise<ThreadResults[]>;
  }

  /** Runs `fn` in one transaction on the thread: committed when it resolves, rolled back when it throws. */
  async transaction<T>(fn: (tx: ThreadQueryable) => Promise<T>): Promise<T> {
    const tx = (await this.#call({ kind: 'begin' })) as number;
    const client: ThreadQueryable = {
      query: (sql, params = [], options) =>
        this.#call({
          kind: 'query',
          sql,
          params,
          rowMode: options?.rowMode ?? 'object',
          tx,
        }) as Promise<ThreadResults>,
      exec: (sql) => this.#call({ kind: 'exec', sql, tx }) as Promise<ThreadResults[]>,
    };
    let result: T;
    try {
      result = await fn(client);
    } catch (error) {
      await this.#call({ kind: 'end', tx, commit: false }).catch(() => undefined);
      throw error;
    }
    await this.#call({ kind: 'end', tx, commit: true });
    return result;
  }

  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    let set = this.#listeners.get(channel);
    if (!set) {
      set = new Set();
      this.#listeners.set(channel, set);
      await this.#call({ kind: 'listen', channel });
    }
    set.add(onMessage);
    return async () => {
      set.delete(onMessage);
    };
  }

  async dumpDataDir(_compression?: 'gzip'): Promise<Blob> {
    const bytes = (await this.#call({ kind: 'dump' })) as ArrayBuffer;
    return new Blob([bytes], { type: 'application/x-gzip' });
  }

  async close(): Promise<void> {
    if (this.#stopped) return;
    await this.#call({ kind: 'close' });
    await this.#worker.terminate();
  }

  #call(request: Request): Promise<unknown> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...request, id });
    });
  }

  #receive(message: ThreadAnswer): void {
    if ('kind' in message) {
      for (const handler of this.#listeners.get(message.channel) ?? []) handler(message.payload);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (message.ok) pending.resolve(message.value);
    else pending.reject(new PgliteThreadError(message.error));
  }

  #stop(reason: Error): void {
    this.#stopped ??= reason;
    for (const { reject } of this.#pending.values()) reject(reason);
    this.#pending.clear();
  }
}
