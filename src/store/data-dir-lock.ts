/**
 * One process owns a PGlite data dir (STACK.md rule 6): two would corrupt it.
 *
 * The lock is a file holding the owner's pid. A lock left by a process that died
 * (kill -9, power loss) is taken over; a live owner stops the start with a clear message.
 */
import { openSync, closeSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DataDirLock {
  release(): void;
}

export class DataDirBusyError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The data directory ${resolve(dir)} is in use by process ${pid}. ` +
        'An embedded database belongs to one process: stop that process, choose another ' +
        'CLOSELOOP_DATA_DIR, or use PostgreSQL (DATABASE_URL) to run several processes.',
    );
    this.name = 'DataDirBusyError';
  }
}

export function acquireDataDirLock(dir: string): DataDirLock {
  const file = join(dir, 'closeloop.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return {
        release: () => {
          try {
            if (readFileSync(file, 'utf8') === String(process.pid)) rmSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirBusyError(dir, owner);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${resolve(dir)}`);
}

/** A live Node process with this pid (a zombie left by kill -9, or a reused pid, is not the owner). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    if (/^State:\s+[ZX]/m.test(status)) return false;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true; // no /proc: trust the signal check
  }
}
