import { InvalidRead } from './errors';
import { streamNameProblem } from './limits';
import { DEFAULT_READ_ALL_MAX_COUNT, type ReadAllOptions, type ReadStreamOptions, type SubscribeToAllOptions } from './types';

/** Read options with defaults applied; `maxCount` undefined means unbounded. */
export interface CheckedStreamRead {
  readonly fromRevision: number | undefined;
  readonly backwards: boolean;
  readonly maxCount: number | undefined;
}

/** @throws InvalidRead */
export function validateStreamName(streamName: string): void {
  const problem = streamNameProblem(streamName);
  if (problem) throw new InvalidRead(problem);
}

/** @throws InvalidRead */
export function validateReadStream(streamName: string, options: ReadStreamOptions = {}): CheckedStreamRead {
  validateStreamName(streamName);
  const { fromRevision, direction = 'forwards', maxCount } = options;
  if (direction !== 'forwards' && direction !== 'backwards') throw new InvalidRead(`unknown direction ${String(direction)}`);
  if (fromRevision !== undefined) checkCount(fromRevision, 'fromRevision');
  if (maxCount !== undefined) checkCount(maxCount, 'maxCount');
  return { fromRevision, backwards: direction === 'backwards', maxCount };
}

/** @throws InvalidRead */
export function validateReadAll(options: ReadAllOptions = {}): { fromPosition: bigint; maxCount: number } {
  const { fromPosition, maxCount = DEFAULT_READ_ALL_MAX_COUNT } = options;
  checkCount(maxCount, 'maxCount');
  return { fromPosition: checkPosition(fromPosition), maxCount };
}

/** @throws InvalidRead */
export function validateSubscribe(options: SubscribeToAllOptions = {}): { fromPosition: bigint; prefix: string | undefined } {
  const { fromPosition, filter } = options;
  if (filter !== undefined && (typeof filter.streamNamePrefix !== 'string' || filter.streamNamePrefix === '')) {
    throw new InvalidRead('filter.streamNamePrefix must be a non-empty string');
  }
  return { fromPosition: checkPosition(fromPosition), prefix: filter?.streamNamePrefix };
}

function checkCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new InvalidRead(`${what} must be an integer >= 0, not ${value}`);
}

/** Positions are exclusive; -1n stands for "before the first event" so every read can use `>`. */
function checkPosition(value: bigint | undefined): bigint {
  if (value === undefined) return -1n;
  if (typeof value !== 'bigint' || value < 0n) throw new InvalidRead(`fromPosition must be a bigint >= 0, not ${String(value)}`);
  return value;
}
