using System.Globalization;
using System.Text.RegularExpressions;
using HydraEngine.Downloading;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>Sizes as people type them: <c>5000</c>, <c>500k</c>, <c>64MB</c>, <c>1.5GiB</c> (k, M, G, T count in 1024s).</summary>
internal static partial class ByteSize
{
    private static readonly string[] Units = ["B", "KiB", "MiB", "GiB", "TiB"];

    public static long Parse(string text, string option)
    {
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw new DownloadException($"{option} '{text}' is not a size: give bytes or a number with k, M, G or T (e.g. 64MB, 1.5GiB)");
        }

        var power = match.Groups["unit"].Value.Length == 0 ? 0 : "KMGT".IndexOf(char.ToUpperInvariant(match.Groups["unit"].Value[0]), StringComparison.Ordinal) + 1;
        var bytes = number * Math.Pow(1024, power);
        return bytes is >= 1 and <= long.MaxValue ? (long)bytes : throw new DownloadException($"{option} '{text}' must be at least 1 byte and at most 8 EiB");
    }

    public static string Describe(long bytes)
    {
        var unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < Units.Length - 1 && value % 1024 == 0)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {Units[unit]}");
    }

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>([kKmMgGtT](i?[bB])?)|[bB])?$")]
    private static partial Regex SizePattern();
}
