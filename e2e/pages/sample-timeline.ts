// A small, realistic timeline for the interface specs (same story as the seeds; the renderer's unit tests keep their own copy).
import type { Timeline } from '../../src/shared/model'

export const sampleTimeline: Timeline = {
  version: 1,
  folder: '/data/russia-us-talks',
  articles: [
    { id: 'a1', file: 'guardian.txt', title: 'Russia-US talks to start after New Year holiday', outlet: 'The Guardian', published: '2021-12-27', publishedFrom: 'dateline', storyId: 's1' },
    { id: 'a2', file: 'aljazeera.txt', title: 'Lavrov: talks with US right after holidays', outlet: 'Al Jazeera', published: '2021-12-28', publishedFrom: 'dateline', storyId: 's1' },
    { id: 'a3', file: 'presstv.txt', title: 'Russia will not accept endless talks', outlet: null, published: null, publishedFrom: null, storyId: 's1' },
    { id: 'a4', file: 'nato/summit.txt', title: 'NATO ministers to meet in January', outlet: 'Reuters', published: '2022-01-03', publishedFrom: 'text', storyId: 's2' },
  ],
  stories: [
    { id: 's1', title: 'Russia-US security talks', articleIds: ['a1', 'a2', 'a3'] },
    { id: 's2', title: 'NATO-Russia Council', articleIds: ['a4'] },
  ],
  items: [
    {
      id: 'i1', storyId: 's1', type: 'statement', start: '2021-12-27', end: '2021-12-27', precision: 'day',
      title: 'Lavrov: main negotiations with the US right after the New Year holidays',
      speaker: 'Sergey Lavrov', role: 'Russian Foreign Minister',
      quote: 'It is with the US that we will carry out the main work of negotiations',
      actors: ['Sergey Lavrov', 'United States', 'Russia'],
      sources: [
        { articleId: 'a1', text: '“It is with the US that we will carry out the main work of negotiations,” Russian Foreign Minister Sergey Lavrov said.' },
        { articleId: 'a2', text: 'Lavrov said the talks would start immediately after the New Year holidays end.' },
      ],
      dateEvidence: { phrase: 'on Monday', anchor: '2021-12-28' },
      firstReported: 'a1', corroboration: 2,
    },
    {
      id: 'i2', storyId: 's1', type: 'event', start: '2022-01-10', end: '2022-01-10', precision: 'day',
      title: 'Russia-US security talks in Geneva', speaker: null,
      actors: ['Russia', 'United States'], planned: true,
      sources: [{ articleId: 'a2', text: 'Talks are due to begin in Geneva on January 10.' }],
      conflicts: [{ field: 'date', versions: [{ value: '2022-01-10', articleIds: ['a2'] }, { value: '2022-01-09', articleIds: ['a3'] }] }],
      corroboration: 1,
    },
    {
      id: 'i3', storyId: 's1', type: 'event', start: '2021-12-01', end: '2021-12-27', precision: 'month',
      title: 'Moscow submitted draft security documents to NATO', speaker: null,
      actors: ['Russia', 'NATO'],
      sources: [{ articleId: 'a3', text: 'This month, Moscow submitted draft security documents.' }],
      dateEvidence: { phrase: 'This month', anchor: '2021-12-27' },
    },
    {
      id: 'i4', storyId: 's2', type: 'statement', start: '2022-01-03', end: '2022-01-03', precision: 'day',
      title: 'Stoltenberg confirms NATO-Russia Council meeting', speaker: 'Jens Stoltenberg', role: 'NATO Secretary General',
      actors: ['Jens Stoltenberg', 'NATO', 'Russia'],
      sources: [{ articleId: 'a4', text: 'NATO Secretary General Jens Stoltenberg confirmed the council would meet on January 12.' }],
    },
  ],
  skipped: [{ file: 'photo.jpg', reason: 'not text (binary)' }],
}
