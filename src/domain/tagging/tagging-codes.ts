import { TAGGING_DENIALS } from './permissions';
import { FORGERY_CODES } from './send-authority';
import { TAG_CHANGE_REJECTIONS } from './tag-change';

/** Every code the tagging domain returns, for the UI's translation files. */
export const TAGGING_CODES = [...TAGGING_DENIALS, ...TAG_CHANGE_REJECTIONS, ...FORGERY_CODES] as const;

export type TaggingCode = (typeof TAGGING_CODES)[number];
