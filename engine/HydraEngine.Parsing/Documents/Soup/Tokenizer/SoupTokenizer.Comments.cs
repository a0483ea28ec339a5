namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>Comments, bogus comments, <c>&lt;!</c> declarations and CDATA sections.</summary>
internal sealed partial class SoupTokenizer
{
    private void StartBogusComment()
    {
        data.Clear();
        State = SoupTokenizerState.BogusComment;
    }

    /// <summary>Everything up to the next '&gt;' (or the end) is a comment.</summary>
    private void BogusCommentState()
    {
        var length = source.AsSpan(position).IndexOf('>');
        var end = length < 0 ? source.Length : position + length;
        AddWithoutNul(position, end);
        position = Math.Min(end + 1, source.Length);
        EmitComment();
    }

    private void MarkupDeclarationOpenState()
    {
        var rest = source.AsSpan(position);
        if (rest.StartsWith("--", StringComparison.Ordinal))
        {
            position += 2;
            data.Clear();
            State = SoupTokenizerState.CommentStart;
        }
        else if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
        {
            position += 7;
            StartDoctype();
        }
        else if (AllowsCdata && rest.StartsWith("[CDATA[", StringComparison.Ordinal))
        {
            position += 7;
            State = SoupTokenizerState.CdataSection;
        }
        else
        {
            StartBogusComment();
        }
    }

    /// <summary>Right after <c>&lt;!--</c> (or <c>&lt;!---</c>: the state says which).</summary>
    private void CommentStartState()
    {
        var dash = State == SoupTokenizerState.CommentStartDash;
        var character = Read();
        switch (character)
        {
            case '-' when !dash:
                State = SoupTokenizerState.CommentStartDash;
                break;
            case '-':
                State = SoupTokenizerState.CommentEnd;
                break;
            case '>' or EndOfFile:
                EmitComment();
                break;
            case '\0':
                data.Add(dash ? "-\uFFFD" : "\uFFFD");
                break;
            default:
                data.AddSource(position - (dash ? 2 : 1), position);
                State = SoupTokenizerState.Comment;
                break;
        }
    }

    private void CommentState()
    {
        var character = Read();
        switch (character)
        {
            case '-':
                State = SoupTokenizerState.CommentEndDash;
                break;
            case '\0':
                data.Add("\uFFFD");
                break;
            case EndOfFile:
                EmitComment();
                break;
            default:
                var length = source.AsSpan(position).IndexOfAny('-', '\0');
                var start = position - 1;
                position = length < 0 ? source.Length : position + length;
                data.AddSource(start, position);
                break;
        }
    }

    private void CommentEndDashState()
    {
        var character = Read();
        switch (character)
        {
            case '-':
                State = SoupTokenizerState.CommentEnd;
                break;
            case '\0':
                data.Add("-\uFFFD");
                State = SoupTokenizerState.Comment;
                break;
            case EndOfFile:
                EmitComment();
                break;
            default:
                data.AddSource(position - 2, position);
                State = SoupTokenizerState.Comment;
                break;
        }
    }

    private void CommentEndState()
    {
        var character = Read();
        switch (character)
        {
            case '>' or EndOfFile:
                EmitComment();
                break;
            case '\0':
                data.Add("--\uFFFD");
                State = SoupTokenizerState.Comment;
                break;
            case '!':
                State = SoupTokenizerState.CommentEndBang;
                break;
            case '-':
                data.AddSource(position - 3, position - 2);
                break;
            default:
                data.AddSource(position - 3, position);
                State = SoupTokenizerState.Comment;
                break;
        }
    }

    private void CommentEndBangState()
    {
        var character = Read();
        switch (character)
        {
            case '>' or EndOfFile:
                EmitComment();
                break;
            case '-':
                data.AddSource(position - 4, position - 1);
                State = SoupTokenizerState.CommentEndDash;
                break;
            case '\0':
                data.Add("--!\uFFFD");
                State = SoupTokenizerState.Comment;
                break;
            default:
                data.AddSource(position - 4, position);
                State = SoupTokenizerState.Comment;
                break;
        }
    }

    private void EmitComment()
    {
        queue.Enqueue(new SoupToken(SoupTokenKind.Comment, data.Span.ToString().AsMemory()));
        State = SoupTokenizerState.Data;
    }

    /// <summary>Up to <c>]]&gt;</c> (or the end): the text, NUL as U+FFFD, as one text token unless empty.</summary>
    private void CdataSectionState()
    {
        var length = source.AsSpan(position).IndexOf("]]>", StringComparison.Ordinal);
        var end = length < 0 ? source.Length : position + length;
        data.Clear();
        AddWithoutNul(position, end);
        position = length < 0 ? source.Length : end + 3;
        if (!data.IsEmpty)
        {
            EmitText(data.Span.ToString());
        }

        State = SoupTokenizerState.Data;
    }

    /// <summary>Adds the source from <paramref name="start"/> to <paramref name="end"/> to the data, NUL as U+FFFD.</summary>
    private void AddWithoutNul(int start, int end)
    {
        while (start < end)
        {
            var nul = source.AsSpan(start, end - start).IndexOf('\0');
            var stop = nul < 0 ? end : start + nul;
            data.AddSource(start, stop);
            if (nul < 0)
            {
                break;
            }

            data.Add("\uFFFD");
            start = stop + 1;
        }
    }
}
