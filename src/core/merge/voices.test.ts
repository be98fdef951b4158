import { describe, expect, it } from 'vitest'
import { item } from './test-items'
import { distinctVoices } from './same'

describe('distinctVoices', () => {
  const lavrov = item({ articleId: 'tass', speaker: 'Lavrov', text: 'Lavrov said the talks were frank.', actors: ['Russia'] })
  const wireCopy = item({ articleId: 'rt', speaker: 'Lavrov', text: 'Lavrov said the talks were frank.', actors: ['Russia'] })
  const fuller = item({ articleId: 'ria', speaker: 'Sergey Lavrov', text: 'Lavrov said the talks were frank.', actors: ['Russia'] })
  const otherActors = item({ articleId: 'bbc', speaker: 'Lavrov', text: 'Lavrov said the talks were frank.', actors: ['Russia', 'NATO'] })
  const otherText = item({ articleId: 'cnn', speaker: 'Lavrov', text: 'Lavrov said the talks were useful.', actors: ['Russia'] })

  it('keeps the first item of each speaker, text and actors, in order', () => {
    expect(distinctVoices([lavrov, wireCopy, fuller, otherActors, wireCopy, otherText])).toEqual([lavrov, fuller, otherActors, otherText])
    expect(distinctVoices([lavrov, wireCopy])[0]).toBe(lavrov)
  })

  it('tells an unnamed speaker from one named "null"', () => {
    const unnamed = item({ articleId: 'ap', text: 'Talks ended.' })
    expect(distinctVoices([unnamed, { ...unnamed, speaker: 'null' }])).toHaveLength(2)
  })
})
