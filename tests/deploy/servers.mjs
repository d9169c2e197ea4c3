// nginx and Apache serving a site with the README's snippets (nginx.conf, apache.conf beside this
// file), each as root on its own port with a config of its own in a temporary folder — never the
// system's. Used by the deployment test and the compressed Lighthouse run (make bench).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HERE = new URL('.', import.meta.url).pathname;

/** A port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The snippet with `replacements` ([from, to] pairs, each required to occur) applied. */
function snippet(name, replacements) {
  let text = readFileSync(join(HERE, name), 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`${name} no longer contains ${JSON.stringify(from)}`);
    text = text.replaceAll(from, to);
  }
  return text;
}

function connects(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Starts `command` and waits until `port` accepts connections; `stop()` ends it and removes `work`. */
async function start(name, work, port, command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(work, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (await connects(port)) return { url: `http://127.0.0.1:${port}`, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  let log = '';
  try { log = readFileSync(join(work, 'error.log'), 'utf8'); } catch { /* none written */ }
  await stop();
  throw new Error(`${name} did not start on port ${port}: ${stderr}${log}`);
}

/** A fresh folder the servers' unprivileged workers can read. */
function workDir(name) {
  const work = mkdtempSync(join(tmpdir(), `${name}-`));
  chmodSync(work, 0o755);
  return work;
}

/** A copy of a system MIME table without wasm, as older servers ship it: the snippet must add it. */
function typesWithoutWasm(work, file) {
  const copy = join(work, 'mime.types');
  writeFileSync(copy, readFileSync(file, 'utf8').split('\n').filter((l) => !/\swasm;?\s*$/.test(l)).join('\n'));
  return copy;
}

/** nginx with nginx.conf serving `root` (holding plan/) on `port`. */
export async function startNginx(root, port) {
  const work = workDir('nginx');
  writeFileSync(join(work, 'plan.conf'), snippet('nginx.conf', [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['root /var/www;', `root ${root};`],
  ]));
  writeFileSync(join(work, 'nginx.conf'), `
pid ${work}/nginx.pid;
error_log ${work}/error.log;
worker_processes 1;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
events { worker_connections 64; }
http {
  include ${typesWithoutWasm(work, '/etc/nginx/mime.types')};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/plan.conf;
}
`);
  return start('nginx', work, port, '/usr/sbin/nginx', ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;']);
}

/** Apache with apache.conf serving `root` (holding plan/) on `port`. */
export async function startApache(root, port) {
  const work = workDir('apache');
  writeFileSync(join(work, 'plan.conf'), snippet('apache.conf', [['/var/www/plan', `${root}/plan`]]));
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'rewrite', 'headers', 'filter', 'deflate', 'brotli'];
  writeFileSync(join(work, 'httpd.conf'), `
ServerRoot ${work}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${work}/httpd.pid
ErrorLog ${work}/error.log
DefaultRuntimeDir ${work}
Mutex file:${work} default
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
User www-data
Group www-data
TypesConfig ${typesWithoutWasm(work, '/etc/mime.types')}
Include ${work}/plan.conf
`);
  return start('Apache', work, port, '/usr/sbin/apache2', ['-d', work, '-f', join(work, 'httpd.conf'), '-DFOREGROUND']);
}
