import { ESLint } from 'eslint';
const rules = new Set(process.argv.slice(2));
const eslint = new ESLint({ fix: (m) => rules.has(m.ruleId) });
const results = await eslint.lintFiles(['.']);
await ESLint.outputFixes(results);
console.log('fixed files', results.filter((r) => r.output !== undefined).length);
