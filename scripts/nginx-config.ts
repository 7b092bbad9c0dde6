import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderNginxConfig } from '@/lib/publication/nginx-config';
import { readCurrentPublication } from './lib/publication-files';

/*
 * `npm run --silent nginx:config -- --root /srv/site/out --listen 80 --prefix /var/lib/site-nginx`
 * prints the nginx config for the current publication, for a deployment.
 */
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve('out') },
    listen: { type: 'string', default: '80' },
    prefix: { type: 'string', default: '/var/lib/nginx' },
  },
});
process.stdout.write(
  renderNginxConfig(readCurrentPublication(), { root: values.root, listen: values.listen, prefix: values.prefix }),
);
