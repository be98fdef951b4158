// The interface specs use the renderer's unit-test timeline (modelled on the seeds), not a second copy.
export { fixture as sampleTimeline } from '../../src/renderer/src/timeline/fixture'
