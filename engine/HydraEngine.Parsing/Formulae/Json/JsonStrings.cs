using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>
/// A JSON string's value. Python accepts lone surrogate escapes (<c>"\ud800"</c>) that System.Text.Json refuses;
/// those are decoded here by hand so such a page parses as it does in hydrus instead of failing.
/// </summary>
internal static class JsonStrings
{
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return Unescape(element.GetRawText());
        }
    }

    private static string Unescape(string quoted)
    {
        var builder = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var character = quoted[i];
            if (character != '\\' || i + 1 >= quoted.Length - 1)
            {
                builder.Append(character);
                continue;
            }

            var escape = quoted[++i];
            switch (escape)
            {
                case 'u' when i + 4 < quoted.Length && int.TryParse(quoted.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                default: builder.Append(escape); break;
            }
        }

        return builder.ToString();
    }
}
