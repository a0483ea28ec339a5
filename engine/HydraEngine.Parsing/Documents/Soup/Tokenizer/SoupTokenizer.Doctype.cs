namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>The doctype states: a name, then PUBLIC and SYSTEM identifiers in either quote; anything odd makes it bogus.</summary>
internal sealed partial class SoupTokenizer
{
    private string doctypeName = "";
    private string? publicId;
    private string? systemId;
    private bool doctypeCorrect;
    private int quote;
    private bool readingPublicId;

    private void StartDoctype()
    {
        doctypeName = "";
        publicId = null;
        systemId = null;
        doctypeCorrect = true;
        State = SoupTokenizerState.Doctype;
    }

    private void DoctypeStep()
    {
        var character = Read();
        if (character == EndOfFile)
        {
            EndOfFileInDoctype();
            return;
        }

        switch (State)
        {
            case SoupTokenizerState.Doctype:
                Unread(IsSpace(character) ? EndOfFile : character);
                State = SoupTokenizerState.BeforeDoctypeName;
                break;
            case SoupTokenizerState.BeforeDoctypeName when !IsSpace(character):
                if (character == '>')
                {
                    EmitDoctype(correct: false);
                    break;
                }

                data.Clear();
                AddNameCharacter(character);
                State = SoupTokenizerState.DoctypeName;
                break;
            case SoupTokenizerState.DoctypeName:
                if (IsSpace(character) || character == '>')
                {
                    doctypeName = data.Lowered().ToString();
                    State = SoupTokenizerState.AfterDoctypeName;
                    Unread(character == '>' ? character : EndOfFile);
                    break;
                }

                AddNameCharacter(character);
                break;
            case SoupTokenizerState.AfterDoctypeName when !IsSpace(character):
                AfterDoctypeName(character);
                break;
            case SoupTokenizerState.AfterDoctypePublicKeyword or SoupTokenizerState.AfterDoctypeSystemKeyword:
                Unread(IsSpace(character) ? EndOfFile : character);
                State = State == SoupTokenizerState.AfterDoctypePublicKeyword
                    ? SoupTokenizerState.BeforeDoctypePublicIdentifier : SoupTokenizerState.BeforeDoctypeSystemIdentifier;
                break;
            case SoupTokenizerState.BeforeDoctypePublicIdentifier or SoupTokenizerState.BeforeDoctypeSystemIdentifier
                or SoupTokenizerState.BetweenDoctypePublicAndSystemIdentifiers or SoupTokenizerState.AfterDoctypePublicIdentifier when !IsSpace(character):
                BeforeIdentifier(character);
                break;
            case SoupTokenizerState.AfterDoctypePublicIdentifier:
                State = SoupTokenizerState.BetweenDoctypePublicAndSystemIdentifiers;
                break;
            case SoupTokenizerState.DoctypePublicIdentifierQuoted or SoupTokenizerState.DoctypeSystemIdentifierQuoted:
                Identifier(character);
                break;
            case SoupTokenizerState.AfterDoctypeSystemIdentifier when !IsSpace(character):
                if (character == '>')
                {
                    EmitDoctype(doctypeCorrect);
                }
                else
                {
                    State = SoupTokenizerState.BogusDoctype;
                }

                break;
            case SoupTokenizerState.BogusDoctype when character == '>':
                EmitDoctype(doctypeCorrect);
                break;
        }
    }

    private void AddNameCharacter(int character)
    {
        if (character == '\0')
        {
            data.Add("\uFFFD");
        }
        else
        {
            data.AddSource(position - 1, position);
        }
    }

    /// <summary>After the name: '&gt;', or the keyword PUBLIC or SYSTEM (any case); anything else is bogus.</summary>
    private void AfterDoctypeName(int character)
    {
        if (character == '>')
        {
            EmitDoctype(doctypeCorrect);
            return;
        }

        var keyword = character is 'p' or 'P' ? "public" : character is 's' or 'S' ? "system" : null;
        if (keyword is null)
        {
            Unread(character);
        }
        else
        {
            var matched = 1;
            while (matched < keyword.Length && position < source.Length && (source[position] | 0x20) == keyword[matched])
            {
                position++;
                matched++;
            }

            if (matched == keyword.Length)
            {
                State = keyword == "public" ? SoupTokenizerState.AfterDoctypePublicKeyword : SoupTokenizerState.AfterDoctypeSystemKeyword;
                return;
            }
        }

        doctypeCorrect = false;
        State = SoupTokenizerState.BogusDoctype;
    }

    /// <summary>The doctype so far is emitted (well formed only if it was bogus but correct: html5lib's rule).</summary>
    private void EndOfFileInDoctype()
    {
        if (State == SoupTokenizerState.DoctypeName)
        {
            doctypeName = data.Lowered().ToString();
        }
        else if (State is SoupTokenizerState.DoctypePublicIdentifierQuoted or SoupTokenizerState.DoctypeSystemIdentifierQuoted)
        {
            Identifier(quote);
        }

        EmitDoctype(correct: State == SoupTokenizerState.BogusDoctype && doctypeCorrect);
    }

    /// <summary>Where an identifier may start: a quote opens it; '&gt;' ends the doctype; anything else is bogus.</summary>
    private void BeforeIdentifier(int character)
    {
        var between = State is SoupTokenizerState.BetweenDoctypePublicAndSystemIdentifiers or SoupTokenizerState.AfterDoctypePublicIdentifier;
        if (character is '"' or '\'')
        {
            readingPublicId = State == SoupTokenizerState.BeforeDoctypePublicIdentifier;
            quote = character;
            data.Clear();
            State = readingPublicId ? SoupTokenizerState.DoctypePublicIdentifierQuoted : SoupTokenizerState.DoctypeSystemIdentifierQuoted;
        }
        else if (character == '>')
        {
            EmitDoctype(correct: between && doctypeCorrect);
        }
        else
        {
            doctypeCorrect = false;
            State = SoupTokenizerState.BogusDoctype;
        }
    }

    private void Identifier(int character)
    {
        if (character == quote || character == '>')
        {
            var text = data.Span.ToString();
            if (readingPublicId)
            {
                publicId = text;
            }
            else
            {
                systemId = text;
            }

            if (character == '>')
            {
                EmitDoctype(correct: false);
                return;
            }

            State = readingPublicId ? SoupTokenizerState.AfterDoctypePublicIdentifier : SoupTokenizerState.AfterDoctypeSystemIdentifier;
        }
        else
        {
            AddNameCharacter(character);
        }
    }

    private void EmitDoctype(bool correct)
    {
        queue.Enqueue(new SoupToken(SoupTokenKind.Doctype, default, Doctype: new SoupDoctype(doctypeName, publicId, systemId, correct)));
        State = SoupTokenizerState.Data;
    }
}
