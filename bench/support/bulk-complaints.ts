/**
 * Fills a database with N realistic complaints fast (multi-row INSERTs, 1,000 rows a
 * transaction) for the list benchmark. Texts come from bilingual fragments so search
 * has common and rare words; triage fields are drawn, not computed (it is not measured here).
 */
import { sql } from 'drizzle-orm';
import { searchDocument } from '../../src/domain/search/search-tokens.js';
import { categories, channels, emotions, severities } from '../../src/domain/vocabulary.js';
import { complaintStatuses } from '../../src/domain/complaint/lifecycle.js';
import type { Database } from '../../src/store/database.js';
import { newId } from '../../src/store/ids.js';
import { enqueueJob } from '../../src/store/job-repository.js';
import { startSearchReindex } from '../../src/jobs/search-reindex.js';

const zhPieces = [
  '快递包装破损,杯子碎了两个',
  '客服电话一直打不通',
  '外卖送餐超时一个小时,汤都洒了',
  '酒店房间空调噪音很大,一整晚没睡好',
  '信用卡被重复扣款三百元',
  '航班延误没有任何通知',
  '商品描述与实物严重不符',
  '退货申请被无理拒绝',
  '服务员态度恶劣,还骂人',
  '宽带断网三天没人上门维修',
  '会员积分莫名清零',
  '收到的羽绒服有破洞',
];
const enPieces = [
  'The parcel arrived crushed and the glass inside was broken',
  'Nobody answered my two emails last week',
  'I was charged twice for the same order',
  'The flight was delayed five hours without any notice',
  'The room smelled of smoke and the air conditioner was noisy',
  'The refund I was promised never arrived',
  'The waiter was rude and refused to call the manager',
  'My internet has been down for three days',
];

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export async function bulkComplaints(database: Database, count: number, now: Date): Promise<void> {
  const customerId = newId(now.getTime());
  await database.db.execute(
    sql`INSERT INTO customers (id, name, email, email_key, tier, created_at) VALUES (${customerId}::uuid, 'Bench', 'bench@example.com', 'bench@example.com', 'standard', ${now}::timestamptz) ON CONFLICT DO NOTHING`,
  );
  const yearMs = 365 * 24 * 3600 * 1000;
  for (let start = 0; start < count; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const zh = random() < 0.65;
      const description = zh
        ? `${pick(zhPieces)},${pick(zhPieces)}。订单号 ${100000 + i}`
        : `${pick(enPieces)}. ${pick(enPieces)}. Order ${100000 + i}`;
      const receivedAt = new Date(now.getTime() - Math.floor(random() * yearMs));
      const status = pick(complaintStatuses);
      rows.push(sql`(${newId(receivedAt.getTime())}::uuid, ${benchTrackingNumber(i)}, ${Buffer.alloc(32)},
        ${status}, ${pick(channels)}, ${customerId}::uuid, 'Bench', 'bench@example.com', NULL, 'standard',
        ${description.slice(0, 40)}, ${description}, NULL, NULL, NULL, NULL, ${receivedAt}::timestamptz,
        ${receivedAt}::timestamptz, ${receivedAt}::timestamptz, 'ordinary', ${zh ? 'zh-CN' : 'en-US'}, ${zh ? 'zh' : 'en'},
        ${pick(categories)}, 0.8, 'triage', ${pick(emotions)}, 0.5, '{}'::text[], ${pick(severities)}, 'triage', false,
        false, '[]'::jsonb, 'bench', NULL, NULL, ${new Date(receivedAt.getTime() + 86_400_000)}::timestamptz,
        ${new Date(receivedAt.getTime() + 3 * 86_400_000)}::timestamptz, ${searchDocument([description])})`);
    }
    await database.db.execute(sql`INSERT INTO complaints (
      id, tracking_number, access_token_hash, status, channel, customer_id, customer_name, customer_email,
      customer_phone, customer_tier, subject, description, expectation, order_ref, product_ref, occurred_at,
      received_at, created_at, updated_at, complexity, locale, language, category, category_confidence,
      category_source, emotion, emotion_intensity, risks, severity, severity_source, urgent, needs_review,
      triage_explanation, triage_model_version, owner_id, created_by_id, first_response_due_at,
      resolution_due_at, search_tokens) VALUES ${sql.join(rows, sql`, `)}`);
  }
  // Rows written here carry their own search tokens: record this version's reindex as done,
  // so the server does not spend the benchmark rewriting them (jobs/search-reindex.ts).
  const reindex = startSearchReindex(now);
  await enqueueJob(database.db, reindex, now);
  await database.db.execute(sql`UPDATE jobs SET status = 'done' WHERE id = ${reindex.id}`);
  await database.db.execute(sql`VACUUM ANALYZE complaints`);
}

const trackingAlphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The i-th bulk complaint's tracking number: a real one's shape (CL-XXXX-XXXX, no look-alikes), "B" first. */
export function benchTrackingNumber(i: number): string {
  let symbols = '';
  for (let rest = i, n = 0; n < 7; n++, rest = Math.floor(rest / 30)) {
    symbols = trackingAlphabet[rest % 30] + symbols;
  }
  const all = `B${symbols}`;
  return `CL-${all.slice(0, 4)}-${all.slice(4)}`;
}
