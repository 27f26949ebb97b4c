import type { SiteModel } from '../core/model/types.ts';
import type { OgCard } from '../core/og/card.ts';
import { ogCardForPage, ogCards } from '../core/og/page-cards.ts';
import { paths } from './urls.ts';

const cardsByModel = new WeakMap<SiteModel, { cards: OgCard[]; byPage: Map<string, OgCard> }>();

/** The Open Graph card of one page. The cards are worked out once per model, not once per page that asks. */
export function ogCardForPath(model: SiteModel, pathname: string): OgCard {
  let index = cardsByModel.get(model);
  if (!index) {
    const cards = ogCards(model, paths);
    index = { cards, byPage: new Map(cards.map((card) => [card.page, card])) };
    cardsByModel.set(model, index);
  }
  const page = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return index.byPage.get(page) ?? ogCardForPage(index.cards, page);
}
