/**
 * The keys of CONTRACT.md §4 that forms and filters offer (categories, severities, emotions,
 * tiers), in their canonical order: the server's own lists (src/domain/vocabulary.ts, plain
 * constants), so the web app never keeps a copy that can drift.
 */
export { categories, emotions, severities, tiers } from '../../../src/domain/vocabulary';
export type { Category, Emotion, Severity, Tier } from '../../../src/domain/vocabulary';
