import type { Department } from './department.type.js';

/** Casework holds nothing about a department but its id: the representation is the object. */
export const departmentReference = {
  Department: { __resolveReference: (ref: Department) => ref },
};
