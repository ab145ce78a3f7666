import type { Department } from './department.type.js';

/** The representation carries the @requires region: it is the object. */
export const departmentReference = {
  Department: { __resolveReference: (ref: Department) => ref },
};
