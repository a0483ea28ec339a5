using System.Globalization;
using System.Text.RegularExpressions;
using HydraEngine.Downloading;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>Sizes as people type them (parsed; <c>InputFile.Describe</c> writes them back): <c>5000</c>, <c>500k</c>, <c>64MB</c>, <c>1.5GiB</c> (k, M, G, T count in 1024s).</summary>
internal static partial class ByteSize
{
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

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>([kKmMgGtT](i?[bB])?)|[bB])?$")]
    private static partial Regex SizePattern();
}
