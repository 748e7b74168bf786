// Coefficients of Peter Acklam's rational approximation of the inverse normal CDF
// (relative error below 1.15e-9 over the whole open interval (0, 1)).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;
const P_HIGH = 1 - P_LOW;

/**
 * The standard normal quantile z with Φ(z) = p: the service-level factor of the safety-stock
 * formula, e.g. 0.95 → 1.6448536269514722, 0.99 → 2.3263478740408408. NaN outside (0, 1).
 * Acklam's approximation (relative error ≤ 1.15e-9) refined by one Halley step on an accurate
 * erfc, which brings it to double precision, so Z matches published tables to every digit shown.
 */
export function inverseNormal(p: number): number {
  const x = acklam(p);
  if (!Number.isFinite(x)) return x;
  // e = Φ(x) − p, computed on the side where it does not cancel (the upper tail via 1 − p).
  const e = p > 0.5 ? (1 - p) - 0.5 * erfc(x / Math.SQRT2) : 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/**
 * The complementary error function to near double precision, from two expansions needing no
 * coefficient tables: erf's series with positive terms, 2/√π · e^(−x²) · Σ 2ⁿx^(2n+1)/(2n+1)!!,
 * below 2.5, and Laplace's continued fraction (evaluated by Lentz's method) above it.
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 2.5) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  // f = x + (1/2)/(x + 1/(x + (3/2)/(x + …))); erfc(x) = e^(−x²) / (√π · f).
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

function acklam(p: number): number {
  if (!(p > 0 && p < 1)) return NaN;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  if (p > P_HIGH) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
