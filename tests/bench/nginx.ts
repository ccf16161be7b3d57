// The nginx part of the benchmark (used when Debian's nginx is installed): the shipped
// micro-cache config (deploy/nginx.conf) rewritten to listen on plain local ports in front
// of the benchmarked app, and a second server sending the same article as a static file —
// the ceiling no reader request can beat on this machine.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function nginxAvailable(): boolean {
  return spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** deploy/nginx.conf for a local run: app upstream and ports changed, TLS and redirects out. */
export function localSiteConfig(shipped: string, opts: { appPort: number; cachePort: number; cacheDir: string }): string {
  return shipped
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${opts.cacheDir}`)
    .replace(/server 127\.0\.0\.1:\d+ max_fails/, `server 127.0.0.1:${opts.appPort} max_fails`)
    .replace(/server \{\n {4}listen 80;[\s\S]*?\n\}\n/, '')
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${opts.cachePort};`)
    .replace(/ *listen \[::\]:443 ssl http2;\n/, '')
    .replace(/ *ssl_certificate(_key)? [^\n]+\n/g, '');
}

export async function startNginx(root: string, workDir: string, opts: { appPort: number; cachePort: number; staticPort: number; html: Buffer }): Promise<ChildProcess> {
  mkdirSync(path.join(workDir, 'static'), { recursive: true });
  mkdirSync(path.join(workDir, 'cache'), { recursive: true });
  writeFileSync(path.join(workDir, 'static/article.html'), opts.html);
  const site = localSiteConfig(readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8'), { appPort: opts.appPort, cachePort: opts.cachePort, cacheDir: path.join(workDir, 'cache') });
  writeFileSync(path.join(workDir, 'site.conf'), site);
  writeFileSync(
    path.join(workDir, 'nginx.conf'),
    `worker_processes 1;
pid ${workDir}/nginx.pid;
error_log ${workDir}/error.log;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path ${workDir}/tmp-body;
  proxy_temp_path ${workDir}/tmp-proxy;
  fastcgi_temp_path ${workDir}/tmp-fastcgi;
  uwsgi_temp_path ${workDir}/tmp-uwsgi;
  scgi_temp_path ${workDir}/tmp-scgi;
  include ${workDir}/site.conf;
  server {
    listen 127.0.0.1:${opts.staticPort};
    location / { root ${workDir}/static; try_files /article.html =404; default_type text/html; }
  }
}
`,
  );
  const check = spawnSync('nginx', ['-t', '-c', path.join(workDir, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx config: ${check.stderr}`);
  const child = spawn('nginx', ['-c', path.join(workDir, 'nginx.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${opts.staticPort}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nginx did not start');
}
