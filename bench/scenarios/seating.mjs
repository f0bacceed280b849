import { execFileSync } from 'node:child_process';
import { root } from '../../scripts/build-if-stale.mjs';

// Runs in-process: automatic seating needs neither a server nor a database.
const seating = {
  name: 'seating',
  title: 'automatic seating of 500 people (ms, goal ≤ 200; ratio to sorting them in the same run)',
  local: true,
  run() {
    execFileSync('npx', ['tsx', 'bench/seating-bench.ts'], { cwd: root, stdio: 'inherit' });
  },
};

export default seating;
