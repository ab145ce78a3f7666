import type { Reason, ReasonParams } from '@integrity/rules';

const firstNumber = (message: string): number | undefined => {
  const match = /-?\d+(?:\.\d+)?/.exec(message);
  return match ? Number(match[0]) : undefined;
};

const withFigure = (
  reason: Reason,
  name: string,
  value: number | undefined,
): { reason: Reason; params: ReasonParams } => ({
  reason,
  params: value === undefined ? {} : { [name]: value },
});

/**
 * A class-validator constraint → the reason code the console translates, with its figure. The figure is
 * read from the constraint's message (class-validator's default wording, or the input's own), which
 * names it: "must be longer than or equal to 10 characters" → TOO_SHORT { min: 10 }.
 */
export function reasonOfConstraint(constraint: string, message: string): { reason: Reason; params: ReasonParams } {
  switch (constraint) {
    case 'isLength':
    case 'textLength':
    case 'minLength':
    case 'maxLength':
      return /shorter|at most|no more/i.test(message)
        ? withFigure('TOO_LONG', 'max', firstNumber(message))
        : withFigure('TOO_SHORT', 'min', firstNumber(message));
    case 'min':
      return withFigure('TOO_SMALL', 'min', firstNumber(message));
    case 'max':
      return withFigure('TOO_LARGE', 'max', firstNumber(message));
    case 'arrayMinSize':
      return withFigure('TOO_FEW_ITEMS', 'min', firstNumber(message));
    case 'arrayNotEmpty':
      return withFigure('TOO_FEW_ITEMS', 'min', 1);
    case 'arrayMaxSize':
      return withFigure('TOO_MANY_ITEMS', 'max', firstNumber(message));
    case 'isNotEmpty':
    case 'isDefined':
      return { reason: 'REQUIRED', params: {} };
    case 'isIn':
    case 'isEnum':
      return { reason: 'INVALID_VALUE', params: {} };
    case 'isDateString':
    case 'isISO8601':
      return { reason: 'INVALID_DATE', params: {} };
    default:
      return { reason: 'INVALID_FORMAT', params: {} };
  }
}
