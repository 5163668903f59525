/** The part a person plays in one story, in the order the sidebar lists them. */
export const participantGroups = ['gastgeber', 'teilnahme', 'telefonat', 'erwaehnt'] as const;
