/** Department's credit fields are all computed from its id: the representation is the object. */
export const departmentReference = {
  Department: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
};
