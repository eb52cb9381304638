/**
 * The PGlite thread: owns the embedded database and answers the process's requests
 * (store/pglite-thread.ts). PGlite runs each statement synchronously, so on the process's
 * own thread every statement stops HTTP, validation and triage; here the two run side by
 * side on two cores.
 *
 * A transaction stays open across messages: `begin` starts PGlite's own transaction and
 * parks it until `end` commits or rolls it back. PGlite serialises everything else behind
 * it, exactly as it does on one thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types, type Results, type Transaction } from '@electric-sql/pglite';
import type { ThreadAnswer, ThreadError, ThreadRequest, ThreadStart } from './pglite-thread-protocol.js';

const port = parentPort;
if (!port) throw new Error('pglite-thread-worker runs only as a worker thread');

const start = workerData as ThreadStart;

// Timestamps, intervals and dates stay strings, as drizzle-orm/pglite asks for every query.
const keepText = (value: string) => value;
const parsers = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map(
    (type) => [type, keepText],
  ),
);

const db = await PGlite.create({
  dataDir: start.dataDir,
  ...(start.image ? { loadDataDir: new Blob([start.image]) } : {}),
});

interface OpenTransaction {
  tx: Transaction;
  end: (commit: boolean) => void;
  done: Promise<unknown>;
}
const transactions = new Map<number, OpenTransaction>();
let nextTransaction = 1;
const listening = new Set<string>();

function answer(message: ThreadAnswer, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

function toThreadError(error: unknown): ThreadError {
  if (error instanceof Error) {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(error)) {
      if (value === undefined || typeof value === 'function' || key === 'stack') continue;
      if (typeof value === 'object' && value !== null) continue;
      fields[key] = value;
    }
    return { message: error.message, fields };
  }
  return { message: String(error), fields: {} };
}

function executor(tx: number | undefined): PGlite | Transaction {
  if (tx === undefined) return db;
  const open = transactions.get(tx);
  if (!open) throw new Error(`transaction ${tx} is not open`);
  return open.tx;
}

function plain(results: Results<unknown>): unknown {
  return { rows: results.rows, fields: results.fields, affectedRows: results.affectedRows };
}

async function begin(): Promise<number> {
  const id = nextTransaction++;
  return new Promise<number>((begun, failed) => {
    const done = db.transaction(async (tx) => {
      const ended = new Promise<boolean>((resolve) => {
        transactions.set(id, { tx, end: resolve, done });
      });
      begun(id);
      if (!(await ended)) await tx.rollback();
    });
    done.catch((error: unknown) => {
      if (!transactions.has(id)) failed(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

async function end(id: number, commit: boolean): Promise<void> {
  const open = transactions.get(id);
  if (!open) throw new Error(`transaction ${id} is not open`);
  open.end(commit);
  try {
    await open.done;
  } finally {
    transactions.delete(id);
  }
}

async function handle(request: ThreadRequest): Promise<{ value: unknown; transfer?: ArrayBuffer[] }> {
  switch (request.kind) {
    case 'query': {
      const results = await executor(request.tx).query(request.sql, request.params, {
        rowMode: request.rowMode,
        parsers,
      });
      return { value: plain(results) };
    }
    case 'exec': {
      const results = await executor(request.tx).exec(request.sql);
      return { value: results.map(plain) };
    }
    case 'begin':
      return { value: await begin() };
    case 'end':
      await end(request.tx, request.commit);
      return { value: null };
    case 'listen':
      if (!listening.has(request.channel)) {
        listening.add(request.channel);
        await db.listen(request.channel, (payload) =>
          answer({ kind: 'notify', channel: request.channel, payload }),
        );
      }
      return { value: null };
    case 'dump': {
      const bytes = await (await db.dumpDataDir('gzip')).arrayBuffer();
      return { value: bytes, transfer: [bytes] };
    }
    case 'close':
      await db.close();
      return { value: null };
  }
}

port.on('message', (request: ThreadRequest) => {
  handle(request).then(
    ({ value, transfer }) => {
      answer({ id: request.id, ok: true, value }, transfer);
      if (request.kind === 'close') port.close();
    },
    (error: unknown) => answer({ id: request.id, ok: false, error: toThreadError(error) }),
  );
});
answer({ id: 0, ok: true, value: 'ready' });
