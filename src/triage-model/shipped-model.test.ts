import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTriage, isNegative, lexiconModelVersion } from '../domain/triage/index.js';
import { headLabels, modelWidth } from '../domain/triage/linear-model.js';
import { loadTriage, readTriageModel, shippedModelPath } from './load-triage-model.js';
import { decodeModel, encodeModel, ModelFileError, quantize } from './model-file.js';

const model = readTriageModel();
const triage = createTriage({ model });
const silent = { info: () => undefined, warn: () => undefined };

describe('the shipped triage model', () => {
  it('has a linear version and stays small', () => {
    expect(model.version).toMatch(/^linear-\d{8}-[0-9a-f]{8}$/);
    expect(readFileSync(shippedModelPath).length).toBeLessThan(2_000_000);
  });

  it.each([
    ['快递显示已签收，但我根本没收到包裹', 'logistics'],
    ['服务员态度恶劣，还冲我们翻白眼', 'service_attitude'],
    ['申请七天无理由退货，商家拒绝退款', 'policy'],
    ['账单上多扣了一笔年费，和办卡时说的不一样', 'information_accuracy'],
    ['房間的冷氣壞了，整晚都不製冷', 'product_quality'],
    ['客服一直沒有回覆，已經等了兩個禮拜', 'timeliness'],
    ['My package was marked as delivered but it never arrived', 'logistics'],
    ['The receptionist was rude and hung up on me', 'service_attitude'],
    ['They refused to refund my cancelled flight', 'policy'],
    ['I was charged twice for the same order', 'information_accuracy'],
    ['The blender stopped working after two days', 'product_quality'],
  ])('reads "%s" as %s', (text, category) => {
    expect(triage({ text }).category.label).toBe(category);
  });

  it('reads emotions in both languages and scripts', () => {
    expect(triage({ text: '太过分了！！我要投诉到底！' }).emotion.label).toBe('angry');
    expect(triage({ text: '這次真的很失望，以後不會再來了。' }).emotion.label).toBe('disappointed');
    expect(
      triage({ text: 'My flight is tomorrow and my passport has not arrived, I am so worried.' }).emotion
        .label,
    ).toBe('anxious');
    expect(triage({ text: 'Could you please check my bill? Thank you.' }).emotion.label).toBe('calm');
  });

  it('still reads negation: "不是很满意" is negative, "not bad" and "没有问题" are not', () => {
    expect(isNegative(triage({ text: '这次的服务不是很满意' }))).toBe(true);
    expect(isNegative(triage({ text: 'The food was not bad at all, thank you!' }))).toBe(false);
    expect(isNegative(triage({ text: '东西收到了，没有问题，很好' }))).toBe(false);
    expect(isNegative(triage({ text: '味道不错，送餐很快，下次还点' }))).toBe(false);
  });

  it('reads a review by its overall verdict, not by its one flaw or its one kind word', () => {
    expect(isNegative(triage({ text: '位置很方便，床也舒服，就是电梯要等一会儿，总体很满意' }))).toBe(false);
    expect(isNegative(triage({ text: '本来担心隔音，住下来发现挺安静的，前台也热情' }))).toBe(false);
    expect(isNegative(triage({ text: '大堂倒是挺气派，可是房间又潮又有霉味，晚上还很吵' }))).toBe(true);
    expect(isNegative(triage({ text: '用了一个月就开不了机，售后还让我自己寄回去' }))).toBe(true);
  });

  it('keeps risks from the lexicon: the model never removes one', () => {
    const result = triage({ text: '吃完你们的外卖全家食物中毒，我要发微博曝光！' });
    expect(result.risks).toEqual(['safety', 'media']);
    expect(result.severity).toBe('severe');
    expect(result.urgent).toBe(true);
  });

  it('raises no risk on an ordinary bank question or a late, cold delivery', () => {
    for (const text of [
      'Has my replacement debit card been posted yet? It has been over a week now.',
      'Why is the transfer to my sister still pending after three days?',
      'The delivery was two hours late and the food was cold.',
      '外卖晚了两个小时才送到，饭菜全凉了，汤还洒了一半。',
    ]) {
      expect(triage({ text }).risks).toEqual([]);
    }
  });

  it('reads "特别" as "very": "特别好吃" is praise', () => {
    const result = triage({ text: '特别好吃，特别满意，送餐也快' });
    expect(isNegative(result)).toBe(false);
    expect(result.emotion.label).toBe('calm');
  });

  it('is not thrown or skewed by emoji, HTML, URLs, phone numbers and order codes', () => {
    const emoji = triage({ text: '😡😡😡👎' });
    expect(emoji.risks).toEqual([]);
    expect(emoji.severity).toBe('minor');
    const plain = triage({ text: '包裹丢了，快递员电话打不通' });
    const noisy = triage({
      text: '<div>包裹丢了，<b>快递员</b>电话打不通</div> https://t.example.com/315 13153151234 订单SF1234567890123',
    });
    // The markup, URL, phone number and code are stripped; the word "订单" is text and may
    // move the confidence a little, never the label.
    expect(noisy.category.label).toBe(plain.category.label);
    expect(noisy.category.confidence).toBeCloseTo(plain.category.confidence, 1);
    expect(noisy.emotion).toEqual(plain.emotion);
    expect(noisy.risks).toEqual([]);
  });

  it('explains the category with words of the text', () => {
    const text = '快递员把包裹扔在楼下，淋雨全湿了';
    const cues = triage({ text }).explanation.find((evidence) => evidence.field === 'category')?.cues ?? [];
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues) {
      expect(text).toContain(cue);
    }
  });

  it('stores its version with every result', () => {
    expect(triage({ text: '快递没到' }).modelVersion).toBe(model.version);
  });
});

