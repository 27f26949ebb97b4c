/**
 * Attributes that let search find a version by its bare number: pages print it with the site's prefix ("v20.3.1"),
 * and Pagefind indexes only the words it sees, while readers also search the way release notes write it ("20.3.1").
 */
export function searchableVersion(version: string | undefined): Record<string, string> {
  return version ? { 'data-pagefind-index-attrs': 'data-version', 'data-version': version } : {};
}
