using System.Globalization;
using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>Type 14, datestring → timestamp (easy), see <see cref="EasyDateParser"/>, through the engine's memo of recent texts.</summary>
/// <remarks>"Now" (for "3 days ago") is the engine's clock, so an accelerated clock reaches relative dates.</remarks>
internal sealed class DateDecodeEasyEvaluator(TimeProvider clock) : ConversionEvaluator<DateDecodeEasy>
{
    private readonly RecentEasyDates recent = new(4096);

    protected override string Apply(DateDecodeEasy conversion, string text) =>
        recent.Parse(text, clock.GetUtcNow(), clock.LocalTimeZone).ToString(CultureInfo.InvariantCulture);
}
