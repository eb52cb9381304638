/**
 * The demo's organisation and learning, so a new database shows them working: two teams (the
 * supervisor leads the first), agents in them, guidance, default teams and subcategories for
 * two categories, and a few completed post-mortems already in the case library.
 */
import { changeUser } from '../commands/accounts/users.js';
import { addToCaseLibrary } from '../commands/add-to-case-library.js';
import { editCategory } from '../commands/category-settings.js';
import type { CommandContext } from '../commands/context.js';
import { createTeam } from '../commands/teams.js';
import { shippedCategoryNames } from '../domain/categories/category-settings.js';
import type { Actor } from '../domain/complaint/complaint.js';
import { queryRows } from '../store/database.js';
import { sql } from 'drizzle-orm';
import type { DemoUserKey } from './demo-users.js';

type StaffActor = Extract<Actor, { type: 'user' }>;

export async function seedDemoOrganisation(
  ctx: CommandContext,
  staff: Record<DemoUserKey, StaffActor>,
): Promise<void> {
  const east = await createTeam(ctx, { name: '华东客服组 East China desk' });
  const international = await createTeam(ctx, { name: 'International desk 国际客服组' });
  for (const key of ['supervisor', 'agentChen', 'agentWang'] as const) {
    await changeUser(ctx, staff[key].id, { teamId: east.id });
  }
  await changeUser(ctx, staff.agentCarter.id, { teamId: international.id });

  await editCategory(
    ctx,
    'logistics',
    {
      names: shippedCategoryNames.logistics,
      guidance: {
        'zh-CN': '配送延误、送错地址、包裹破损或丢失；先查物流轨迹，再联系承运商。',
        'en-US': 'Late, misdelivered, damaged or lost parcels; check the tracking first, then the carrier.',
      },
      defaultTeamId: east.id,
      subcategories: [
        { names: { 'zh-CN': '配送延误', 'en-US': 'Late delivery' }, active: true },
        { names: { 'zh-CN': '包裹破损', 'en-US': 'Damaged parcel' }, active: true },
        { names: { 'zh-CN': '丢件', 'en-US': 'Lost parcel' }, active: true },
      ],
    },
    staff.admin,
  );
  await editCategory(
    ctx,
    'product_quality',
    {
      names: shippedCategoryNames.product_quality,
      guidance: {
        'zh-CN': '商品或菜品本身的问题：异物、变质、损坏、与描述不符；涉及食品安全时立即上报。',
        'en-US':
          'The product or dish itself: foreign objects, spoilage, damage, not as described; report food safety at once.',
      },
      defaultTeamId: null,
      subcategories: [
        { names: { 'zh-CN': '食品异物', 'en-US': 'Foreign object in food' }, active: true },
        { names: { 'zh-CN': '商品损坏', 'en-US': 'Damaged goods' }, active: true },
        { names: { 'zh-CN': '与描述不符', 'en-US': 'Not as described' }, active: true },
      ],
    },
    staff.admin,
  );
}

/** The newest completed post-mortems, anonymised into the case library for training. */
export async function seedDemoLibrary(
  ctx: CommandContext,
  staff: Record<DemoUserKey, StaffActor>,
  count = 3,
): Promise<number> {
  const done = await queryRows<{ complaint_id: string; category: string }>(
    ctx.database.db,
    sql`SELECT pm.complaint_id, c.category FROM post_mortems pm JOIN complaints c ON c.id = pm.complaint_id
        WHERE pm.completed_at IS NOT NULL AND c.status IN ('resolved', 'closed')
        ORDER BY pm.completed_at DESC, pm.complaint_id LIMIT ${count}`,
  );
  for (const { complaint_id: id, category } of done) {
    await addToCaseLibrary(ctx, id, { tags: [categoryTag[category] ?? '案例'] }, staff.qualityManager);
  }
  return done.length;
}

const categoryTag: Record<string, string> = {
  product_quality: '产品质量',
  service_attitude: '服务态度',
  timeliness: '时效',
  information_accuracy: '信息准确',
  policy: '政策',
  logistics: '物流',
  other: '其他',
};
