import type { Request } from 'autocannon';
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds, or a fixed number of requests when each one must use something once. */
  duration?: number;
  amount?: number;
  requests: Request[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Drives the server with autocannon; p95 comes from every response time (autocannon has none). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    timeout: 30,
    requests: options.requests,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    times.push(ms);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    requests: result.requests.total,
    rps: round(result.requests.total / Math.max(result.duration, 0.001)),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
