namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// What Python's <c>datetime.strptime</c> returns: a valid date and time, microseconds, and the UTC offset in
/// seconds when <c>%z</c> made it aware (null when naive).
/// </summary>
internal readonly record struct ParsedDate(DateTime Value, long? OffsetSeconds);
