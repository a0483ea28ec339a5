namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>The text states (data, RCDATA, RAWTEXT, script data, PLAINTEXT) and the end tag that may close raw text.</summary>
internal sealed partial class SoupTokenizer
{
    /// <summary>
    /// One step of text: data and RCDATA decode character references and split whitespace runs from other text; RAWTEXT
    /// and script data run to the next '&lt;'; PLAINTEXT to the end. NUL is its own token in data, U+FFFD elsewhere.
    /// </summary>
    private bool TextState()
    {
        var character = Read();
        var references = State is SoupTokenizerState.Data or SoupTokenizerState.Rcdata;
        if (character == EndOfFile)
        {
            return false;
        }

        if (character == '&' && references)
        {
            CharacterReference(EndOfFile, inAttribute: false);
        }
        else if (character == '<' && State != SoupTokenizerState.Plaintext)
        {
            textState = State;
            State = State == SoupTokenizerState.Data ? SoupTokenizerState.TagOpen : SoupTokenizerState.TextLessThan;
        }
        else if (character == '\0')
        {
            EmitText(State == SoupTokenizerState.Data ? "\0" : "\uFFFD");
        }
        else if (references)
        {
            EmitRun(character);
        }
        else
        {
            EmitUntil(State == SoupTokenizerState.Plaintext ? SoupStops.Nul : SoupStops.Raw);
        }

        return true;
    }

    /// <summary>A whitespace run as one token, or other text up to the next '&amp;', '&lt;' or NUL.</summary>
    private void EmitRun(int first)
    {
        var start = position - 1;
        var rest = source.AsSpan(position);
        var length = IsSpace(first) ? rest.IndexOfAnyExcept(SoupStops.Spaces) : rest.IndexOfAny(SoupStops.Data);
        position = length < 0 ? source.Length : position + length;
        EmitText(IsSpace(first) ? SoupTokenKind.Space : SoupTokenKind.Characters, start, position);
    }

    /// <summary>The character just read and the text after it up to one of <paramref name="stops"/>, as one text token.</summary>
    private void EmitUntil(System.Buffers.SearchValues<char> stops)
    {
        var start = position - 1;
        var length = source.AsSpan(position).IndexOfAny(stops);
        position = length < 0 ? source.Length : position + length;
        EmitText(SoupTokenKind.Characters, start, position);
    }

    /// <summary>After '&lt;' in RCDATA, RAWTEXT, script data or escaped script data.</summary>
    private void TextLessThanState()
    {
        var character = Read();
        if (character == '/')
        {
            bufferStart = position;
            State = SoupTokenizerState.TextEndTagOpen;
        }
        else if (character == '!' && textState == SoupTokenizerState.ScriptData)
        {
            EmitText("<!");
            State = SoupTokenizerState.ScriptDataEscapeStart;
        }
        else if (IsLetter(character) && textState == SoupTokenizerState.ScriptDataEscaped)
        {
            EmitText(SoupTokenKind.Characters, position - 2, position);
            bufferStart = position - 1;
            State = SoupTokenizerState.ScriptDataDoubleEscapeStart;
        }
        else
        {
            EmitText("<");
            Unread(character);
            State = textState;
        }
    }

    private void TextEndTagOpenState()
    {
        var character = Read();
        if (IsLetter(character))
        {
            State = SoupTokenizerState.TextEndTagName;
            return;
        }

        EmitText("</");
        Unread(character);
        State = textState;
    }

    /// <summary>
    /// An end tag's name in raw text: it closes the element only when it names the start tag that opened the text; else
    /// '&lt;/' and the letters are text, as written.
    /// </summary>
    private void TextEndTagNameState()
    {
        var character = Read();
        var end = character == EndOfFile ? position : position - 1;
        var appropriate = source.AsSpan(bufferStart, end - bufferStart).Equals(lastStartTag, StringComparison.OrdinalIgnoreCase);
        if (appropriate && (IsSpace(character) || character is '/' or '>'))
        {
            StartTag(isEnd: true, bufferStart, end);
            if (character == '>')
            {
                EmitTag();
            }
            else
            {
                State = character == '/' ? SoupTokenizerState.SelfClosingStartTag : SoupTokenizerState.BeforeAttributeName;
            }
        }
        else if (!IsLetter(character))
        {
            EmitText(SoupTokenKind.Characters, bufferStart - 2, end);
            Unread(character);
            State = textState;
        }
    }
}
