// `npm run deploy`: build, apply the D1 migrations to the production database, deploy the Worker.
// Needs `npx wrangler login` (or CLOUDFLARE_API_TOKEN) and the production database id in wrangler.toml.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { runWrangler } from './wrangler.mjs';

const config = await readFile('wrangler.toml', 'utf8');
const production = config.slice(config.indexOf('[env.production]'));
if (/database_id = "0{8}-0{4}-0{4}-0{4}-0{12}"/.test(production)) {
  console.error(
    'wrangler.toml has no production database yet.\n' +
      'Run `npx wrangler d1 create article-quiz` and put the database_id it prints under [env.production] in wrangler.toml.',
  );
  process.exit(1);
}

await new Promise((resolve, reject) => {
  spawn(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).on('exit', (code) =>
    code === 0 ? resolve() : reject(new Error('build failed')),
  );
});
await runWrangler(['d1', 'migrations', 'apply', 'DB', '--remote', '--env', 'production']);
await runWrangler(['deploy', '--env', 'production']);
