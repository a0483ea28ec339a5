namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>Inside a tag: its name, attributes and values, and the self-closing slash.</summary>
internal sealed partial class SoupTokenizer
{
    private readonly HashSet<string> attributeNames = new(StringComparer.Ordinal);
    private bool selfClosing;

    private void TagNameState() => TagRunState(tagName, SoupStops.TagName, SoupTokenizerState.BeforeAttributeName, slashEnds: true);

    private void AttributeNameState() => TagRunState(attributeName, SoupStops.AttributeName, SoupTokenizerState.AfterAttributeName, slashEnds: true);

    private void UnquotedAttributeValueState() => TagRunState(attributeValue, SoupStops.UnquotedValue, SoupTokenizerState.BeforeAttributeName, slashEnds: false);

    /// <summary>
    /// A tag name, attribute name or unquoted value: whitespace moves on to <paramref name="afterSpace"/>, '&gt;' ends the
    /// tag, '/' (when <paramref name="slashEnds"/>) may end it self-closing, '=' ends an attribute name, '&amp;' starts a
    /// character reference in a value; anything else adds to <paramref name="buffer"/>.
    /// </summary>
    private void TagRunState(SoupTextBuffer buffer, System.Buffers.SearchValues<char> stops, SoupTokenizerState afterSpace, bool slashEnds)
    {
        var character = Read();
        if (IsSpace(character))
        {
            State = afterSpace;
        }
        else if (character == '>')
        {
            EmitTag();
        }
        else if (character == '/' && slashEnds)
        {
            State = SoupTokenizerState.SelfClosingStartTag;
        }
        else if (character == '=' && buffer == attributeName)
        {
            State = SoupTokenizerState.BeforeAttributeValue;
        }
        else if (character == '&' && buffer == attributeValue)
        {
            CharacterReference('>', inAttribute: true);
        }
        else
        {
            AddToTag(character, buffer, stops);
        }
    }

    /// <summary>Before an attribute name (<paramref name="afterName"/>: after one, where '=' starts its value).</summary>
    private void AttributeGapState(bool afterName)
    {
        var character = Read();
        switch (character)
        {
            case ' ' or '\t' or '\n' or '\r' or '\f':
                break;
            case '=' when afterName:
                State = SoupTokenizerState.BeforeAttributeValue;
                break;
            case '>':
                EmitTag();
                break;
            case '/':
                State = SoupTokenizerState.SelfClosingStartTag;
                break;
            case EndOfFile:
                State = SoupTokenizerState.Data;
                break;
            default:
                StartAttribute(character);
                break;
        }
    }

    private void BeforeAttributeNameState() => AttributeGapState(afterName: false);

    private void AfterAttributeNameState() => AttributeGapState(afterName: true);

    private void BeforeAttributeValueState()
    {
        var character = Read();
        switch (character)
        {
            case ' ' or '\t' or '\n' or '\r' or '\f':
                break;
            case '"':
                State = SoupTokenizerState.AttributeValueDoubleQuoted;
                break;
            case '\'':
                State = SoupTokenizerState.AttributeValueSingleQuoted;
                break;
            case '&':
                Unread(character);
                State = SoupTokenizerState.AttributeValueUnquoted;
                break;
            case '>':
                EmitTag();
                break;
            case EndOfFile:
                State = SoupTokenizerState.Data;
                break;
            case '\0':
                attributeValue.Add("\uFFFD");
                State = SoupTokenizerState.AttributeValueUnquoted;
                break;
            default:
                attributeValue.AddSource(position - 1, position);
                State = SoupTokenizerState.AttributeValueUnquoted;
                break;
        }
    }

    private void QuotedAttributeValueState(char quote)
    {
        var character = Read();
        if (character == quote)
        {
            State = SoupTokenizerState.AfterAttributeValue;
        }
        else if (character == '&')
        {
            CharacterReference(quote, inAttribute: true);
        }
        else
        {
            AddToTag(character, attributeValue, quote == '"' ? SoupStops.DoubleQuotedValue : SoupStops.SingleQuotedValue);
        }
    }

    private void AfterAttributeValueState()
    {
        var character = Read();
        if (IsSpace(character))
        {
            State = SoupTokenizerState.BeforeAttributeName;
        }
        else if (character == '>')
        {
            EmitTag();
        }
        else if (character == '/')
        {
            State = SoupTokenizerState.SelfClosingStartTag;
        }
        else
        {
            Unread(character);
            State = character == EndOfFile ? SoupTokenizerState.Data : SoupTokenizerState.BeforeAttributeName;
        }
    }

    private void SelfClosingStartTagState()
    {
        var character = Read();
        if (character == '>')
        {
            selfClosing = true;
            EmitTag();
            return;
        }

        Unread(character);
        State = character == EndOfFile ? SoupTokenizerState.Data : SoupTokenizerState.BeforeAttributeName;
    }

    /// <summary>
    /// The character just read, which its state leaves to this: the end of the input drops the tag, NUL adds U+FFFD to
    /// <paramref name="buffer"/>, anything else adds itself and what follows it up to one of <paramref name="stops"/>.
    /// </summary>
    private void AddToTag(int character, SoupTextBuffer buffer, System.Buffers.SearchValues<char> stops)
    {
        if (character == EndOfFile)
        {
            State = SoupTokenizerState.Data;
        }
        else if (character == '\0')
        {
            buffer.Add("\uFFFD");
        }
        else
        {
            AddRun(buffer, stops);
        }
    }

    /// <summary>The character just read and what follows it up to one of <paramref name="stops"/>, added to <paramref name="buffer"/>.</summary>
    private void AddRun(SoupTextBuffer buffer, System.Buffers.SearchValues<char> stops)
    {
        var start = position - 1;
        var length = source.AsSpan(position).IndexOfAny(stops);
        position = length < 0 ? source.Length : position + length;
        buffer.AddSource(start, position);
    }
}
