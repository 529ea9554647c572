/** Exit statuses of every `pacta` command (DESIGN §5), plus 3 for Pacta's own bugs. */
export const EXIT_OK = 0;
export const EXIT_FINDING = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERNAL_ERROR = 3;
