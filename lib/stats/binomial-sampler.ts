// Exact Binomial(n, p) draws by inversion of a table built once: a bootstrap draws the same
// distribution (same pair, same vote count, same fitted chance) hundreds of times, so one O(n)
// table and an O(log n) search per draw beat n coin flips per draw.

/** Returns a sampler: given a uniform u in [0, 1), the number of successes. */
export function binomialSampler(n: number, p: number): (u: number) => number {
  if (n === 0 || p <= 0) return () => 0;
  if (p >= 1) return () => n;
  // Cumulative probabilities from log-pmf values: no 0^n underflow troubles, tails that
  // underflow to 0 carry no probability a double could hit anyway.
  const cumulative = new Float64Array(n + 1);
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logChoose = 0;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logChoose += Math.log((n - k + 1) / k);
    sum += Math.exp(logChoose + k * logP + (n - k) * logQ);
    cumulative[k] = sum;
  }
  return (u) => {
    const target = u * sum;
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
