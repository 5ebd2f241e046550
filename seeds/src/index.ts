// The public surface of the seeds: plan a profile, load it through the real commands, read the truth.
export { planProfile, DEFAULT_SEED, type Plan, type PlanOptions } from './plan';
export { loadPlan, SeedLoadError, type LoadOptions, type LoadProgress } from './load';
export { PROFILES, PROFILE_NAMES, isProfileName, type Profile, type ProfileName } from './profiles';
export type { GroundTruth } from './ground-truth';
export { tallyFigures, type Figures, type Rate, type CaseFacts, type Happening, type Period } from './figures';
export type { CaseScript, Registration, Step, StepCommand } from './case-script';
export { storedFacts } from './testing/stored-facts';
