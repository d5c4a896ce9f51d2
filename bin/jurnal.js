#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm install` (the "prepare" script). Layout commands
// run as a watched child process (dist/cli/supervise.js); everything else runs here.
import { superviseLayoutCommand } from '../dist/cli/supervise.js';

const supervised = await superviseLayoutCommand(process.argv);
process.exitCode = supervised ?? (await (await import('../dist/cli/index.js')).main(process.argv));
