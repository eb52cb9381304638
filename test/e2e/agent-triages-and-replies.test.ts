/**
 * An agent's first minutes with a new complaint (PRODUCT.md R3, R5, R6): they find it in
 * the queue by searching Chinese words, open it, take it (→ triaged, they become its
 * owner), leave an internal note for colleagues and then answer the customer. The
 * timeline shows both, visibly different, and the first-response clock is met.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageErrors } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';
import {
  adminToken,
  button,
  callApi,
  card,
  choose,
  clock,
  createAccount,
  expectStatus,
  openComplaint,
  openStep,
  pick,
  signIn,
  snap,
  staffContext,
  switchLanguage,
  unexpected,
  type Account,
  type ComplaintSummary,
} from './staff.js';

let server: E2EServer;
let browser: Browser;
let agent: Account;
let washer: ComplaintSummary;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await adminToken(server);
  agent = await createAccount(server, admin, {
    email: 'li.na@e2e.closeloop.test',
    name: '李娜',
    role: 'agent',
  });
  // Three new complaints in the queue; the search must find the one about the washer.
  washer = await openComplaint(server, agent.token, {
    customer: { name: '张伟', phone: '138 0013 8000' },
    subject: '新洗衣机漏水把地板泡了',
    description: '上周六买的滚筒洗衣机，第一次用就从底部漏水，木地板泡坏了一片。',
    expectation: '上门检修或换新，并赔偿地板的损失。',
    orderRef: 'JD-20260501-7731',
  });
  await openComplaint(server, agent.token, {
    customer: { name: '刘芳', email: 'liu.fang@example.com' },
    subject: '快递三天没有更新物流',
    description: '订单显示已发货，但快递单号三天都没有任何物流信息。',
  });
  await openComplaint(server, agent.token, {
    channel: 'email',
    customer: { name: 'Emma Stone', email: 'emma@example.com' },
    subject: 'Charged twice for one order',
    description: 'My card was charged twice for the same order yesterday. Please refund one charge.',
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const zh = {
  search: '搜索投诉',
  actions: '下一步',
  deadlines: '时限',
  timeline: '处理记录',
  assign: '确认研判并指定负责人',
  confirm: '确认',
  triaged: '已研判',
  firstResponse: '首次响应',
  met: '已达成',
};

/** The rows of the queue table (without its header row). */
const queueRows = (page: Page) => page.locator('tbody').getByRole('row');

