/**
 * The part of autocannon's programmatic API the benchmarks use. autocannon ships no types and
 * @types/autocannon is not a dependency; a wrong field here shows up as NaN in the report.
 */
declare module 'autocannon' {
  export type Options = {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Worker threads that generate the load; 1 keeps the client off the servers' event loop. */
    workers?: number;
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    headers?: Record<string, string>;
    body?: string;
    /** Requests sent in turn; each inherits method, headers and body from above. */
    requests?: Request[];
  };

  export type Request = {
    method?: Options['method'];
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** In workers mode: the absolute path of a CommonJS module exporting `(request) => request`. */
    setupRequest?: string;
    /** Not autocannon's: passed through to setupRequest on the request object. */
    data?: unknown;
  };

  /** Latency in milliseconds, requests and throughput per second. */
  export type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    total?: number;
  };

  export type Result = {
    url: string;
    connections: number;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    latency: Histogram;
    requests: Histogram;
    throughput: Histogram;
  };

  export default function autocannon(options: Options): Promise<Result>;
}
