/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface Histogram {
      readonly average: number;
      readonly mean: number;
      readonly p50: number;
      readonly p90: number;
      readonly p99: number;
      readonly max: number;
      readonly total: number;
    }

    interface Options {
      readonly url: string;
      readonly connections?: number;
      readonly duration?: number;
      /** Requests per second over all connections (rate-limited load). */
      readonly overallRate?: number;
      readonly headers?: Record<string, string>;
      readonly timeout?: number;
    }

    interface Result {
      readonly requests: Histogram;
      readonly latency: Histogram;
      readonly errors: number;
      readonly timeouts: number;
      readonly non2xx: number;
      /** Seconds. */
      readonly duration: number;
    }
  }

  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
