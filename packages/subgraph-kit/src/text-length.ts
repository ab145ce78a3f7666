import { Length, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Free text of `min` to `max` characters, where the spaces around it do not count toward the minimum. @Length
 * alone takes "  " as two characters: a reason, an investor's consent letter number or a piece of evidence made
 * of spaces was stored and then read as absent. Refused as TOO_SHORT with its minimum, like @Length; `{ each: true }` checks every item of a list.
 */
export function TextLength(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  const length = Length(min, max, options);
  const notBlank = ValidateBy(
    {
      name: 'textLength',
      constraints: [min],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || value.trim().length >= min,
        defaultMessage: () => `$property must be longer than or equal to ${min} characters besides spaces`,
      },
    },
    options,
  );
  return (target, key) => {
    length(target, key);
    notBlank(target, key);
  };
}
