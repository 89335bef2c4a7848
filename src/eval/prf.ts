// Precision, recall and F1 from counts. Optional gold matched by a prediction is counted apart: it is
// neither a true nor a false positive.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** predictions matched to optional gold events: excluded from precision and recall */
  optional: number;
}

/** null where the ratio is 0/0: no predictions (precision), no gold (recall), neither (F1). */
export interface Prf extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, optional: 0 };
}

export function addCounts(into: Counts, from: Partial<Counts>): void {
  into.tp += from.tp ?? 0;
  into.fp += from.fp ?? 0;
  into.fn += from.fn ?? 0;
  into.optional += from.optional ?? 0;
}

/** A type seen only in optional gold has no figures (null), rather than a misleading 0%. */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  if (precision === null && recall === null) return { ...c, precision, recall, f1: null };
  const p = precision ?? 0;
  const r = recall ?? 0;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { ...c, precision, recall, f1 };
}
