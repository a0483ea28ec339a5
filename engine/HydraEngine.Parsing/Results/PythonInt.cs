using System.Globalization;
using HydraEngine.Model.Text;

namespace HydraEngine.Parsing.Results;

/// <summary>Python's <c>int(text)</c> for values that fit a long: surrounding whitespace, a sign, underscores between digits.</summary>
internal static class PythonInt
{
    public static bool TryParse(string text, out long value)
    {
        var trimmed = PythonText.Strip(text);
        if (trimmed.Contains('_', StringComparison.Ordinal))
        {
            if (trimmed.StartsWith('_') || trimmed.EndsWith('_') || trimmed.Contains("__", StringComparison.Ordinal))
            {
                value = 0;
                return false;
            }

            trimmed = trimmed.Replace("_", "", StringComparison.Ordinal);
        }

        return long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
