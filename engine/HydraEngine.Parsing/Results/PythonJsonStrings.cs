using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HydraEngine.Parsing.Results;

/// <summary>
/// Parsed values are Python strings, which may hold a lone surrogate (a <c>\ud800</c> escape decoded by a string
/// step). hydrus's JSON keeps it as the escape <c>\ud800</c>; System.Text.Json would write U+FFFD, a different value.
/// These writes keep the escape, so a reader gets the value hydrus has.
/// </summary>
internal static class PythonJsonStrings
{
    /// <summary>Writes a parsed string; with <paramref name="keepLoneSurrogates"/> its lone surrogates stay escapes, else they become U+FFFD.</summary>
    public static void WriteParsedString(this Utf8JsonWriter writer, string name, string value, bool keepLoneSurrogates)
    {
        if (!keepLoneSurrogates || !HasLoneSurrogate(value))
        {
            writer.WriteString(name, value);
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(Quoted(value, writer.Options.Encoder), skipInputValidation: true);
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The JSON string literal: runs without lone surrogates escaped by the writer's encoder, lone ones as <c>\uXXXX</c>.</summary>
    private static string Quoted(string value, JavaScriptEncoder? encoder)
    {
        var json = new StringBuilder(value.Length + 8).Append('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(value[i]))
            {
                json.Append(JsonEncodedText.Encode(value.AsSpan(run, i - run), encoder).ToString()).Append($"\\u{(int)value[i]:x4}");
                run = i + 1;
            }
        }

        return json.Append(JsonEncodedText.Encode(value.AsSpan(run), encoder).ToString()).Append('"').ToString();
    }
}
