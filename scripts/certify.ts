/**
 * `npm run certify -- [--bank-url URL --token TOKEN] [--expired-token TOKEN] [--out DIR]`:
 * certifies voicebank with a bank and writes the reports (see certify/ and `--help`).
 */
import { runCli } from '../certify/cli';

runCli(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`certify: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
