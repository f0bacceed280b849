import fs from 'node:fs';
import { itemsAfter, verifyEvidencePackage, type EvidencePackage } from './package';

// npm run evidence:verify -- <file> [--head <hash>]: checks a meeting's evidence package offline,
// against nothing but itself and, if given, a chain head printed or published elsewhere.
const args = process.argv.slice(2);
const headAt = args.indexOf('--head');
const anchor = headAt >= 0 ? args[headAt + 1] : undefined;
const file = args.find((arg, index) => !arg.startsWith('--') && index !== headAt + 1);
if (!file || (headAt >= 0 && !anchor)) {
  console.error('Usage: npm run evidence:verify -- <file> [--head <hash>]');
  process.exit(2);
}
let pkg: EvidencePackage;
try {
  pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as EvidencePackage;
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const check = verifyEvidencePackage(pkg, anchor);
if (!check.ok) {
  console.log(`Evidence package BROKEN (${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}):`);
  for (const problem of check.problems) console.log(`- ${problem}`);
  process.exit(1);
}
console.log(
  `Evidence package OK: ${check.items} items, ${pkg.chain.length} chain events, head event ${check.head?.id} ${check.head?.hash}.`,
);
if (anchor && check.anchoredUpTo !== null) {
  const later = itemsAfter(pkg, check.anchoredUpTo);
  console.log(
    `The given head is event ${check.anchoredUpTo}${later ? `; ${later} item(s) were recorded after it and are not covered by that head` : ''}.`,
  );
}
