/**
 * What pages say of a pre-announced release whose day has passed without it: "was planned for 20 June 2023 and is not
 * yet released". The date alone would read as a promise already broken, or as if the release were out.
 */
export function overduePhrase(date: string): string {
  return `was planned for ${date} and is not yet released`;
}
