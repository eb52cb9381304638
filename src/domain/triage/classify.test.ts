import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categories, emotions, risks as riskVocabulary, severities } from '../vocabulary.js';
import { createTriage, lexiconModelVersion, triage } from './classify.js';
import type { CategoryScores } from './score-categories.js';

const cuesOf = (text: string, field: string, locale?: string): string[] =>
  triage({ text, locale }).explanation.find((evidence) => evidence.field === field)?.cues ?? [];

describe('triage', () => {
  it('answers other with low confidence and asks for review when no cue matches', () => {
    const result = triage({ text: '😡😡😡👎', locale: 'zh-CN' });
    expect(result.language).toBe('zh');
    expect(result.category.label).toBe('other');
    expect(result.category.confidence).toBeLessThan(0.5);
    expect(result.needsReview).toBe(true);
    expect(result.emotion).toEqual({ label: 'calm', intensity: 0 });
    expect(result.risks).toEqual([]);
    expect(result.severity).toBe('minor');
    expect(result.urgent).toBe(false);
  });

  it('is confident and asks for no review when the cues agree', () => {
    const result = triage({ text: '快递显示已签收，但我根本没收到包裹。' });
    expect(result.category.label).toBe('logistics');
    expect(result.category.confidence).toBeGreaterThan(0.8);
    expect(result.needsReview).toBe(false);
  });

  it('asks for review when the cues point to several categories', () => {
    const result = triage({ text: '航班延误五个小时，地勤人员态度冷淡，行李还丢了。' });
    expect(result.needsReview).toBe(true);
  });

  it('ignores HTML markup and the words of a link', () => {
    const html =
      '<div><p>The <b>waiter</b> was <i>rude</i></p><br/><a href="https://shop.example.com/refund-policy">link</a></div>';
    const result = triage({ text: html });
    expect(result.category.label).toBe('service_attitude');
    expect(cuesOf(html, 'category')).toEqual(['waiter', 'rude']);
  });

  it('does not read 315 or 12315 in a URL, a phone number or an order code as a threat', () => {
    const text =
      '请看截图 https://img.example.com/315/12315.png 我的电话13153151234，订单JD2024031512315，菜里有头发';
    const result = triage({ text });
    expect(result.risks).toEqual(['safety']);
  });

  it('keeps a short Chinese complaint Chinese despite a long URL and order code', () => {
    const text =
      '订单 ABCDEFGH12345678 https://shop.example.com/orders/ABCDEFGH?utm_source=newsletter 没收到货';
    const result = triage({ text });
    expect(result.language).toBe('zh');
    expect(result.category.label).toBe('logistics');
  });

  it('reads the first 4,000 characters of a 50,000-character text without failing', () => {
    const text = `${'这个产品质量太差了，'.repeat(5_000)}我要起诉`;
    expect(text.length).toBeGreaterThanOrEqual(50_000);
    const result = triage({ text });
    expect(result.truncated).toBe(true);
    expect(result.category.label).toBe('product_quality');
    expect(result.risks).toEqual([]);
  });

  it('quotes the cues as the customer wrote them', () => {
    const text = '服務員態度很差，我非常生氣！！！';
    expect(cuesOf(text, 'category')).toEqual(['服務員', '態度很差']);
    expect(cuesOf(text, 'emotion')).toEqual(['非常', '生氣', '！！！']);
  });

  it('explains every decided field', () => {
    const result = triage({ text: '吃了你们的外卖拉肚子，花了800元看病，我要发微博曝光！' });
    expect(result.explanation.map((evidence) => evidence.field)).toEqual([
      'language',
      'category',
      'emotion',
      'risk:safety',
      'risk:media',
      'loss',
      'severity',
      'urgent',
    ]);
    expect(cuesOf('吃了你们的外卖拉肚子，花了800元看病', 'loss')).toEqual(['800元']);
  });

  it('lists risks once each, in vocabulary order', () => {
    const result = triage({
      text: '我要曝光到微博！律师说你们的食物中毒事件要起诉，还有人骗子盗刷了我的卡，骗子！',
    });
    expect(result.risks).toEqual(['safety', 'fraud', 'legal', 'media']);
  });

  it('feels intensifiers in the intensity', () => {
    const calm = triage({ text: '我有点生气' }).emotion;
    const strong = triage({ text: '我真的非常非常生气！！！' }).emotion;
    expect(calm.label).toBe('angry');
    expect(strong.label).toBe('angry');
    expect(strong.intensity).toBeGreaterThan(calm.intensity);
    expect(strong.intensity).toBeGreaterThanOrEqual(0.7);
  });

  it('does not read an enthusiastic thank-you as anger', () => {
    expect(triage({ text: '非常感谢！！！THANK YOU SO MUCH!!!' }).emotion.label).toBe('calm');
  });

  it('raises a VIP customer to moderate and an angry VIP to urgent', () => {
    expect(triage({ text: '房间有点小。', tier: 'vip' }).severity).toBe('moderate');
    const angry = triage({ text: '房间太脏了，我非常生气！', tier: 'vip' });
    expect(angry.urgent).toBe(true);
    expect(triage({ text: '房间太脏了，我非常生气！', tier: 'standard' }).urgent).toBe(false);
  });

  it('reads a stated loss of money or time into the severity', () => {
    expect(triage({ text: '上菜晚了十分钟。' }).severity).toBe('minor');
    expect(triage({ text: '洗衣机送错了型号，白跑一趟。' }).severity).toBe('moderate');
    expect(triage({ text: 'The repair cost me $450 and it is still broken.' }).severity).toBe('moderate');
    expect(triage({ text: '装修公司拖延工期，损失了5万元。' }).severity).toBe('severe');
  });

  it('makes a complaint affecting many customers severe', () => {
    expect(triage({ text: '整个小区都断网了。', affectedCustomers: 300 }).severity).toBe('severe');
  });

  it('stores the lexicon model version', () => {
    expect(triage({ text: '快递没到' }).modelVersion).toBe(lexiconModelVersion);
    expect(lexiconModelVersion).toBe('lexicon-1');
  });

  it('lets a trained model decide the category and emotion through the seams', () => {
    const policyScores: CategoryScores = {
      product_quality: 0.02,
      service_attitude: 0.02,
      timeliness: 0.02,
      information_accuracy: 0.02,
      policy: 0.9,
      logistics: 0.01,
      other: 0.01,
    };
    const modelTriage = createTriage({
      scoreCategories: () => policyScores,
      scoreEmotions: () => ({ angry: 0.1, disappointed: 0.1, anxious: 0.7, calm: 0.1 }),
      modelVersion: 'linear-1',
    });
    const result = modelTriage({ text: '快递没到，我要报警' });
    expect(result.category).toEqual({ label: 'policy', confidence: 0.9 });
    expect(result.emotion.label).toBe('anxious');
    expect(result.risks).toEqual(['legal']);
    expect(result.modelVersion).toBe('linear-1');
  });

  it('reads calm where a model sees an emotion in a text that is not dissatisfied and has no cue of it', () => {
    const disappointedModel = createTriage({
      scoreEmotions: () => ({ angry: 0.05, disappointed: 0.8, anxious: 0.05, calm: 0.1 }),
      modelVersion: 'linear-1',
    });
    const happy = disappointedModel({ text: '终于放假啦，今天天气真好' });
    expect(happy.negative).toBeLessThan(0.5);
    expect(happy.emotion).toEqual({ label: 'calm', intensity: 0 });
    // A cue of the emotion keeps it, and so does a text that reads as dissatisfied.
    expect(disappointedModel({ text: '有点失望，不过还好' }).emotion.label).toBe('disappointed');
    const complaint = disappointedModel({ text: '快递三天没到，客服也不回复，太差了' });
    expect(complaint.negative).toBeGreaterThanOrEqual(0.5);
    expect(complaint.emotion.label).toBe('disappointed');
  });

  it('always answers within the vocabulary and the 0..1 ranges', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.option(fc.constantFrom('zh-CN', 'en-US')),
        (text, locale) => {
          const result = triage({ text, locale: locale ?? undefined });
          expect(['zh', 'en']).toContain(result.language);
          expect(categories).toContain(result.category.label);
          expect(result.category.confidence).toBeGreaterThanOrEqual(0);
          expect(result.category.confidence).toBeLessThanOrEqual(1);
          expect(emotions).toContain(result.emotion.label);
          expect(result.emotion.intensity).toBeGreaterThanOrEqual(0);
          expect(result.emotion.intensity).toBeLessThanOrEqual(1);
          expect(result.risks).toEqual(riskVocabulary.filter((risk) => result.risks.includes(risk)));
          expect(severities).toContain(result.severity);
        },
      ),
      { numRuns: 200 },
    );
  });
});
