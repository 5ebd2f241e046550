const LINGERED = Symbol('lingered');

/**
 * Groups an async iterable into arrays of at most `max` items. A batch closes when full or
 * `lingerMs` after its first item, whichever comes first, so catch-up reads fill whole batches
 * while a live event waits at most `lingerMs` for company.
 */
export async function* batches<T>(source: AsyncIterable<T>, max: number, lingerMs: number): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | undefined;
  for (;;) {
    const first = await (pending ?? iterator.next());
    pending = undefined;
    if (first.done) return;
    const batch = [first.value];
    let timer: NodeJS.Timeout | undefined;
    const linger = new Promise<typeof LINGERED>((resolve) => (timer = setTimeout(resolve, lingerMs, LINGERED)));
    try {
      while (batch.length < max) {
        pending = iterator.next();
        const next = await Promise.race([pending, linger]);
        if (next === LINGERED) break;
        pending = undefined;
        if (next.done) {
          yield batch;
          return;
        }
        batch.push(next.value);
      }
    } finally {
      clearTimeout(timer);
    }
    yield batch;
  }
}
