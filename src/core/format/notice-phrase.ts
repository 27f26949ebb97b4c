/** The home page's promise, from `preAnnouncementDays`: "Security releases are pre-announced a week ahead." */
export function noticePhrase(days: number): string {
  if (days === 0) return 'Security releases are announced on the day they ship.';
  const ahead = days === 7 ? 'a week' : days % 7 === 0 ? `${days / 7} weeks` : days === 1 ? 'a day' : `${days} days`;
  return `Security releases are pre-announced ${ahead} ahead.`;
}
