import { joinList } from '../format/severity-phrases.ts';
import type { Platform } from '../schemas/advisory.ts';

const LABELS: Record<Platform, string> = {
  all: 'All platforms',
  linux: 'Linux',
  win32: 'Windows',
  darwin: 'macOS',
  freebsd: 'FreeBSD',
  openbsd: 'OpenBSD',
  aix: 'AIX',
  sunos: 'SunOS',
  android: 'Android',
};

/** Readers know "Windows", not the process.platform value `win32` that content uses. */
export function platformLabel(platform: Platform): string {
  return LABELS[platform];
}

/** Where an advisory applies, in words: "All platforms", or "Windows only" so that no one else reads it as theirs. */
export function describePlatforms(platforms: readonly Platform[]): string {
  if (platforms.length === 0 || platforms.includes('all')) return LABELS.all;
  return `${joinList(platforms.map(platformLabel))} only`;
}
