/**
 * The longest delay `setTimeout` accepts (2^31 − 1 ms, about 24.8 days): a longer one fires at
 * once. A timer for a later moment waits this long and then checks again.
 */
export const MAX_DELAY = 2 ** 31 - 1;
