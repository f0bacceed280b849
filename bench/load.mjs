import autocannon from 'autocannon';

// Bounded: a fixed number of connections for a fixed time, on loopback only.
const DEFAULTS = { connections: 20, duration: 8, warmup: 2 };

/** Loads one URL and returns req/s and latency percentiles. */
export async function load({ title, url, method = 'GET', headers, body, connections, duration }) {
  const options = { url, method, headers, body, connections: connections ?? DEFAULTS.connections };
  await autocannon({ ...options, duration: DEFAULTS.warmup });
  const result = await autocannon({ ...options, duration: duration ?? DEFAULTS.duration });
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    title,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed,
  };
}

export function printTable(rows, baseline) {
  const table = rows.map((row) => ({
    what: row.title,
    'req/s': Math.round(row.requestsPerSecond),
    'p50 ms': row.p50,
    'p99 ms': row.p99,
    'vs health': `${Math.round((row.requestsPerSecond / baseline.requestsPerSecond) * 100)} %`,
    failed: row.failed,
  }));
  console.table(table);
}
