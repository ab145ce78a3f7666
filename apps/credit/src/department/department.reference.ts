/**
 * Department's credit fields are computed from its id; the representation also carries the fields they
 * @require (countyWideDomains, from directory): it is the object.
 */
export const departmentReference = {
  Department: {
    __resolveReference: (ref: { id: string; countyWideDomains?: string[] }) => ref,
  },
};
