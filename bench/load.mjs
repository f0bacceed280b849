import autocannon from 'autocannon';

// Bounded: a fixed number of connections for a fixed time, on loopback only.
const DEFAULTS = { connections: 20, duration: 8, warmup: 2 };

/** Loads one URL and returns req/s and latency percentiles. */
export async function load({
  title,
  url,
  method = 'GET',
  headers,
  body,
  connections,
  duration,
  amount,
  setupRequest,
  warmup = true,
}) {
  const options = { url, method, headers, body, connections: connections ?? DEFAULTS.connections };
  // Each request built afresh (a new registrant, the next ticket): autocannon takes this per request.
  if (setupRequest) options.requests = [{ setupRequest }];
  if (warmup) await autocannon({ ...options, duration: DEFAULTS.warmup });
  // A fixed number of requests (a surge) or a fixed time (steady load). autocannon notices that
  // an amount is done only at its next sample tick (1 s by default), so a surge's duration came
  // out in whole seconds and its rate as 500/2 or 500/3 whatever the server did: tick every 10 ms.
  const result = await autocannon(
    amount ? { ...options, amount, sampleInt: 10 } : { ...options, duration: duration ?? DEFAULTS.duration },
  );
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    console.log(
      `${title}: status codes`,
      JSON.stringify(result.statusCodeStats),
      'errors',
      result.errors,
      'timeouts',
      result.timeouts,
    );
  return {
    title,
    // Requests over elapsed time: autocannon's per-second average counts a surge's
    // last, partly filled second as a whole one and reads low.
    requestsPerSecond: result.requests.total / result.duration,
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
