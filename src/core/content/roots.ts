import { isAbsolute, resolve } from 'node:path';
import type { ContentRoots } from './load.ts';

/**
 * Where content lives: `content/` under the project, or BULLETIN_CONTENT_DIR; embargoed releases and advisories
 * may sit outside the repository in BULLETIN_PRIVATE_DIR.
 */
export function resolveContentRoots(projectRoot: string, env: Record<string, string | undefined> = process.env): ContentRoots {
  const from = (value: string) => (isAbsolute(value) ? value : resolve(projectRoot, value));
  const content = env.BULLETIN_CONTENT_DIR?.trim() ? from(env.BULLETIN_CONTENT_DIR.trim()) : resolve(projectRoot, 'content');
  const privateContent = env.BULLETIN_PRIVATE_DIR?.trim() ? from(env.BULLETIN_PRIVATE_DIR.trim()) : undefined;
  return { projectRoot, content, privateContent };
}
