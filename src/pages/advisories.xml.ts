import { feedPaths } from '../core/feeds/feed-catalog';
import { feedResponse } from '../site/feeds';

export const GET = () => feedResponse(feedPaths.advisories());
