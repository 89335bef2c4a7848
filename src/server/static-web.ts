// Serves the built web bundle (web/dist) and answers unknown non-API paths with index.html so that
// client-side routes (/event/123?type=arson) can be opened and shared directly.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export async function installWeb(app: FastifyInstance, webRoot: string | undefined): Promise<boolean> {
  if (!webRoot || !existsSync(join(webRoot, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // Hashed asset names never change content: cache them hard; index.html stays revalidated.
    setHeaders: (res, path) => {
      res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith('/api/'))
      return reply
        .code(404)
        .send({ error: 'not_found', message: `no route for ${req.method} ${req.url.split('?')[0]}` });
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