describe('the model file', () => {
  it('round-trips through encode and decode', () => {
    const again = decodeModel(encodeModel(model, { test: true })).model;
    expect(again.version).toBe(model.version);
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
  });

  it('reads a format-1 file (before the risk heads): same weights, risks left to the lexicon', () => {
    const oldHeads = ['category', 'emotion', 'sentiment'] as const;
    const oldWidth = oldHeads.reduce((width, head) => width + headLabels[head].length, 0);
    const current = quantize(model);
    const rows = current.buckets.length;
    const bytes = new Int8Array(rows * oldWidth);
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < oldWidth; column++) {
        bytes[row * oldWidth + column] = current.bytes[row * modelWidth + column] ?? 0;
      }
    }
    const header = Buffer.from(
      JSON.stringify({
        format: 1,
        version: 'linear-format-one',
        featureBits: model.featureBits,
        width: oldWidth,
        rows,
        labels: Object.fromEntries(oldHeads.map((head) => [head, [...headLabels[head]]])),
        bias: [...model.bias].slice(0, oldWidth),
        scales: current.scales.slice(0, oldWidth),
        training: {},
      }),
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const file = gzipSync(
      Buffer.concat([
        Buffer.from('CLTRIAGE', 'ascii'),
        length,
        header,
        Buffer.from(current.buckets.buffer, current.buckets.byteOffset, current.buckets.byteLength),
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      ]),
    );
    const old = decodeModel(file).model;
    const oldTriage = createTriage({ model: old });
    const text = '外卖里吃出一根铁丝，差点扎到嘴';
    const now = triage({ text });
    const then = oldTriage({ text });
    expect(then.category).toEqual(now.category);
    expect(then.negative).toBe(now.negative);
    // The lexicon still reads 铁丝; the old model's risk heads say nothing of their own.
    expect(then.risks).toEqual(createTriage()({ text }).risks);
    expect(oldTriage({ text: '插头那边烧得发黑' }).risks).toEqual(
      createTriage()({ text: '插头那边烧得发黑' }).risks,
    );
  });

  it('refuses bytes that are not a model', () => {
    expect(() => decodeModel(Buffer.from('not a model'))).toThrow(ModelFileError);
  });

  it('falls back to the lexicon with a warning when the file is missing or corrupt', () => {
    const directory = mkdtempSync(join(tmpdir(), 'triage-model-'));
    const corrupt = join(directory, 'corrupt.bin');
    writeFileSync(corrupt, 'garbage');
    for (const path of [join(directory, 'missing.bin'), corrupt]) {
      const warnings: unknown[] = [];
      const loaded = loadTriage(
        { info: () => undefined, warn: (...args: unknown[]) => warnings.push(args) },
        path,
      );
      expect(loaded.modelVersion).toBe(lexiconModelVersion);
      expect(loaded.triage({ text: '快递没到' }).modelVersion).toBe(lexiconModelVersion);
      expect(warnings).toHaveLength(1);
    }
  });

  it('loads the shipped file by default', () => {
    expect(loadTriage(silent).modelVersion).toBe(model.version);
  });
});
