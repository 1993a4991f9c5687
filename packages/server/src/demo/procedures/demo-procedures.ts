import type { ProcedureContent } from '@motcua/core';
import { COSMETICS_PROCEDURES } from './cosmetics.js';
import { FOOD_SAFETY_PROCEDURES } from './food-safety.js';
import { MEDICAL_DEVICE_PROCEDURES } from './medical-devices.js';
import { MEDICAL_FACILITY_PROCEDURES } from './medical-facilities.js';
import { MEDICAL_PRACTICE_PROCEDURES } from './medical-practice.js';
import { OTHER_FIELD_PROCEDURES } from './other-fields.js';
import { PHARMACY_BUSINESS_PROCEDURES } from './pharmacy-business.js';
import { PHARMACY_PRACTICE_PROCEDURES } from './pharmacy-practice.js';

/**
 * Demo procedure catalog of Sở Y tế tỉnh Lâm Đồng (DOMAIN.md §11), as published by the seed
 * announcement decision (demo-decisions.ts). Names, fields, documents and legal bases follow the
 * real procedures; codes, form numbers, times and fees are illustrative and must not be read as
 * the province's official catalog.
 *
 * The field files share building blocks (channels, documents, legal bases); the catalog is a deep
 * copy so that a consumer editing one procedure never changes another.
 */
export const DEMO_PROCEDURES: ProcedureContent[] = [
  ...PHARMACY_PRACTICE_PROCEDURES,
  ...PHARMACY_BUSINESS_PROCEDURES,
  ...COSMETICS_PROCEDURES,
  ...MEDICAL_PRACTICE_PROCEDURES,
  ...MEDICAL_FACILITY_PROCEDURES,
  ...FOOD_SAFETY_PROCEDURES,
  ...MEDICAL_DEVICE_PROCEDURES,
  ...OTHER_FIELD_PROCEDURES,
].map((p) => structuredClone(p));
