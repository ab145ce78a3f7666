/** Region's debt fields are all computed from its code: the representation is the object. */
export const regionReference = {
  Region: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
};
