/**
 * Whole-number settings from the environment (LAGEBILD_PAGE_SIZE,
 * LAGEBILD_PEOPLE_LIMIT, LAGEBILD_PREVIEWS, LAGEBILD_SITEMAP_LIMIT): unset or empty means the
 * default; anything else must be a whole number in range, or the build stops.
 */
export function wholeNumberSetting(name: string, value: string | undefined, min: number, max?: number): number | undefined {
	if (value === undefined || value === '') return undefined;
	const number = Number(value);
	if (!Number.isInteger(number) || number < min || (max !== undefined && number > max)) {
		throw new Error(`${name} erwartet eine ganze Zahl ${max === undefined ? `≥ ${min}` : `von ${min} bis ${max}`}, nicht „${value}“.`);
	}
	return number;
}
