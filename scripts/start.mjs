// `npm start`: build the browser bundles, apply the D1 migrations locally, serve on 127.0.0.1:8787.
import { spawn } from 'node:child_process';
import { runWrangler, spawnWrangler } from './wrangler.mjs';

const port = process.env.PORT ?? '8787';

await new Promise((resolve, reject) => {
  spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).on('exit', (code) =>
    code === 0 ? resolve() : reject(new Error('build failed')),
  );
});
await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local']);
const dev = spawnWrangler(['dev', '--ip', '127.0.0.1', '--port', port, '--show-interactive-dev-session=false'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
