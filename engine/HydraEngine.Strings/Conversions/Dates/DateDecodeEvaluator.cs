using System.Globalization;
using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// Type 10, datestring → timestamp (advanced): <c>strptime</c>, then UTC (fields read as UTC, microseconds and any
/// <c>%z</c> dropped), OFFSET (as UTC, minus the offset seconds) or LOCAL (the <c>%z</c> offset if parsed, else the
/// machine's zone), as <c>str(int(seconds))</c>.
/// </summary>
internal sealed class DateDecodeEvaluator : ConversionEvaluator<DateDecode>
{
    protected override string Apply(DateDecode conversion, string text) =>
        Decode(text, conversion.Format, conversion.Timezone, conversion.OffsetSeconds, TimeZoneInfo.Local).ToString(CultureInfo.InvariantCulture);

    /// <summary>The Unix time hydrus computes, with the local zone supplied.</summary>
    public static long Decode(string text, string format, DateTimezone timezone, long offsetSeconds, TimeZoneInfo localZone)
    {
        var parsed = StrptimeParser.Parse(text, format);
        var value = parsed.Value;
        switch (timezone)
        {
            case DateTimezone.Utc or DateTimezone.Offset:
                var wholeSeconds = value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
                var seconds = LocalTime.UtcSeconds(wholeSeconds);
                if (timezone == DateTimezone.Utc)
                {
                    return seconds;
                }

                return LocalTime.UtcSeconds(LocalTime.FromUnixSeconds(checked(seconds - offsetSeconds)));
            case DateTimezone.Local when parsed.OffsetSeconds is { } offset:
                return (value.AddSeconds(-offset) - new DateTime(1970, 1, 1)).Ticks / TimeSpan.TicksPerSecond;
            case DateTimezone.Local:
                return LocalTime.LocalSeconds(value, localZone);
            default:
                throw new ArgumentOutOfRangeException(nameof(timezone), timezone, "unknown timezone");
        }
    }
}
