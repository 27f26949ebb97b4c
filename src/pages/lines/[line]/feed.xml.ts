import type { APIContext } from 'astro';
import { feedPaths } from '../../../core/feeds/feed-catalog';
import { feedResponse } from '../../../site/feeds';
import { getSiteModel } from '../../../site/site-model';

export function getStaticPaths() {
  return getSiteModel().lines.map((line) => ({ params: { line: line.id } }));
}

export const GET = ({ params }: APIContext) => feedResponse(feedPaths.line(params.line ?? ''));
