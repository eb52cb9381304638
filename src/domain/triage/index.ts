/**
 * Triage: what a complaint text is about, how the customer feels, what risks it carries,
 * and how severe and urgent it is. Import from here, not from the files behind it.
 */
export {
  createTriage,
  isNegative,
  lexiconModelVersion,
  modelRiskMinimumWords,
  readModelRisks,
  reviewBelowConfidence,
  triage,
  type TriageOptions,
} from './classify.js';
export { countWords, detectLanguage, type TriageLanguage } from './language.js';
export { createFeatureExtractor, defaultFeatureBits, type SparseFeatures } from './features.js';
export {
  headLabels,
  modelWidth,
  scoreFeatures,
  type LinearTriageModel,
  type ModelScores,
} from './linear-model.js';
export {
  defaultTrainingOptions,
  trainLinearModel,
  type TrainedWeights,
  type TrainingExample,
  type TrainingMethod,
  type TrainingOptions,
} from './train-linear.js';
export { readEmotionSignals } from './assess-emotion.js';
export { readCues } from './read-cues.js';
export { maxTriageChars, normalizeText, quoteSource, type NormalizedText } from './normalize.js';
export {
  decideCategory,
  lexiconCategoryScores,
  type CategoryDecision,
  type CategoryScorer,
  type CategoryScores,
} from './score-categories.js';
export { type EmotionScorer, type EmotionScores } from './assess-emotion.js';
export { findMoneyAmounts, type StatedMoney } from './stated-loss.js';
export type { TriageEvidence, TriageInput, TriageResult } from './triage-result.js';
