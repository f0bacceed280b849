import { execFileSync } from 'node:child_process';
import { root } from '../../scripts/build-if-stale.mjs';

// In-process: writes 100,000 chained audit events into a fresh file, then times `npm run audit:verify`'s walk.
const chain = {
  name: 'chain',
  title: 'audit chain: verify 100,000 events (goal < 2 s)',
  local: true,
  run() {
    execFileSync('npx', ['tsx', 'bench/chain-bench.ts'], { cwd: root, stdio: 'inherit' });
  },
};

export default chain;
