import type { Platform } from '../schemas/advisory';

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
