/** A write named a version the case has moved past: 409, nothing written. */
export class CaseVersionConflict extends Error {
  override readonly name = 'CaseVersionConflict';
  readonly code = 'case/version-conflict';
  readonly details: { readonly caseId: string; readonly expectedVersion: number; readonly currentVersion: number };

  constructor(caseId: string, expectedVersion: number, currentVersion: number) {
    super(`case ${caseId} is at version ${currentVersion}, not ${expectedVersion}: reload it and decide again`);
    this.details = { caseId, expectedVersion, currentVersion };
  }
}
