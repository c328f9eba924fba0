/** AMAZON.DATE and AMAZON.DURATION values to periods in the user's zone, read as questions about the past. */
export { resolveAmazonDate } from './amazon-date';
export { resolveAmazonDuration } from './amazon-duration';
