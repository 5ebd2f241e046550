import * as z from 'zod';
import { creditCodeSchema } from '../fields/credit-code';
import { fieldError } from '../fields/field-error';
import { idNumberSchema } from '../fields/id-number';
import { personNameSchema } from '../fields/person-name';
import { phoneSchema } from '../fields/phone';
import { addressSchema, organisationNameSchema } from '../fields/text';

const objectError = (name: string, fields: string) => fieldError(name, `${name} must be an object with ${fields}`);

/** The consumer who complains (or the reporter who gives their name). */
export const complainantSchema = z.strictObject(
  {
    name: personNameSchema,
    phone: phoneSchema,
    address: addressSchema.optional(),
    idNumber: idNumberSchema.optional(),
  },
  { error: objectError('complainant', 'name and phone') },
);

/** The 12345 caller, as the work order names them. */
export const citizenSchema = z.strictObject(
  { name: personNameSchema, phone: phoneSchema, address: addressSchema.optional() },
  { error: objectError('citizen', 'name and phone') },
);

/** The business complained about or reported. */
export const respondentSchema = z.strictObject(
  { name: organisationNameSchema, address: addressSchema.optional(), creditCode: creditCodeSchema.optional() },
  { error: objectError('respondent', 'the business name') },
);
