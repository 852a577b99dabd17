import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

export interface RouteBundle {
  route: string;
  files: number;
  gzipBytes: number;
}

interface ClientManifest {
  entryJSFiles?: Record<string, string[]>;
}

/**
 * First-load JavaScript per app route of a production build, gzipped: the shared root chunks
 * plus the chunks of the route's layouts and page (Next 16 no longer prints this table). Read
 * from the build's own manifests, so it costs milliseconds.
 */
export function firstLoadJs(distDir: string): RouteBundle[] {
  const read = (f: string): string => readFileSync(path.join(distDir, f), 'utf8');
  const build = JSON.parse(read('build-manifest.json')) as { rootMainFiles: string[] };
  const routes = JSON.parse(read('app-path-routes-manifest.json')) as Record<string, string>;
  const sizes = new Map<string, number>();
  const gz = (file: string): number => {
    const known = sizes.get(file);
    if (known !== undefined) return known;
    const size = gzipSync(readFileSync(path.join(distDir, file))).length;
    sizes.set(file, size);
    return size;
  };
  const out: RouteBundle[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith('/page')) continue;
    const manifestFile = path.join('server/app', `${entry}_client-reference-manifest.js`);
    if (!existsSync(path.join(distDir, manifestFile))) continue;
    const sandbox: { globalThis?: unknown; __RSC_MANIFEST: Record<string, ClientManifest> } = {
      __RSC_MANIFEST: {},
    };
    sandbox.globalThis = sandbox;
    runInNewContext(read(manifestFile), sandbox);
    const manifest = sandbox.__RSC_MANIFEST[entry] ?? {};
    const files = new Set(build.rootMainFiles);
    for (const [key, chunks] of Object.entries(manifest.entryJSFiles ?? {}))
      if (key.endsWith('/layout') || key.endsWith(entry)) for (const c of chunks) files.add(c);
    const gzipBytes = [...files].reduce((sum, f) => sum + gz(f), 0);
    out.push({ route, files: files.size, gzipBytes });
  }
  return out.sort((a, b) => a.route.localeCompare(b.route));
}
