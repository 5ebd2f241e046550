/** A rate with what it is made of; over zero cases it has no value (null), not 0 or 100%. */
export interface Rate {
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
}

/** Four decimals: enough for a percentage with two, without binary-fraction noise in the JSON. */
export const rateOf = (numerator: number, denominator: number): Rate => ({
  value: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000,
  numerator,
  denominator,
});
