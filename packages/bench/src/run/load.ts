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
  /** The first few refused responses, as status and body: a failed request says why. */
  failures: string[];
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds, or a fixed number of requests when each one must use something once. */
  duration?: number;
  amount?: number;
  requests: Request[];
  /**
   * Keep the first refused responses' bodies. Off for reads: autocannon then buffers every
   * body, which costs the load generator CPU it shares with the server.
   */
  keepFailures?: boolean;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const FAILURES_KEPT = 3;

/** Drives the server with autocannon; p95 comes from every response time (autocannon has none). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const failures: string[] = [];
  const requests = !options.keepFailures
    ? options.requests
    : options.requests.map((request): Request => ({
        ...request,
        onResponse: (status, body, context) => {
          if ((status < 200 || status > 299) && failures.length < FAILURES_KEPT)
            failures.push(`${status} ${body.slice(0, 300)}`);
          request.onResponse?.(status, body, context);
        },
      }));
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    timeout: 30,
    requests,
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
    failures,
  };
}
