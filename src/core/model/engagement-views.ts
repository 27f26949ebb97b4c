import { nameKey } from '../content/name-key.ts';
import type { Engagement, Talk } from '../schemas/engagement.ts';
import type { EngagementView, TalkView } from './types.ts';

/** Dated after the report went out: the report announced it, ahead, rather than reporting on it. */
export function isAnnouncedAhead(date: string | undefined, published: string): boolean {
  return date !== undefined && date > published;
}

/** Talks by title, in the order each title first appears, each with its venues in the order listed. */
export function talkViews(talks: Talk[], published: string): TalkView[] {
  const byTitle = new Map<string, TalkView>();
  for (const talk of talks) {
    const key = nameKey(talk.title);
    let view = byTitle.get(key);
    if (!view) {
      view = { title: talk.title, appearances: [] };
      byTitle.set(key, view);
    }
    view.appearances.push({ venue: talk.venue, date: talk.date, url: talk.url, announcedAhead: isAnnouncedAhead(talk.date, published) });
  }
  return [...byTitle.values()];
}

export function engagementViews(engagements: Engagement[], published: string): EngagementView[] {
  return engagements.map((engagement) => ({ ...engagement, announcedAhead: isAnnouncedAhead(engagement.date, published) }));
}
