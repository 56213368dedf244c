/** What GOV.UK Frontend's text input and textarea share: their options and how their hint is linked. */
import type { Attributes, Content } from '../../site/html.ts';

export interface FieldProps {
  id?: string;
  name: string;
  label: Content & { classes?: string; isPageHeading?: boolean; attributes?: Attributes };
  hint?: Content & { classes?: string; attributes?: Attributes };
  describedBy?: string;
  formGroup?: { classes?: string; attributes?: Attributes };
  classes?: string;
  spellcheck?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  attributes?: Attributes;
}

/** The hint's id and the control's `aria-describedby`, as the macros make them. */
export function describedBy(id: string, props: Pick<FieldProps, 'hint' | 'describedBy'>): { hintId: string | undefined; describedBy: string | undefined } {
  const hintId = props.hint ? `${id}-hint` : undefined;
  return { hintId, describedBy: [props.describedBy, hintId].filter(Boolean).join(' ') || undefined };
}

/** The `spellcheck` attribute's value: "true", "false", or none when not set. */
export function spellcheckValue(spellcheck: boolean | undefined): 'true' | 'false' | undefined {
  return spellcheck === undefined ? undefined : spellcheck ? 'true' : 'false';
}
