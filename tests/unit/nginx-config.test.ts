// The benchmark runs the shipped nginx config (deploy/nginx.conf) on local ports: the
// rewrite keeps every caching rule and changes only where it listens and what it proxies.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localSiteConfig } from '../bench/nginx';

describe('localSiteConfig', () => {
  it('keeps the cache rules, moves the ports, drops TLS and the redirect', () => {
    const shipped = readFileSync(path.resolve(__dirname, '../../deploy/nginx.conf'), 'utf8');
    const local = localSiteConfig(shipped, { appPort: 3300, cachePort: 3302, cacheDir: '/tmp/x/cache' });
    expect(local).toContain('proxy_cache_path /tmp/x/cache ');
    expect(local).toContain('server 127.0.0.1:3300 max_fails');
    expect(local).toContain('listen 127.0.0.1:3302;');
    expect(local).not.toMatch(/ssl|listen 80|return 301/);
    for (const rule of ['proxy_cache_valid 200 301 302 308 1s;', 'proxy_cache_use_stale updating', 'proxy_cache_background_update on;', 'proxy_cache_lock on;', 'proxy_ignore_headers Cache-Control Expires;', 'gunzip on;', 'proxy_cache_bypass $bangvang_staff;']) {
      expect(local).toContain(rule);
    }
  });
});
