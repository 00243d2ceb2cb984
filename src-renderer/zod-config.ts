// Imported first by main.tsx, before any schema is built. Zod compiles object parsers with
// `new Function` unless told not to; under our CSP (no 'unsafe-eval') even its guarded probe is
// reported as a violation, so run it in its interpreted mode.
import { config } from 'zod';

config({ jitless: true });
