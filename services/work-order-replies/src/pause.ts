/** A sleep that `wake` ends early: a loop waits on it between rounds, and new work or `stop` cuts it short. */
export interface Pause {
  sleep(ms: number): Promise<void>;
  wake(): void;
}

export function createPause(): Pause {
  let wake: (() => void) | undefined;
  // A wake with nobody asleep is kept for the next sleep: work may arrive while the loop is busy.
  let woken = false;
  return {
    sleep(ms) {
      if (woken) return Promise.resolve(void (woken = false));
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      });
    },
    wake() {
      if (wake) wake();
      else woken = true;
    },
  };
}
