/**
 * Accuracy and macro-F1 of predicted labels against gold labels: what the training report and
 * the triage benchmark print for every axis.
 */

export interface AxisScore {
  /** How many rows were scored. */
  count: number;
  accuracy: number;
  /** The mean F1 over the gold labels that occur (a label never in the gold set is left out). */
  macroF1: number;
}

/** Scores parallel arrays of gold and predicted labels. */
export function scoreAxis(gold: readonly string[], predicted: readonly string[]): AxisScore {
  const labels = [...new Set(gold)].sort();
  let correct = 0;
  gold.forEach((label, index) => {
    if (predicted[index] === label) {
      correct++;
    }
  });
  let f1Sum = 0;
  for (const label of labels) {
    let truePositives = 0;
    let predictedCount = 0;
    let goldCount = 0;
    gold.forEach((goldLabel, index) => {
      const predictedLabel = predicted[index];
      if (predictedLabel === label) {
        predictedCount++;
      }
      if (goldLabel === label) {
        goldCount++;
        if (predictedLabel === label) {
          truePositives++;
        }
      }
    });
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = goldCount === 0 ? 0 : truePositives / goldCount;
    f1Sum += precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  return {
    count: gold.length,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1: labels.length === 0 ? 0 : f1Sum / labels.length,
  };
}

/** Per gold label, the share of its rows predicted as that label (where the errors lie). */
export function recallByLabel(gold: readonly string[], predicted: readonly string[]): Record<string, number> {
  const totals = new Map<string, { rows: number; hits: number }>();
  gold.forEach((label, index) => {
    const total = totals.get(label) ?? { rows: 0, hits: 0 };
    total.rows++;
    if (predicted[index] === label) {
      total.hits++;
    }
    totals.set(label, total);
  });
  return Object.fromEntries(
    [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([label, t]) => [label, t.hits / t.rows]),
  );
}