describe('an agent triages a new complaint and answers the customer', () => {
  it('finds it by a Chinese search, takes it, notes internally, replies, and meets the first response', async () => {
    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, agent, 'zh-CN');
      await expect.poll(() => queueRows(page).count()).toBe(3);

      // Search in Chinese: only the washer complaint is left, and the URL keeps the query.
      await page.getByRole('searchbox', { name: zh.search }).fill('洗衣机 漏水');
      await page.waitForURL(/[?&]q=/);
      await expect.poll(() => queueRows(page).count()).toBe(1);
      const row = queueRows(page).filter({ hasText: washer.trackingNumber });
      await row.getByText('新洗衣机漏水把地板泡了').waitFor();
      await snap(page, '20-agent-queue-search-zh');

      await row.click();
      await page.waitForURL(new RegExp(`/complaints/${washer.id}$`));
      await page.getByRole('heading', { name: '新洗衣机漏水把地板泡了', level: 2 }).waitFor();
      await page.getByText('负责人：未分配', { exact: false }).waitFor();
      const deadlines = card(page, zh.deadlines);
      await clock(deadlines, zh.firstResponse).getByText('正常').waitFor();
      await snap(page, '21-agent-complaint-new-zh');

      // Take it: the owner defaults to the agent.
      const dialog = await openStep(page, zh.assign);
      await dialog.getByText('李娜（我）').waitFor();
      await snap(page, '22-agent-assign-dialog-zh', { viewport: true });
      await button(dialog, zh.confirm).click();
      await dialog.waitFor({ state: 'detached' });
      await expectStatus(page, zh.actions, zh.triaged);
      await page.getByText('负责人：李娜', { exact: false }).waitFor();

      // An internal note first: the composer says, in words and colour, that it is internal.
      const composer = card(page, zh.timeline);
      await pick(composer, '回复或内部备注', '内部备注');
      await composer.getByText('内部备注不会展示给客户。').waitFor();
      await composer
        .getByRole('textbox', { name: '内部备注' })
        .fill('已联系售后，师傅明天上午可以上门检修，先别承诺换新。');
      await button(composer, '保存备注').click();
      await page.getByText('备注已保存。').waitFor();

      // The agent corrects triage's category: a person's choice, kept as a correction.
      const suggested = await callApi<{ triage: { category: { label: string } } }>(
        server,
        agent.token,
        'GET',
        `/api/v1/complaints/${washer.id}`,
      );
      // A washer that leaks is a product-quality complaint; if triage said so already, the agent
      // files it under after-sales service attitude instead, so that a correction happens either way.
      const CATEGORY = suggested.triage.category.label === 'product_quality' ? '服务态度' : '产品质量';
      const triage = card(page, '分类研判');
      await button(triage, '更正').click();
      await choose(triage, '投诉类型', CATEGORY);
      await button(triage, '保存更正').click();
      await triage.getByText('人工确认').waitFor();
      // The timeline says what changed, not only that something did.
      await card(page, zh.timeline)
        .getByRole('listitem')
        .filter({ hasText: '分类研判已更正' })
        .getByText(new RegExp(`^投诉类型：.+ → ${CATEGORY}$`))
        .waitFor();

      // Then the reply to the customer, with the coach's help: a "but" that takes back the
      // apology is marked, and the rewritten draft reads clean.
      await pick(composer, '回复或内部备注', '回复客户');
      const replyBox = composer.getByRole('textbox', { name: '回复客户' });
      await replyBox.fill('张先生您好，非常抱歉给您添麻烦了，但是洗衣机漏水可能是安装的问题。');
      const coach = composer.getByRole('region', { name: /回复教练/ });
      await coach.getByText('“但是”否定了共情').waitFor();
      await coach.locator('mark', { hasText: '但是' }).waitFor();
      await snap(page, '22b-agent-coach-zh');
      await replyBox.fill(
        '张先生您好，非常抱歉给您添麻烦了。售后师傅明天上午上门检修，地板损失我们会一并核实处理。',
      );
      await composer.getByText('回复教练：有共情、有行动、有时间，无需修改。').waitFor();
      await button(composer, '发送').click();
      await page.getByText('回复已发送。').waitFor();

      // The timeline shows both, and they do not look alike.
      const timeline = composer.getByRole('list', { name: zh.timeline });
      const note = timeline.getByRole('listitem').filter({ hasText: '师傅明天上午可以上门检修' });
      const reply = timeline.getByRole('listitem').filter({ hasText: '售后师傅明天上午上门检修' });
      await note.getByText('内部：客户不可见').waitFor();
      await reply.getByText('客户可见').waitFor();
      const look = (item: typeof note) =>
        item.locator('.cl-message').evaluate((el) => {
          // The tests are type-checked without the DOM library: what this needs of it.
          const { getComputedStyle } = globalThis as unknown as {
            getComputedStyle: (el: unknown) => { backgroundColor: string; borderStyle: string };
          };
          const style = getComputedStyle(el);
          return `${style.backgroundColor} ${style.borderStyle}`;
        });
      const [noteLook, replyLook] = await Promise.all([look(note), look(reply)]);
      expect(noteLook).not.toBe(replyLook);
      expect(noteLook).toContain('dashed');

      // The reply met the first-response clock.
      await clock(deadlines, zh.firstResponse).getByText(zh.met).waitFor();
      await clock(deadlines, zh.firstResponse).getByText('达成于').waitFor();
      await clock(deadlines, '解决').getByText('正常').waitFor();
      await snap(page, '23-agent-replied-zh');

      // The same page in English.
      await switchLanguage(page, 'en-US');
      const deadlinesEn = card(page, 'Deadlines');
      await clock(deadlinesEn, 'First response').getByText('met', { exact: true }).waitFor();
      await clock(deadlinesEn, 'Resolution').getByText('on track').waitFor();
      const timelineEn = card(page, 'Timeline').getByRole('list', { name: 'Timeline' });
      await timelineEn
        .getByRole('listitem')
        .filter({ hasText: '师傅明天上午可以上门检修' })
        .getByText('Internal: the customer never sees it')
        .waitFor();
      await timelineEn
        .getByRole('listitem')
        .filter({ hasText: '售后师傅明天上午上门检修' })
        .getByText('The customer sees this')
        .waitFor();
      await timelineEn
        .getByRole('listitem')
        .filter({ hasText: 'Triage corrected' })
        .getByText(/^Category: .+ → (Service attitude|Product quality)$/)
        .waitFor();
      await snap(page, '24-agent-replied-en');

      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows at-risk and breached clocks in their colours, and a daily progress update in its second cycle', async () => {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
    // Taken on the phone yesterday and entered late: 20 h of the 24 are gone (at risk), or all (breached).
    const atRisk = await openComplaint(server, agent.token, {
      customer: { name: '黄蕾', phone: '135 0000 1111' },
      subject: '空调安装师傅迟到两小时',
      description: '约好上午九点安装空调，师傅十一点才到，也没有提前打电话。',
      receivedAt: hoursAgo(20),
    });
    const breached = await openComplaint(server, agent.token, {
      customer: { name: '吴强', phone: '135 0000 2222' },
      subject: '退货运费一直没有退还',
      description: '退货已经签收一周了，承诺的运费补贴一直没有到账。',
      receivedAt: hoursAgo(30),
    });
    // A complex complaint promises a progress update every day; a reply starts the next one.
    const complex = await openComplaint(server, agent.token, {
      customer: { name: '郑洁', email: 'zheng.jie@example.com' },
      subject: '装修工程多处质量问题',
      description: '新房装修完工后发现墙面开裂、地砖空鼓、卫生间渗水，需要逐项核实。',
      complexity: 'complex',
    });
    await callApi(server, agent.token, 'POST', `/api/v1/complaints/${complex.id}/messages`, {
      kind: 'reply',
      body: '郑女士您好，我们已安排工程主管明天上门逐项查看，每天会向您通报进度。',
    });

    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, agent, 'zh-CN');
      const deadlines = card(page, zh.deadlines);
      const stateTag = (name: string, state: string) =>
        clock(deadlines, name).locator('.ant-tag').filter({ hasText: state });

      await page.goto(`/complaints/${atRisk.id}`);
      await page.getByRole('heading', { name: '空调安装师傅迟到两小时', level: 2 }).waitFor();
      await stateTag(zh.firstResponse, '即将超时').waitFor();
      expect(await stateTag(zh.firstResponse, '即将超时').getAttribute('class')).toContain('ant-tag-warning');
      expect(await clock(deadlines, zh.firstResponse).textContent()).toMatch(/\d+ 小时内/);

      await page.goto(`/complaints/${breached.id}`);
      await page.getByRole('heading', { name: '退货运费一直没有退还', level: 2 }).waitFor();
      await stateTag(zh.firstResponse, '已超时').waitFor();
      expect(await stateTag(zh.firstResponse, '已超时').getAttribute('class')).toContain('ant-tag-error');
      expect(await clock(deadlines, zh.firstResponse).textContent()).toMatch(/\d+ 小时前/);
      await snap(page, '25-agent-first-response-breached-zh');

      await page.goto(`/complaints/${complex.id}`);
      await page.getByRole('heading', { name: '装修工程多处质量问题', level: 2 }).waitFor();
      const progress = clock(deadlines, '进度反馈（每日）');
      await progress.getByText('第 2 轮').waitFor();
      await progress.getByText('正常').waitFor();
      await clock(deadlines, zh.firstResponse).getByText(zh.met).waitFor();
      await snap(page, '26-agent-progress-update-zh');

      await switchLanguage(page, 'en-US');
      const progressEn = clock(card(page, 'Deadlines'), 'Progress update (daily)');
      await progressEn.getByText('cycle 2').waitFor();
      await progressEn.getByText('on track').waitFor();
      await snap(page, '27-agent-progress-update-en');

      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
