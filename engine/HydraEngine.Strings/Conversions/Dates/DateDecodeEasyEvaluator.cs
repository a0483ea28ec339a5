using System.Globalization;
using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>Type 14, datestring → timestamp (easy), see <see cref="EasyDateParser"/>.</summary>
internal sealed class DateDecodeEasyEvaluator : ConversionEvaluator<DateDecodeEasy>
{
    protected override string Apply(DateDecodeEasy conversion, string text) =>
        EasyDateParser.Parse(text, DateTimeOffset.UtcNow, TimeZoneInfo.Local).ToString(CultureInfo.InvariantCulture);
}
