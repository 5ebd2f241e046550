// Fixtures for the read side's tests, here and in the cross-service scenarios.
export { decideStory, fileCase, juneCases, JUNE_FIGURES, NOW as JUNE_NOW, type JuneCase, type Retelling } from './june-cases';
export { openReadSide, type ReadSide } from './read-side';
