import type { Engagement, Talk } from '../schemas/engagement';
import type { EngagementView, TalkView } from './types';

/** Dated after the report went out: the report announced it, as "coming up", rather than reporting on it. */
function isAhead(date: string | undefined, published: string): boolean {
  return date !== undefined && date > published;
}

/** Talks by title, in the order each title first appears, each with its venues in the order listed. */
export function talkViews(talks: Talk[], published: string): TalkView[] {
  const byTitle = new Map<string, TalkView>();
  for (const talk of talks) {
    const key = talk.title.trim().toLowerCase();
    let view = byTitle.get(key);
    if (!view) {
      view = { title: talk.title, appearances: [] };
      byTitle.set(key, view);
    }
    view.appearances.push({ venue: talk.venue, date: talk.date, url: talk.url, upcoming: isAhead(talk.date, published) });
  }
  return [...byTitle.values()];
}

export function engagementViews(engagements: Engagement[], published: string): EngagementView[] {
  return engagements.map((engagement) => ({ ...engagement, upcoming: isAhead(engagement.date, published) }));
}
