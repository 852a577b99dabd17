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
  const started = performance.now();
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    timeout: 30,
    requests,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
  });
  let lastResponse = started;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    times.push(ms);
    lastResponse = performance.now();
  });
  const result = await instance;
  // autocannon ends a run on its next one-second tick, so its duration is whole seconds past the
  // last response: a fixed number of requests (the writes) read as 1,500 ÷ 10 s = 149.9 req/s
  // whether they took 9.1 s or 10 s. The last response's time is the run's end.
  const seconds = (lastResponse - started) / 1000;
  times.sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    requests: result.requests.total,
    rps: round(result.requests.total / Math.max(seconds, 0.001)),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    failures,
  };
}
