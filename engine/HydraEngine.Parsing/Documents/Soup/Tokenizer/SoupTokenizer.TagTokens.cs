namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>
/// Where tags start (after '&lt;' and '&lt;/'), and the tag token they build: its name, the attribute being read (names
/// lowercased, the first of each name kept) and the token once the tag ends.
/// </summary>
internal sealed partial class SoupTokenizer
{
    private void TagOpenState()
    {
        var character = Read();
        if (character == '!')
        {
            State = SoupTokenizerState.MarkupDeclarationOpen;
        }
        else if (character == '/')
        {
            State = SoupTokenizerState.EndTagOpen;
        }
        else if (IsLetter(character))
        {
            StartTag(isEnd: false, position - 1, position);
            State = SoupTokenizerState.TagName;
        }
        else if (character == '>')
        {
            EmitText("<>");
            State = SoupTokenizerState.Data;
        }
        else if (character == '?')
        {
            Unread(character);
            StartBogusComment();
        }
        else
        {
            EmitText("<");
            Unread(character);
            State = SoupTokenizerState.Data;
        }
    }

    private void EndTagOpenState()
    {
        var character = Read();
        if (IsLetter(character))
        {
            StartTag(isEnd: true, position - 1, position);
            State = SoupTokenizerState.TagName;
        }
        else if (character == '>')
        {
            State = SoupTokenizerState.Data;
        }
        else if (character == EndOfFile)
        {
            EmitText("</");
            State = SoupTokenizerState.Data;
        }
        else
        {
            Unread(character);
            StartBogusComment();
        }
    }

    /// <summary>A new tag whose name so far is the source from <paramref name="nameStart"/> to <paramref name="nameEnd"/>.</summary>
    private void StartTag(bool isEnd, int nameStart, int nameEnd)
    {
        endTag = isEnd;
        selfClosing = false;
        hasAttribute = false;
        attributes.Clear();
        attributeNames.Clear();
        tagName.Clear();
        tagName.AddSource(nameStart, nameEnd);
    }

    /// <summary>A new attribute whose name starts with <paramref name="first"/> (just read; NUL becomes U+FFFD).</summary>
    private void StartAttribute(int first)
    {
        FinishAttribute();
        hasAttribute = true;
        attributeName.Clear();
        attributeValue.Clear();
        if (first == '\0')
        {
            attributeName.Add("\uFFFD");
        }
        else
        {
            attributeName.AddSource(position - 1, position);
        }

        State = SoupTokenizerState.AttributeName;
    }

    /// <summary>Keeps the attribute just read unless an earlier one has its (lowercased) name.</summary>
    private void FinishAttribute()
    {
        if (!hasAttribute)
        {
            return;
        }

        hasAttribute = false;
        var name = shared.Share(attributeName.Lowered());
        if (attributeNames.Add(name))
        {
            attributes.Add(new(name, shared.Share(attributeValue.Span)));
        }
    }

    private void EmitTag()
    {
        FinishAttribute();
        var name = shared.Share(tagName.Lowered());
        if (endTag)
        {
            attributes.Clear();
            queue.Enqueue(new SoupToken(SoupTokenKind.EndTag, default, tag.Reset(name, attributes, selfClosing: false)));
        }
        else
        {
            lastStartTag = name;
            queue.Enqueue(new SoupToken(SoupTokenKind.StartTag, default, tag.Reset(name, attributes, selfClosing)));
        }

        State = SoupTokenizerState.Data;
    }
}
