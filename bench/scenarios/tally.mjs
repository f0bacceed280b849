import { execFileSync } from 'node:child_process';
import { root } from '../../scripts/build-if-stale.mjs';

// Runs in-process: the count needs neither a server nor a database.
const tally = {
  name: 'tally',
  title: 'award round count, 10,000 ballots over 50 nominations (ms, goal ≤ 50)',
  local: true,
  run() {
    execFileSync('npx', ['tsx', 'bench/tally-bench.ts'], { cwd: root, stdio: 'inherit' });
  },
};

export default tally;
