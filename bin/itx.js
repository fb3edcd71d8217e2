#!/usr/bin/env node
// Launcher: the CLI is bundled into dist/ by `npm run build` (run on install by `prepare`).
import '../dist/itx.js';
