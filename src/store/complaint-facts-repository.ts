/**
 * The search document of a complaint, rewritten when the text it was built from changes
 * (step 2 corrects the order and product references, which search finds).
 */
import { eq } from 'drizzle-orm';
import type { Executor } from './database.js';
import { complaints } from './schema.js';

export async function rewriteSearchTokens(db: Executor, complaintId: string, tokens: string): Promise<void> {
  await db.update(complaints).set({ searchTokens: tokens }).where(eq(complaints.id, complaintId));
}
