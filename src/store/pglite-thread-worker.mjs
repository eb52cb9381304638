// The PGlite thread's entry: TypeScript loads through tsx here as in bin/closeloop.js
// (a worker thread starts without the parent's loader hooks).
import { register } from 'tsx/esm/api';

register();
await import('./pglite-thread-worker.ts');
