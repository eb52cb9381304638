/**
 * Near-duplicate links (PRODUCT.md R13), found after intake: complaints waiting in
 * `duplicate_checks` are taken in batches; their MinHash band keys go into `complaint_bands`,
 * and each is compared with the newest few complaints of the 30 days before sharing a band
 * (at most 5 per band, 50 in all, however many identical complaints a crisis brings).
 */
import { sql } from 'drizzle-orm';
import { bandsOf, nearDuplicateSimilarity, signatureSize } from '../domain/search/minhash.js';
import { queryRows, type Executor } from './database.js';

/** Per band, how many of the newest complaints sharing it are compared. */
const candidatesPerBand = 5;

export interface CheckedComplaint {
  complaintId: string;
  receivedAt: Date;
}

export interface FoundDuplicate {
  complaintId: string;
  duplicateOf: string;
  score: number;
}

/**
 * Takes up to `limit` waiting complaints (oldest first, skipping those another worker holds),
 * records their band keys, and answers the best near duplicate of each that has one. Run it
 * inside a transaction: the taken rows come back if it fails.
 */
export async function checkDuplicates(
  tx: Executor,
  limit: number,
  now: Date,
): Promise<{ checked: number; found: FoundDuplicate[] }> {
  const taken = await queryRows<{
    id: string;
    received_at: Date | string;
    minhash: number[] | string | null;
  }>(
    tx,
    sql`
      WITH taken AS (
        DELETE FROM duplicate_checks WHERE complaint_id IN (
          SELECT complaint_id FROM duplicate_checks ORDER BY received_at LIMIT ${limit} FOR UPDATE SKIP LOCKED
        ) RETURNING complaint_id
      )
      SELECT c.id, c.received_at, c.minhash FROM taken JOIN complaints c ON c.id = taken.complaint_id`,
  );
  const rows = taken
    .map((r) => ({
      id: r.id,
      receivedAt: new Date(r.received_at),
      signature: typeof r.minhash === 'string' ? parseIntArray(r.minhash) : (r.minhash ?? []),
    }))
    .filter((r) => r.signature.length === signatureSize);
  if (rows.length === 0) return { checked: taken.length, found: [] };

  const input = sql.join(
    rows.map(
      (r) =>
        sql`(${r.id}::uuid, ${r.receivedAt.toISOString()}::timestamptz, ${`{${bandsOf(r.signature).join(',')}}`}::int[], ${`{${r.signature.join(',')}}`}::int[])`,
    ),
    sql`, `,
  );
  // Band keys first, so complaints of the same batch find each other (earlier ones).
  await tx.execute(sql`
    INSERT INTO complaint_bands (band, received_at, complaint_id)
    SELECT DISTINCT key.band, i.received_at, i.id
    FROM (VALUES ${input}) AS i(id, received_at, bands, signature)
    CROSS JOIN LATERAL unnest(i.bands) AS key(band)
    ON CONFLICT DO NOTHING`);
  const found = await queryRows<{ complaint_id: string; duplicate_of: string; score: number | string }>(
    tx,
    sql`
      SELECT DISTINCT ON (i.id) i.id AS complaint_id, d.id AS duplicate_of, d.similarity AS score
      FROM (VALUES ${input}) AS i(id, received_at, bands, signature)
      CROSS JOIN LATERAL (
        SELECT candidates.complaint_id AS id,
               (SELECT count(*) FROM complaints c, unnest(c.minhash, i.signature) AS u(a, b)
                WHERE c.id = candidates.complaint_id AND u.a = u.b)::real / ${sql.raw(String(signatureSize))} AS similarity
        FROM (
          SELECT DISTINCT candidate.complaint_id
          FROM unnest(i.bands) AS key(band)
          CROSS JOIN LATERAL (
            SELECT cb.complaint_id FROM complaint_bands cb
            WHERE cb.band = key.band
              AND cb.received_at > i.received_at - interval '30 days'
              AND (cb.received_at < i.received_at OR (cb.received_at = i.received_at AND cb.complaint_id < i.id))
            ORDER BY cb.received_at DESC LIMIT ${sql.raw(String(candidatesPerBand))}
          ) candidate
        ) candidates
      ) d
      WHERE d.similarity >= ${sql.raw(String(nearDuplicateSimilarity))}
      ORDER BY i.id, d.similarity DESC`,
  );
  const duplicates = found.map((f) => ({
    complaintId: f.complaint_id,
    duplicateOf: f.duplicate_of,
    score: Number(f.score),
  }));
  if (duplicates.length > 0) {
    await tx.execute(sql`
      INSERT INTO complaint_links (complaint_id, related_id, kind, score, created_at)
      SELECT d.complaint_id, d.related_id, 'duplicate', d.score, ${now}::timestamptz
      FROM (VALUES ${sql.join(
        duplicates.map((d) => sql`(${d.complaintId}::uuid, ${d.duplicateOf}::uuid, ${d.score}::real)`),
        sql`, `,
      )}) AS d(complaint_id, related_id, score)
      ON CONFLICT DO NOTHING`);
  }
  return { checked: taken.length, found: duplicates };
}

function parseIntArray(text: string): number[] {
  const inner = text.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map(Number) : [];
}
