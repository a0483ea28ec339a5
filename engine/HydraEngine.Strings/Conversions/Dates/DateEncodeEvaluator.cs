using HydraEngine.Model.Strings;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// Type 12, timestamp → datestring: <c>int(s)</c> seconds after 1970-01-01 (naive UTC), plus the machine's
/// <em>current</em> UTC offset when LOCAL, formatted with glibc-style <c>strftime</c>.
/// </summary>
internal sealed class DateEncodeEvaluator(TimeProvider clock) : ConversionEvaluator<DateEncode>
{
    protected override string Apply(DateEncode conversion, string text) =>
        Encode(text, conversion.Format, conversion.Timezone, clock.LocalTimeZone.GetUtcOffset(clock.GetUtcNow()));

    /// <summary>The text hydrus produces, with the current local offset supplied.</summary>
    public static string Encode(string text, string format, DateTimezone timezone, TimeSpan currentLocalOffset)
    {
        if (!PythonInt.TryParse(text, out var seconds) || seconds < long.MinValue / 2 || seconds > long.MaxValue / 2)
        {
            throw new FormatException($"\"{text}\" was not an integer!");
        }

        var value = LocalTime.FromUnixSeconds((long)seconds);
        if (timezone == DateTimezone.Local)
        {
            value = value.Add(currentLocalOffset);
        }

        return Strftime.Format(value, format);
    }
}
