// The disk's own floor for durable commits: appends 8 KiB and fsyncs it every 20 ms until told to
// stop (SIGTERM), then prints the fsync latencies as JSON. bench/relay runs it beside each server.
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.argv[2] ?? '.', `fsync-probe-${process.pid}`);
const fd = openSync(file, 'w');
const block = Buffer.alloc(8192, 7);
const latencies: number[] = [];

const timer = setInterval(() => {
  writeSync(fd, block);
  const t0 = performance.now();
  fsyncSync(fd);
  latencies.push(performance.now() - t0);
}, 20);

process.once('SIGTERM', () => {
  clearInterval(timer);
  closeSync(fd);
  rmSync(file, { force: true });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => +(latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(2);
  console.log(JSON.stringify({ n: latencies.length, p50: at(0.5), p99: at(0.99), max: at(1) }));
  process.exit(0);
});
