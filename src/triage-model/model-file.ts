/**
 * The triage model file (models/triage-linear.bin): gzip of a small binary, so it stays a
 * few MB in git. Layout: "CLTRIAGE", a uint32 header length, a JSON header (version, feature
 * bits, labels, bias, per-column scales, what it was trained on), then the kept buckets
 * (uint32, ascending) and their weights quantised to int8 per column (weight = byte × scale).
 * Format 1 (before the risk heads) still reads: its risk heads say "absent" for every text,
 * so a retrained model stored by an earlier release flags risks by the lexicon alone.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import {
  headLabels,
  headOffset,
  modelHeads,
  modelWidth,
  type LinearTriageModel,
  type ModelHead,
  untrainedRiskAbsentLogit,
} from '../domain/triage/linear-model.js';

const magic = 'CLTRIAGE';
const formatVersion = 2;
/** Format 1's heads: category, emotion and sentiment, 13 columns. */
const formatOneHeads = ['category', 'emotion', 'sentiment'] as const;
const formatOneWidth = formatOneHeads.reduce((width, head) => width + headLabels[head].length, 0);

const ModelHeader = z.object({
  format: z.union([z.literal(1), z.literal(formatVersion)]),
  version: z.string().min(1),
  featureBits: z.number().int().min(8).max(24),
  width: z.number().int().positive(),
  rows: z.number().int().min(0),
  labels: z.record(z.string(), z.array(z.string())),
  bias: z.array(z.number()),
  scales: z.array(z.number().nonnegative()),
  /** Free-form facts about the training run (corpus size, method, held-out scores). */
  training: z.record(z.string(), z.unknown()),
});
export type ModelHeader = z.infer<typeof ModelHeader>;

export class ModelFileError extends Error {
  override name = 'ModelFileError';
}

/** Quantises a model's weights per column to int8 (what the file stores). */
export function quantize(model: LinearTriageModel): {
  buckets: Uint32Array;
  bytes: Int8Array;
  scales: number[];
} {
  const rows = model.weights.length / modelWidth;
  const buckets = new Uint32Array(rows);
  for (let bucket = 0; bucket < model.rowOfBucket.length; bucket++) {
    const row = model.rowOfBucket[bucket] ?? -1;
    if (row >= 0) {
      buckets[row] = bucket;
    }
  }
  const scales: number[] = [];
  for (let column = 0; column < modelWidth; column++) {
    let max = 0;
    for (let row = 0; row < rows; row++) {
      max = Math.max(max, Math.abs(model.weights[row * modelWidth + column] ?? 0));
    }
    scales.push(max / 127);
  }
  const bytes = new Int8Array(rows * modelWidth);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < modelWidth; column++) {
      const scale = scales[column] ?? 0;
      const weight = model.weights[row * modelWidth + column] ?? 0;
      bytes[row * modelWidth + column] = scale === 0 ? 0 : Math.round(weight / scale);
    }
  }
  return { buckets, bytes, scales };
}

/** The file's bytes for a model (rows must be numbered in ascending bucket order). */
export function encodeModel(model: LinearTriageModel, training: Record<string, unknown>): Buffer {
  const { buckets, bytes, scales } = quantize(model);
  const header: ModelHeader = {
    format: formatVersion,
    version: model.version,
    featureBits: model.featureBits,
    width: modelWidth,
    rows: buckets.length,
    labels: Object.fromEntries(modelHeads.map((head) => [head, [...headLabels[head]]])),
    bias: [...model.bias],
    scales,
    training,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  return gzipSync(
    Buffer.concat([
      Buffer.from(magic, 'ascii'),
      length,
      headerBytes,
      Buffer.from(buckets.buffer, buckets.byteOffset, buckets.byteLength),
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    ]),
    { level: 9 },
  );
}

/** Reads a model file's bytes; throws ModelFileError when they are not a model this code reads. */
export function decodeModel(file: Buffer): { model: LinearTriageModel; header: ModelHeader } {
  let raw: Buffer;
  try {
    raw = gunzipSync(file);
  } catch (error) {
    throw new ModelFileError(`not a gzip file: ${(error as Error).message}`);
  }
  if (raw.length < 12 || raw.toString('ascii', 0, 8) !== magic) {
    throw new ModelFileError('not a Closeloop triage model');
  }
  const headerLength = raw.readUInt32LE(8);
  if (12 + headerLength > raw.length) {
    throw new ModelFileError('truncated header');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8', 12, 12 + headerLength));
  } catch {
    throw new ModelFileError('unreadable header');
  }
  const result = ModelHeader.safeParse(parsed);
  if (!result.success) {
    throw new ModelFileError(`bad header: ${result.error.message}`);
  }
  const header = result.data;
  const heads: readonly ModelHead[] = header.format === 1 ? formatOneHeads : modelHeads;
  const width = header.format === 1 ? formatOneWidth : modelWidth;
  for (const head of heads) {
    if ((header.labels[head] ?? []).join() !== headLabels[head].join()) {
      throw new ModelFileError(`the ${head} labels differ from this version's vocabulary`);
    }
  }
  if (header.width !== width || header.bias.length !== width || header.scales.length !== width) {
    throw new ModelFileError(`format ${header.format} has ${width} columns, not ${header.width}`);
  }
  const bucketsStart = 12 + headerLength;
  const weightsStart = bucketsStart + header.rows * 4;
  if (raw.length !== weightsStart + header.rows * width) {
    throw new ModelFileError('the weights do not match the header');
  }
  const size = 1 << header.featureBits;
  const rowOfBucket = new Int32Array(size).fill(-1);
  let previous = -1;
  for (let row = 0; row < header.rows; row++) {
    const bucket = raw.readUInt32LE(bucketsStart + row * 4);
    if (bucket >= size || bucket <= previous) {
      throw new ModelFileError('buckets out of range or order');
    }
    rowOfBucket[bucket] = row;
    previous = bucket;
  }
  // The file's columns are the first `width` of this version's (the heads only grew at the end).
  const weights = new Float32Array(header.rows * modelWidth);
  for (let row = 0; row < header.rows; row++) {
    for (let column = 0; column < width; column++) {
      weights[row * modelWidth + column] =
        raw.readInt8(weightsStart + row * width + column) * (header.scales[column] ?? 0);
    }
  }
  const bias = new Float32Array(modelWidth);
  bias.set(header.bias);
  for (const head of modelHeads.slice(heads.length)) {
    bias[headOffset[head] + 1] = untrainedRiskAbsentLogit;
  }
  return {
    model: { version: header.version, featureBits: header.featureBits, rowOfBucket, weights, bias },
    header,
  };
}
