import { describeChainReport } from './report';
import { verifyAuditChain } from './data';

// npm run audit:verify — walks the audit chain of DATABASE_FILE; exits 1 at the first broken link.
const started = performance.now();
const report = verifyAuditChain();
const ms = Math.round(performance.now() - started);
console.log(`${describeChainReport(report)} (${report.count} events read in ${ms} ms)`);
process.exit(report.broken ? 1 : 0);
