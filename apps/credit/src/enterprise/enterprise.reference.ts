export const enterpriseReference = {
  Enterprise: { __resolveReference: (ref: { uscc: string }) => ({ uscc: ref.uscc }) },
};
