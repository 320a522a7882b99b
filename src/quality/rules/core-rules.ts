import type { CodeRule } from '../rule.js'
import { euM10 } from './eu-m10.js'
import { euM5 } from './eu-m5.js'
import { euM7Ects } from './eu-m7-ects.js'
import { euM8 } from './eu-m8.js'
import { euM9 } from './eu-m9.js'
import { euO2 } from './eu-o2.js'
import { euO3 } from './eu-o3.js'
import { euO4 } from './eu-o4.js'
import { hoEctsRange } from './ho-ects-range.js'
import { hoEctsWo1 } from './ho-ects-wo-1.js'
import { nlHoursEc } from './nl-hours-ec.js'
import { nlInstitutionId } from './nl-institution-id.js'
import { nlLevels } from './nl-levels.js'
import { ob3ExtEnum } from './ob3-ext-enum.js'
import { ob3McType } from './ob3-mc-type.js'
import { ob3ResultRef } from './ob3-result-ref.js'
import { ob3Validity } from './ob3-validity.js'

/** The code rules for OB 3.0, EU Annex I, the Dutch common rules and the pilots. */
export const CORE_RULES: readonly CodeRule[] = [
  ob3ExtEnum,
  ob3ResultRef,
  ob3Validity,
  ob3McType,
  euM5,
  euM7Ects,
  euM8,
  euM9,
  euM10,
  euO2,
  euO3,
  euO4,
  nlInstitutionId,
  nlLevels,
  nlHoursEc,
  hoEctsRange,
  hoEctsWo1,
]
