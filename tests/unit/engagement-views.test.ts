import { describe, expect, it } from 'vitest';
import { engagementViews, talkViews } from '../../src/core/model/engagement-views.ts';

describe('talks in a report', () => {
  const talks = [
    { title: 'Improving Security', venue: 'Open Source Summit EU' },
    { title: '5 Ways', venue: 'TheDevConf', date: '2023-06-15', url: 'https://example.org/5-ways' },
    { title: ' improving  security ', venue: 'NodeBR', date: '2023-07-22' },
  ];

  it('shows a talk given at several venues once, with each venue in the order listed', () => {
    const views = talkViews(talks, '2023-07-13');
    expect(views.map((talk) => talk.title)).toEqual(['Improving Security', '5 Ways']);
    expect(views[0].appearances.map((appearance) => appearance.venue)).toEqual(['Open Source Summit EU', 'NodeBR']);
    expect(views[1].appearances).toEqual([
      { venue: 'TheDevConf', date: '2023-06-15', url: 'https://example.org/5-ways', announcedAhead: false },
    ]);
  });

  it('marks as announced ahead what is dated after the report went out, and nothing undated', () => {
    const [improving] = talkViews(talks, '2023-07-13');
    expect(improving.appearances.map((appearance) => appearance.announcedAhead)).toEqual([false, true]);
    expect(talkViews(talks, '2023-07-22')[0].appearances[1].announcedAhead).toBe(false);
  });
});

describe('engagements in a report', () => {
  it('keeps each as listed, marked as announced ahead when dated after the report', () => {
    const views = engagementViews(
      [
        { kind: 'meeting', title: 'Public meeting', date: '2023-07-06', note: 'Still open.' },
        { kind: 'event', title: 'Collab Summit' },
      ],
      '2023-07-01',
    );
    expect(views).toEqual([
      { kind: 'meeting', title: 'Public meeting', date: '2023-07-06', note: 'Still open.', announcedAhead: true },
      { kind: 'event', title: 'Collab Summit', announcedAhead: false },
    ]);
  });
});
