/** Money is integer fen (分) everywhere: 1 yuan = 100 fen. Never a float. */
export type Fen = number;

/** The largest amount the product accepts: 1 billion yuan, far above any consumer dispute. */
export const MAX_FEN: Fen = 100_000_000_000;

export const isFen = (value: unknown): value is Fen =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_FEN;

/** 挽回经济损失 of one agreement: refund + compensation + other recovered amounts. */
export const recoveredFen = (amounts: { refundFen: Fen; compensationFen: Fen; otherFen: Fen }): Fen =>
  amounts.refundFen + amounts.compensationFen + amounts.otherFen;
