/**
 * The price of one executor's run of a task (RULES.md, tasks, "Charge bound"):
 * `unit = floor((in · price_in + out · price_out) / 1000)` with the served receipt's token counts
 * and the model's prices per 1,000 tokens. Tasks reserves `redundancy · unit`; settlement charges
 * `n_paid · unit`, so both must compute it the same way.
 */
export function taskUnit(
  inputTokens: number | bigint,
  outputTokens: number | bigint,
  priceInputPer1k: bigint,
  priceOutputPer1k: bigint,
): bigint {
  return (BigInt(inputTokens) * priceInputPer1k + BigInt(outputTokens) * priceOutputPer1k) / 1000n;
}
