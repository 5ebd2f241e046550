/** Asks `/readyz` over and over, as a load balancer would, and keeps every answer. */
export interface Probe {
  readonly sentAt: number;
  readonly answeredAt: number;
  /** 0: no answer within the timeout. */
  readonly status: number;
}

export interface ReadinessProbe {
  readonly probes: readonly Probe[];
  stop(): Promise<void>;
}

export function probeReadiness(url: string, everyMs: number, timeoutMs: number): ReadinessProbe {
  const probes: Probe[] = [];
  let stopping = false;
  const running = (async () => {
    while (!stopping) {
      const sentAt = Date.now();
      const status = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(timeoutMs) }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      );
      probes.push({ sentAt, answeredAt: Date.now(), status });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    probes,
    async stop() {
      stopping = true;
      await running;
    },
  };
}
