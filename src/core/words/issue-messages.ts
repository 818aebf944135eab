import type { IssueCode, IssueOf } from '../issues/issue';

/** One language's words for every issue code, each given exactly the issue of its code. */
export type IssueMessages = { readonly [C in IssueCode]: (issue: IssueOf<C>) => string };
