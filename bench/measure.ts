/** Small helpers shared by the benchmarks: timing, peak memory sampling and markdown tables. */

export interface Timed<T> {
  value: T;
  ms: number;
  /** Peak RSS growth over the run, in MiB (sampled every 5 ms). */
  peakMiB: number;
}

export async function timed<T>(fn: () => T | Promise<T>): Promise<Timed<T>> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms, peakMiB: (peak - base) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const fmt = (n: number, digits = 2): string => n.toFixed(digits);
