// L2-regularised logistic regression by Newton's method: a handful of features, a few hundred
// decisions, so an exact solve per step is cheap and converges in a few steps.

export interface LogisticModel {
  bias: number;
  weights: number[];
}

/** A logit (log-odds) as a probability. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
/** A probability as its logit (log-odds): the inverse of sigmoid. */
export const logit = (p: number): number => Math.log(p / (1 - p));

export function predictLogit(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return z;
}

/** Solves A·v = b for a small symmetric positive-definite A (Gaussian elimination). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const d = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / d;
      if (f) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

/** Fits weights to rows x with labels y (1 accepted, 0 rejected) and row weights; the bias is not penalised. */
export function fitLogistic(
  x: number[][],
  y: number[],
  rowWeights: number[],
  l2: number,
  iterations = 25,
): LogisticModel {
  const d = x[0]?.length ?? 0;
  const w = new Array<number>(d + 1).fill(0); // w[d] is the bias
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < x.length; i++) {
      let z = w[d];
      for (let j = 0; j < d; j++) z += w[j] * x[i][j];
      const p = sigmoid(z);
      const r = rowWeights[i] * (p - y[i]);
      const s = rowWeights[i] * Math.max(p * (1 - p), 1e-6);
      for (let j = 0; j <= d; j++) {
        const xj = j === d ? 1 : x[i][j];
        grad[j] += r * xj;
        for (let k = 0; k <= j; k++) hess[j][k] += s * xj * (k === d ? 1 : x[i][k]);
      }
    }
    for (let j = 0; j < d; j++) {
      grad[j] += l2 * w[j];
      hess[j][j] += l2;
    }
    hess[d][d] += 1e-6;
    for (let j = 0; j <= d; j++) for (let k = j + 1; k <= d; k++) hess[j][k] = hess[k][j];
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      w[j] -= step[j];
      change = Math.max(change, Math.abs(step[j]));
    }
    if (change < 1e-6) break;
  }
  return { bias: w[d], weights: w.slice(0, d) };
}
