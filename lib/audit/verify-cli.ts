// First: a database file this opens for the first time is created owner-only (decision 0013).
import '@/lib/storage/owner-only-umask';
// Then: refuse a path that is not a database file, before anything could create one there.
import './existing-database';
import { describeAnchorMismatch } from './anchor-report';
import { firstAnchorMismatch } from './anchors';
import { describeChainReport } from './report';
import { verifyAuditChain } from './data';

// npm run audit:verify — walks the audit chain of DATABASE_FILE, then checks every record the chain
// anchors (signatures, published results) against its event; exits 1 at the first break of either.
const started = performance.now();
const report = verifyAuditChain();
const ms = Math.round(performance.now() - started);
console.log(`${describeChainReport(report)} (${report.count} events read in ${ms} ms)`);
const mismatch = firstAnchorMismatch();
console.log(describeAnchorMismatch(mismatch));
process.exit(report.broken || mismatch ? 1 : 0);
