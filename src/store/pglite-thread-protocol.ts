/**
 * The messages between the process and its PGlite thread (store/pglite-thread.ts and
 * store/pglite-thread-worker.ts). Everything is plain data: rows, parameters and errors are
 * copied by structured clone.
 */

export type RowMode = 'object' | 'array';

export type ThreadRequest =
  | { id: number; kind: 'query'; sql: string; params: unknown[]; rowMode: RowMode; tx?: number }
  | { id: number; kind: 'exec'; sql: string; tx?: number }
  | { id: number; kind: 'begin' }
  | { id: number; kind: 'end'; tx: number; commit: boolean }
  | { id: number; kind: 'listen'; channel: string }
  | { id: number; kind: 'dump' }
  | { id: number; kind: 'close' };

/** A PostgreSQL error's fields (code, constraint, detail, …) with its message. */
export interface ThreadError {
  message: string;
  fields: Record<string, unknown>;
}

export type ThreadAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: ThreadError }
  | { kind: 'notify'; channel: string; payload: string };

export interface ThreadStart {
  dataDir: string | undefined;
  image: ArrayBuffer | undefined;
}

/** The answer to a query: what drizzle and queryRows read of PGlite's results. */
export interface ThreadResults {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}
