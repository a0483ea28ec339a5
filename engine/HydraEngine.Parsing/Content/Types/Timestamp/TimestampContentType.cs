using System.Globalization;
using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;
using HydraEngine.Strings.Python;

namespace HydraEngine.Parsing.Content.Types.Timestamp;

/// <summary>A timestamp (hydrus content type 16): type 0 is the source time downloads keep (the earliest, capped at now − 5 s).</summary>
internal sealed class TimestampContentType : ContentType<TimestampContent>
{
    private const long YearTenThousand = 253402300800;

    public override string JsonWord => "timestamp";

    protected override IReadOnlyList<string> Yield(TimestampContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context) => texts;

    protected override void WriteJson(TimestampContent kind, Utf8JsonWriter writer)
    {
        if (kind.TimestampType is { } type)
        {
            writer.WriteNumber("timestamp_type", type);
        }
        else
        {
            writer.WriteNull("timestamp_type");
        }
    }

    protected override void Read(TimestampContent kind, ParsedContent content, PostContents post)
    {
        if (kind.TimestampType == 0 && PythonInt.TryParse(content.Value, out var big) && big >= long.MinValue && big <= long.MaxValue)
        {
            post.AddSourceTime((long)big);
        }
    }

    protected override string Describe(TimestampContent kind) => "a source time";

    protected override string Label(TimestampContent kind, string name) => $"timestamp [{name}]";

    public override string Show(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < YearTenThousand
            ? $"{DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)} ({value})"
            : value;
}
