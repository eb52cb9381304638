/**
 * Reply templates admins edit (table reply_templates). An empty table means the shipped
 * templates; saving replaces the whole set in one transaction.
 */
import { asc } from 'drizzle-orm';
import { shippedTemplates, type ReplyTemplate } from '../domain/replies/index.js';
import type { Category, Locale, Severity } from '../domain/vocabulary.js';
import type { Executor } from './database.js';
import { newId } from './ids.js';
import { replyTemplates } from './schema.js';

export interface StoredTemplates {
  source: 'shipped' | 'custom';
  templates: readonly ReplyTemplate[];
  updatedAt: Date | null;
}

export async function listReplyTemplates(db: Executor): Promise<StoredTemplates> {
  const rows = await db.select().from(replyTemplates).orderBy(asc(replyTemplates.position));
  if (rows.length === 0) return { source: 'shipped', templates: shippedTemplates, updatedAt: null };
  return {
    source: 'custom',
    updatedAt: rows.reduce<Date | null>(
      (latest, r) => (!latest || r.updatedAt > latest ? r.updatedAt : latest),
      null,
    ),
    templates: rows.map((r) => ({
      id: r.id,
      name: r.name,
      locale: r.locale as Locale,
      category: r.category as Category | null,
      severity: r.severity as Severity | null,
      sections: r.sections as ReplyTemplate['sections'],
    })),
  };
}

/** Replaces every template; an empty list brings the shipped ones back. */
export async function replaceReplyTemplates(
  tx: Executor,
  templates: readonly Omit<ReplyTemplate, 'id'>[],
  userId: string,
  now: Date,
): Promise<void> {
  await tx.delete(replyTemplates);
  if (templates.length === 0) return;
  await tx.insert(replyTemplates).values(
    templates.map((t, position) => ({
      id: newId(now.getTime()),
      name: t.name,
      locale: t.locale,
      category: t.category,
      severity: t.severity,
      sections: t.sections,
      position,
      updatedAt: now,
      updatedById: userId,
    })),
  );
}
