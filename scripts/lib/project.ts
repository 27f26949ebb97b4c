import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Bulletin project folder: where package.json and content/ live. */
export const PROJECT_ROOT = process.env.BULLETIN_PROJECT_ROOT
  ? resolve(process.env.BULLETIN_PROJECT_ROOT)
  : resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
