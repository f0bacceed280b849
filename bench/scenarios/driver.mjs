import { execFileSync } from 'node:child_process';
import { root } from '../../scripts/build-if-stale.mjs';

// In-process, no server: the same writes and reads through both database drivers (docs/decisions/0023).
const driver = {
  name: 'driver',
  title: 'database drivers: better-sqlite3 and libsql (embedded), same work, same run',
  local: true,
  run() {
    execFileSync('npx', ['tsx', 'bench/driver-bench.ts'], { cwd: root, stdio: 'inherit' });
  },
};

export default driver;
