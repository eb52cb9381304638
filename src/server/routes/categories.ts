/**
 * Category administration (admin) and a complaint's subcategory (agents, supervisors, admins).
 * Every staff member reads the categories: the names, the guidance on what belongs where, and
 * the subcategories to choose from.
 */
import { actorOf } from '../../commands/accounts/sessions.js';
import { editCategory, readCategories, setSubcategory } from '../../commands/category-settings.js';
import { DomainError } from '../../domain/errors.js';
import type { StoredCategorySettings } from '../../store/category-repository.js';
import { isUuid } from '../../store/ids.js';
import { listClocks } from '../../store/sla-clock-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { presentComplaint } from '../presenters/complaint-presenter.js';
import {
  CategoryBody,
  CategoryList,
  CategoryParams,
  CategoryView,
  SubcategoryBody,
} from './categories.schema.js';
import { ComplaintIdParams, ComplaintView } from './complaints.schema.js';
import type { App, RouteDeps } from './route-context.js';

const security = [{ bearer: [] }];

const presentCategory = (c: StoredCategorySettings) => ({
  key: c.key,
  names: c.names,
  guidance: c.guidance,
  defaultTeamId: c.defaultTeamId,
  subcategories: c.subcategories,
  updatedAt: c.updatedAt?.toISOString() ?? null,
  updatedBy: c.updatedBy,
});

export function categoryRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/categories',
    {
      schema: {
        tags: ['categories'],
        security,
        summary: 'The seven categories with their names, guidance, default team and subcategories',
        response: { 200: CategoryList },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      return { items: (await readCategories(ctx)).map(presentCategory) };
    },
  );

  app.put(
    '/api/v1/categories/:key',
    {
      schema: {
        tags: ['categories'],
        security,
        summary:
          'Edit a category (admin): names, guidance, default team, subcategories; all problems are listed',
        params: CategoryParams,
        body: CategoryBody,
        response: { 200: CategoryView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'category.manage');
      const saved = await editCategory(ctx, request.params.key, request.body, actorOf(principal.user));
      request.log.info(
        { by: principal.user.id, category: saved.key, subcategories: saved.subcategories.length },
        'category edited',
      );
      return presentCategory(saved);
    },
  );

  app.post(
    '/api/v1/complaints/:id/subcategory',
    {
      schema: {
        tags: ['complaints'],
        security,
        summary: "Set or clear a complaint's subcategory (an active one of its category)",
        params: ComplaintIdParams,
        body: SubcategoryBody,
        response: { 200: ComplaintView },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.subcategory');
      if (!isUuid(request.params.id)) {
        throw new DomainError('complaint.not_found', 'No complaint with this id.');
      }
      const updated = await setSubcategory(
        ctx,
        request.params.id,
        request.body.subcategoryId,
        actorOf(principal.user),
      );
      const clocks = (await listClocks(ctx.database.db, [updated.id])).get(updated.id) ?? [];
      return presentComplaint(updated, principal.user.role, clocks, ctx.now());
    },
  );
}
