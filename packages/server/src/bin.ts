#!/usr/bin/env node
/** Entry point of the `skillbank` command. */
import { main } from './adapters/cli/cli.js';

const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
