namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>
/// Script data's escapes: after <c>&lt;!--</c> an end tag still closes the script, unless a <c>&lt;script</c> inside
/// started a double escape (ended by <c>&lt;/script</c>); <c>--&gt;</c> leaves either.
/// </summary>
internal sealed partial class SoupTokenizer
{
    /// <summary>After <c>&lt;!</c> or <c>&lt;!-</c> in script data.</summary>
    private void ScriptDataEscapeStartState()
    {
        var character = Read();
        if (character == '-')
        {
            EmitText("-");
            State = State == SoupTokenizerState.ScriptDataEscapeStart ? SoupTokenizerState.ScriptDataEscapeStartDash : SoupTokenizerState.ScriptDataEscapedDashDash;
            return;
        }

        Unread(character);
        State = SoupTokenizerState.ScriptData;
    }

    /// <summary>
    /// Escaped or double-escaped script data, after no dash, one dash or two (<c>--&gt;</c> returns to plain script
    /// data). A '&lt;' may start an end tag in escaped data; in double-escaped data it is text that may start <c>&lt;/script</c>.
    /// </summary>
    private void ScriptDataEscapedState()
    {
        var doubled = State is SoupTokenizerState.ScriptDataDoubleEscaped or SoupTokenizerState.ScriptDataDoubleEscapedDash
            or SoupTokenizerState.ScriptDataDoubleEscapedDashDash;
        var plain = doubled ? SoupTokenizerState.ScriptDataDoubleEscaped : SoupTokenizerState.ScriptDataEscaped;
        var dashDash = doubled ? SoupTokenizerState.ScriptDataDoubleEscapedDashDash : SoupTokenizerState.ScriptDataEscapedDashDash;
        var character = Read();
        switch (character)
        {
            case '-':
                EmitText("-");
                State = State != plain ? dashDash : doubled ? SoupTokenizerState.ScriptDataDoubleEscapedDash : SoupTokenizerState.ScriptDataEscapedDash;
                break;
            case '<' when doubled:
                EmitText("<");
                State = SoupTokenizerState.ScriptDataDoubleEscapedLessThan;
                break;
            case '<':
                textState = SoupTokenizerState.ScriptDataEscaped;
                State = SoupTokenizerState.TextLessThan;
                break;
            case '>' when State == dashDash:
                EmitText(">");
                State = SoupTokenizerState.ScriptData;
                break;
            case '\0':
                EmitText("\uFFFD");
                State = plain;
                break;
            case EndOfFile:
                State = SoupTokenizerState.Data;
                break;
            default:
                EmitUntil(SoupStops.Escaped);
                State = plain;
                break;
        }
    }

    /// <summary>Letters after <c>&lt;</c> (or <c>&lt;/</c>) in escaped script data: "script" starts (or ends) the double escape.</summary>
    private void ScriptDataDoubleEscapeBoundaryState()
    {
        var starting = State == SoupTokenizerState.ScriptDataDoubleEscapeStart;
        var character = Read();
        if (IsLetter(character))
        {
            EmitCharacter();
            return;
        }

        if (IsSpace(character) || character is '/' or '>')
        {
            var script = source.AsSpan(bufferStart, position - 1 - bufferStart).Equals("script", StringComparison.OrdinalIgnoreCase);
            EmitCharacter();
            State = script == starting ? SoupTokenizerState.ScriptDataDoubleEscaped : SoupTokenizerState.ScriptDataEscaped;
            return;
        }

        Unread(character);
        State = starting ? SoupTokenizerState.ScriptDataEscaped : SoupTokenizerState.ScriptDataDoubleEscaped;
    }

    private void ScriptDataDoubleEscapedLessThanState()
    {
        var character = Read();
        if (character == '/')
        {
            EmitText("/");
            bufferStart = position;
            State = SoupTokenizerState.ScriptDataDoubleEscapeEnd;
            return;
        }

        Unread(character);
        State = SoupTokenizerState.ScriptDataDoubleEscaped;
    }
}
