/**
 * An event of the case: past-tense PascalCase `type` and its `data`. Every event carries
 * its business time so `evolve` needs nothing but the events to rebuild a case.
 */
export interface Event<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Data & { readonly occurredAt: string };
}
