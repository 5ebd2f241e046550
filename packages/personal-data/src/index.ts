// The public surface of @hotline/personal-data: complainants' personal data sealed, masked and its reads recorded.
export { isSealed, isErased, type SealedPersonalData, type ErasedPersonalData } from './sealed';
export { createPersonalDataVault, type PersonalDataVault, type Erasure } from './vault';
export { maskPhone, maskIdNumber, maskAddress, maskComplainant } from './masking';
export { createReadLog, READ_PURPOSES, type ReadLog, type ReadPurpose, type ReadView, type PersonalDataRead, type ReadsFilter } from './read-log';
export { PERSONAL_DATA_MIGRATIONS } from './migrations';
export type { PersonalDataTables } from './tables';
