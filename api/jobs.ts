import type { EventHub } from './event-hub';

/** Long operations: progress events under a job id, cancellation through an AbortSignal. */
export class Jobs {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly hub: EventHub) {}

  async run<T>(
    jobId: string | undefined,
    fn: (ctx: { signal: AbortSignal; progress: (done: number, total: number, phase: string) => void }) => Promise<T>,
  ): Promise<T> {
    const ctl = new AbortController();
    if (jobId) this.running.set(jobId, ctl);
    let last = 0;
    const progress = (done: number, total: number, phase: string) => {
      if (!jobId) return;
      const now = Date.now();
      if (done < total && now - last < 100) return; // at most ten events a second
      last = now;
      this.hub.emit('progress', { jobId, done, total, phase });
    };
    try {
      return await fn({ signal: ctl.signal, progress });
    } finally {
      if (jobId) this.running.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const ctl = this.running.get(jobId);
    if (!ctl) return false;
    ctl.abort();
    return true;
  }
}
