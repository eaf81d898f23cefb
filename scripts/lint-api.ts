// The test line's API lint: generates the OpenAPI document from the running app's routes and runs
// Redocly's recommended rules on it. Warnings fail the line as errors do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedPorts } from '../src/core/ports.ts';
import { openDatabase } from '../src/db/index.ts';
import { buildApp } from '../src/server/http/app.ts';
import { defaultConfig } from '../src/server/kernel/context.ts';

const database = await openDatabase({});
const app = await buildApp({ database, ports: fixedPorts(), config: defaultConfig });
await app.ready();
const dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(app.swagger(), null, 2));
await app.close();
await database.close();

let output: string;
try {
  output = execFileSync(
    'redocly',
    ['lint', file, '--extends', 'recommended', '--format', 'json', '--max-problems', '1000'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
} catch (e) {
  output = (e as { stdout?: string }).stdout ?? '';
}
rmSync(dir, { recursive: true, force: true });
const report = JSON.parse(output) as {
  totals: { errors: number; warnings: number };
  problems: {
    ruleId: string;
    severity: string;
    message: string;
    location: { pointer: string }[];
  }[];
};
for (const p of report.problems)
  console.error(`${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`);
console.log(
  `OpenAPI document: ${report.totals.errors} errors, ${report.totals.warnings} warnings (Redocly recommended rules).`,
);
if (report.problems.length > 0) process.exitCode = 1;
